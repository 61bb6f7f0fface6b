package th.km.web;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.audit.Actor;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.Database;
import th.km.web.account.AccountRules;
import th.km.web.security.DemoAccounts;
import th.km.web.security.PasswordHasher;

/**
 * {@code km account USERNAME --org CODE --role ROLE [--division CODE] [--staff-id ID] [--email ADDRESS] [--db URL]}:
 * creates an account in the database {@code km serve} uses, or gives an existing one a new role and
 * password, and prints the new password once. Without it, a real database has no account to sign
 * in with.
 */
final class AccountCommand {

  static final String USAGE =
      "       km account USERNAME --org CODE --role cko|chair|secretary|division_head|staff"
          + " [--division CODE] [--staff-id ID] [--email ADDRESS] [--db <jdbc-url>]\n";

  private AccountCommand() {}

  static int run(List<String> args, PrintWriter out, PrintWriter err) {
    if (args.size() < 2 || args.get(1).startsWith("--")) {
      return unusable(err, "ไม่ได้ระบุชื่อผู้ใช้", "no username given");
    }
    String username = args.get(1).strip().toLowerCase(Locale.ROOT);
    if (!Account.isUsername(username)) {
      return unusable(
          err,
          "ชื่อผู้ใช้ต้องเป็นอักษรละตินตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง 1-64 ตัว แต่ได้ '" + args.get(1) + "'",
          "a username is 1-64 lower-case letters, digits, dots, dashes or underscores, got '" + args.get(1) + "'");
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 2; i < args.size(); i++) {
      String option = args.get(i);
      if (!List.of("--org", "--role", "--division", "--staff-id", "--email", "--db").contains(option)) {
        return unusable(err, "คำสั่ง account ไม่มีตัวเลือก '" + option + "'", "account has no option '" + option + "'");
      }
      if (i + 1 >= args.size()) {
        return unusable(err, "ตัวเลือก " + option + " ต้องมีค่าตามหลัง", "option " + option + " needs a value");
      }
      options.put(option, args.get(++i));
    }
    if (!options.containsKey("--org") || !options.containsKey("--role")) {
      return unusable(err, "ต้องระบุ --org และ --role", "--org and --role are required");
    }
    Optional<Role> role = AccountRules.role(options.get("--role"));
    if (role.isEmpty()) {
      return unusable(
          err,
          "--role ต้องเป็น cko, chair, secretary, division_head หรือ staff แต่ได้ '" + options.get("--role") + "'",
          "--role must be cko, chair, secretary, division_head or staff, got '" + options.get("--role") + "'");
    }
    Account account;
    try {
      String clear = DemoAccounts.newPassword(new SecureRandom());
      account =
          new Account(
              username,
              new PasswordHasher(PasswordHasher.Cost.fromEnvironment()).hash(clear),
              role.get(),
              OrganizationCode.of(options.get("--org")),
              Optional.ofNullable(options.get("--division")).map(DivisionCode::of),
              Optional.ofNullable(options.get("--staff-id")))
          .withEmail(Optional.ofNullable(options.get("--email")));
      try (Database database = Database.open(Optional.ofNullable(options.get("--db")))) {
        Optional<AccountTargets.Problem> problem = AccountTargets.check(database, account);
        if (problem.isPresent()) {
          return unusable(err, problem.get().th(), problem.get().en());
        }
        database.accountStore().save(account, Actor.of("km-cli:account"));
      }
      out.println("km account: " + account.username() + " · " + role.get().thaiName() + " / " + role.get().englishName()
          + " · " + account.organization().value() + account.division().map(d -> " / " + d.value()).orElse(""));
      out.println("  รหัสผ่าน (แสดงครั้งเดียว) / password (shown once): " + clear);
      out.flush();
      return Main.OK;
    } catch (PersistenceException e) {
      String[] both = e.getMessage().split(" / ", 2);
      err.println("km: ฐานข้อมูลใช้ไม่ได้: " + both[0].lines().findFirst().orElse(""));
      err.println("km: the database failed: " + String.join(" ", both[both.length - 1].lines().toList()));
      err.flush();
      return Main.DATABASE_FAILURE;
    } catch (IllegalArgumentException e) {
      return unusable(err, "บันทึกบัญชีไม่ได้: " + e.getMessage(), "cannot save the account: " + e.getMessage());
    }
  }

  private static int unusable(PrintWriter err, String th, String en) {
    err.println("km: " + th);
    err.println("km: " + en);
    err.print(USAGE);
    err.flush();
    return Main.UNUSABLE_INPUT;
  }
}
