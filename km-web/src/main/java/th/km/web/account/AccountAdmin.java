package th.km.web.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import th.km.core.account.Account;
import th.km.core.audit.Actor;
import th.km.core.account.AccountStore;
import th.km.core.account.Role;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.web.DashboardSource;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.http.LanguageSelector;
import th.km.web.plan.PlanLookup;
import th.km.web.security.DemoAccounts;
import th.km.web.security.PasswordHasher;
import th.km.web.security.Sessions;

/**
 * The secretary's writes on the accounts page: creates an account with a new password, gives an
 * account a new password, and deactivates or reactivates one. A new password is shown once, on the
 * page the write leads to, and is stored only as its hash. The rules are those of {@code km account}
 * ({@link AccountRules}); only the organization's own accounts are touched, and the secretary
 * cannot deactivate the own account.
 */
public final class AccountAdmin {

  /** The path parameter naming the account. */
  public static final String USERNAME = Throttles.USERNAME;

  private final AccountStore accounts;
  private final DashboardSource years;
  private final PasswordHasher hasher;
  private final Sessions sessions;
  private final AccountPages pages;
  private final SecureRandom random = new SecureRandom();

  public AccountAdmin(
      AccountStore accounts, DashboardSource years, PasswordHasher hasher, Sessions sessions, AccountPages pages) {
    this.accounts = accounts;
    this.years = years;
    this.hasher = hasher;
    this.sessions = sessions;
    this.pages = pages;
  }

  /** {@code POST /organizations/{org}/accounts}: a new account, its password shown once. */
  public void create(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    Language language = LanguageSelector.of(ctx);
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : List.of("username", "role", "division", "staffId", "email")) {
      values.put(name, Optional.ofNullable(ctx.formParam(name)).orElse("").strip());
    }
    String username = values.get("username").toLowerCase(Locale.ROOT);
    Optional<Role> role = AccountRules.role(values.get("role"));
    Optional<AccountRules.Problem> problem = Optional.empty();
    if (!Account.isUsername(username)) {
      problem = Optional.of(new AccountRules.Problem("username",
          "ชื่อผู้ใช้ต้องเป็นอักษรละตินตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง 1-64 ตัว แต่ได้ '" + values.get("username") + "'",
          "a username is 1-64 lower-case letters, digits, dots, dashes or underscores, got '" + values.get("username") + "'"));
    } else if (accounts.find(username).isPresent()) {
      problem = Optional.of(new AccountRules.Problem("username",
          "มีบัญชีชื่อ '" + username + "' อยู่แล้ว", "there is already an account '" + username + "'"));
    } else if (role.isEmpty()) {
      problem = Optional.of(new AccountRules.Problem("role",
          "บทบาท '" + values.get("role") + "' ไม่มีในระบบ", "there is no role '" + values.get("role") + "'"));
    } else if (!values.get("email").isEmpty() && !Account.isEmail(values.get("email"))) {
      problem = Optional.of(new AccountRules.Problem("email",
          "'" + values.get("email") + "' ไม่ใช่ที่อยู่อีเมล", "'" + values.get("email") + "' is not an e-mail address"));
    } else if (!values.get("division").isEmpty() && !DivisionCode.isValid(values.get("division"))) {
      problem = Optional.of(new AccountRules.Problem("division",
          "ไม่มีส่วนราชการรหัส '" + values.get("division") + "'",
          "there is no division with the code '" + values.get("division") + "'"));
    } else if (role.get() == Role.DIVISION_HEAD && values.get("division").isEmpty()) {
      problem = Optional.of(new AccountRules.Problem("division",
          "หัวหน้าส่วนราชการต้องระบุส่วนราชการ", "a division head needs a division"));
    }
    if (problem.isEmpty()) {
      String clear = DemoAccounts.newPassword(random);
      Account account =
          new Account(
              username,
              hasher.hash(clear),
              role.orElseThrow(),
              org,
              Optional.of(values.get("division")).filter(d -> !d.isEmpty()).map(DivisionCode::of),
              Optional.of(values.get("staffId")).filter(s -> !s.isEmpty()))
          .withEmail(Optional.of(values.get("email")).filter(e -> !e.isEmpty()));
      problem = AccountRules.check(account, divisions(org), staff(org), "division", "staffId");
      if (problem.isEmpty()) {
        accounts.save(account, by(ctx));
        done(ctx, pages.text(ctx, "accounts.created", username, clear));
        return;
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    AccountRules.Problem p = problem.get();
    pages.render(ctx, values, Optional.of(p.field() + ": " + (language == Language.TH ? p.th() : p.en())));
  }

  /** {@code POST /organizations/{org}/accounts/{username}/password}: a new password, shown once. */
  public void resetPassword(Context ctx) {
    Account account = ours(ctx);
    String clear = DemoAccounts.newPassword(random);
    accounts.save(account.withPasswordHash(hasher.hash(clear)), by(ctx));
    done(ctx, pages.text(ctx, "accounts.passwordReset", account.username(), clear));
  }

  /** {@code POST /organizations/{org}/accounts/{username}/deactivate}: the account signs in no more. */
  public void deactivate(Context ctx) {
    Account account = ours(ctx);
    if (sessions.current(ctx).map(Account::username).filter(account.username()::equals).isPresent()) {
      throw WebError.forbidden("accounts.notYourself");
    }
    accounts.save(account.withActive(false), by(ctx));
    done(ctx, pages.text(ctx, "accounts.deactivated", account.username()));
  }

  /** {@code POST /organizations/{org}/accounts/{username}/activate}: the account signs in again. */
  public void activate(Context ctx) {
    Account account = ours(ctx);
    accounts.save(account.withActive(true), by(ctx));
    done(ctx, pages.text(ctx, "accounts.activated", account.username()));
  }

  /** The signed-in secretary and the client address, as the audit log names them. */
  private Actor by(Context ctx) {
    return Actor.of(sessions.current(ctx).map(Account::username).orElse("?"), ctx.ip());
  }

  private Account ours(Context ctx) {
    String username = ctx.pathParam(USERNAME);
    return accounts.find(username)
        .filter(a -> a.organization().equals(PlanLookup.organizationOf(ctx)))
        .orElseThrow(() -> WebError.notFound("accounts.noSuchAccount", username));
  }

  private void done(Context ctx, String notice) {
    sessions.notice(ctx, notice);
    ctx.redirect("/organizations/" + PlanLookup.organizationOf(ctx).value() + "/accounts", HttpStatus.SEE_OTHER);
  }

  private Set<String> divisions(OrganizationCode org) {
    Set<String> codes = new TreeSet<>();
    for (FiscalYear year : years.years(org)) {
      years.year(org, year).ifPresent(y -> y.plan().divisions().forEach(d -> codes.add(d.code().value())));
    }
    return codes;
  }

  private Set<String> staff(OrganizationCode org) {
    Set<String> ids = new TreeSet<>();
    for (FiscalYear year : years.years(org)) {
      years.year(org, year).ifPresent(y -> y.records().staff().forEach(s -> ids.add(s.id())));
    }
    return ids;
  }
}
