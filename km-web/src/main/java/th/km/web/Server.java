package th.km.web;

import io.javalin.Javalin;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import th.km.core.plan.Organization;
import th.km.persistence.PersistenceException;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.mail.DailyDigest;
import th.km.web.mail.DigestSchedule;
import th.km.web.mail.SmtpMailer;
import th.km.web.mail.SmtpSettings;
import th.km.web.security.PasswordHasher;

/**
 * {@code km serve}: the web server over a real database (the one {@code --db}, {@code KM_DB_URL}
 * or the data folder names), with no demo data: the organizations whose plans were imported, their
 * records and their accounts.
 *
 * @param app the running server
 * @param database the database, closed when the server stops
 * @param organizations the organizations the database holds
 * @param accounts how many accounts each organization has, in the same order
 * @param smtp where the daily digest is sent, if anywhere
 * @param passwordCost the cost of new password hashes ({@code KM_PASSWORD_COST})
 */
record Server(
    Javalin app, Database database, List<Organization> organizations, List<Integer> accounts,
    Optional<SmtpSettings> smtp, PasswordHasher.Cost passwordCost) {

  /** Why the server cannot serve, in Thai and English. */
  static final class Unservable extends Exception {
    private static final long serialVersionUID = 1L;

    private final String th;
    private final String en;

    Unservable(String th, String en, Throwable cause) {
      super(en, cause);
      this.th = th;
      this.en = en;
    }

    Unservable(String th, String en) {
      super(en);
      this.th = th;
      this.en = en;
    }

    String th() {
      return th;
    }

    String en() {
      return en;
    }
  }

  /** Opens the database and starts the server, or says why it cannot. */
  static Server start(Main.Command.Serve command, Clock clock) throws Unservable {
    Database database;
    DatabaseLocation location;
    try {
      location = DatabaseLocation.fromEnvironment(command.jdbcUrl());
      database = Database.open(location);
    } catch (PersistenceException e) {
      throw new Unservable(
          "เปิดฐานข้อมูลไม่ได้: " + e.getMessage(), "cannot open the database: " + e.getMessage(), e);
    }
    try {
      List<Organization> organizations = database.planStore(clock).organizations();
      if (organizations.isEmpty()) {
        throw new Unservable(
            "ฐานข้อมูล " + location + " ยังไม่มีองค์กรใด: นำเข้าแผนก่อนด้วย ./km db import-plan plan.json"
                + " (หรือลองใช้ ./km demo)",
            "the database " + location + " has no organization yet: import a plan first with"
                + " ./km db import-plan plan.json (or try ./km demo)");
      }
      Optional<SmtpSettings> smtp = command.smtp();
      if (smtp.isEmpty() && System.getenv(SmtpSettings.VARIABLE) != null) {
        try {
          smtp = Optional.of(SmtpSettings.parse(System.getenv(SmtpSettings.VARIABLE)));
        } catch (SmtpSettings.Invalid e) {
          throw new Unservable(SmtpSettings.VARIABLE + ": " + e.th(), SmtpSettings.VARIABLE + ": " + e.en(), e);
        }
      }
      List<Integer> accounts =
          organizations.stream().map(o -> database.accountStore().accounts(o.code()).size()).toList();
      Backend backend =
          Backend.of(database, clock, HolidayFiles.shipped());
      PasswordHasher.Cost cost;
      try {
        cost = PasswordHasher.Cost.fromEnvironment();
      } catch (IllegalArgumentException e) {
        throw new Unservable(e.getMessage(), e.getMessage(), e);
      }
      Javalin app;
      try {
        WebConfig config = WebConfig.defaults(clock).withHttps(command.httpsProxy() || httpsProxyFromEnvironment());
        app = WebApp.create(config, backend, new PasswordHasher(cost)).start(command.host(), command.port());
      } catch (RuntimeException e) {
        throw new Unservable(
            "เริ่มเซิร์ฟเวอร์ที่ " + command.host() + ":" + command.port() + " ไม่ได้: " + e.getMessage(),
            "cannot start the server on " + command.host() + ":" + command.port() + ": " + e.getMessage(),
            e);
      }
      if (smtp.isPresent()) {
        DigestSchedule.start(
            new DailyDigest(WebApp.evaluations(app), backend.accounts(), clock),
            new SmtpMailer(smtp.get()),
            () -> database.planStore(clock).organizations().stream().map(Organization::code).toList(),
            clock,
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
      }
      return new Server(app, database, organizations, accounts, smtp, cost);
    } catch (Unservable | RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Whether {@code KM_HTTPS_PROXY=true} says km is reached through an HTTPS proxy. */
  static boolean httpsProxyFromEnvironment() {
    return "true".equalsIgnoreCase(System.getenv("KM_HTTPS_PROXY"));
  }

  /** The address, the database and its organizations, for the person who started it. */
  void print(PrintWriter out) {
    out.println("km serve: " + database.location());
    out.println("  http://localhost:" + app.port() + "/");
    for (int i = 0; i < organizations.size(); i++) {
      Organization o = organizations.get(i);
      out.println(
          "  " + o.code().value() + " · " + o.fullName() + " · บัญชีผู้ใช้ / accounts: " + accounts.get(i));
      if (accounts.get(i) == 0) {
        out.println(
            "    ยังไม่มีบัญชีผู้ใช้ เห็นได้เฉพาะหน้าสาธารณะ /public/" + o.code().value()
                + " / no account yet: only the public page /public/" + o.code().value() + " can be seen");
      }
    }
    out.println(
        smtp.map(m -> "  อีเมลสรุปงานทุกวันเวลา " + DigestSchedule.AT + " / daily digest at " + DigestSchedule.AT + ": " + m)
            .orElse("  ไม่ส่งอีเมล (ไม่มี --smtp) / no e-mail (no --smtp)"));
    if (passwordCost.belowOwasp()) {
      out.println(
          "  คำเตือน: แฮชรหัสผ่านใหม่ด้วย " + passwordCost + " ต่ำกว่าขั้นต่ำของ OWASP (" + PasswordHasher.COST_VARIABLE
              + ") ใช้ได้กับเซิร์ฟเวอร์สาธิตหรือทดสอบเท่านั้น / warning: new password hashes cost " + passwordCost
              + ", below OWASP's minimum (" + PasswordHasher.COST_VARIABLE + "): for a demo or test server only");
    }
    out.println("  หยุดด้วย Ctrl-C / stop with Ctrl-C");
    out.flush();
  }
}
