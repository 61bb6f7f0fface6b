package th.km.web;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import th.km.core.plan.KmPlan;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.transfer.PlanImport;
import th.km.web.i18n.Dates;
import th.km.web.i18n.Language;
import th.km.web.security.DemoAccounts;
import th.km.web.security.PasswordHasher;

/**
 * {@code km demo}: the shipped Ban Waen plan of FY B.E. 2569 with its demo year of records and the
 * shipped Thai holidays, in an embedded H2 database of its own ({@value #FOLDER}{@code /km.mv.db}
 * under km's data folder, so that demo accounts never reach a real database), and one account per
 * role with a fresh password each time. What people record in the demo is kept there from one
 * start to the next.
 *
 * <p>The server's day is the demo year's: today if it falls in FY 2569, else 31 March 2026, a day
 * the demo year was made to show a mix of every status on (or the day asked for). Its clock still
 * runs, so that sessions and the sign-in throttle keep real time.
 *
 * @param app the running server
 * @param database the demo's database, closed when the demo stops
 * @param loaded what was put into the database
 * @param today the server's day
 */
record Demo(Javalin app, Database database, DemoData.Loaded loaded, LocalDate today) {

  /** The day shown when today lies outside the demo year. */
  static final LocalDate DEMO_DAY = LocalDate.of(2026, 3, 31);

  /** The demo binds to the loopback interface only: it is for the person at this machine. */
  static final String HOST = "127.0.0.1";

  /** The demo's folder under the data folder. */
  static final String FOLDER = "demo";

  /** The demo's database: {@value #FOLDER} under the data folder the environment names. */
  static DatabaseLocation location() {
    return DatabaseLocation.embedded(DatabaseLocation.dataFolderFromEnvironment().resolve(FOLDER));
  }

  /** Loads the demo into the database at the location and starts the server on the port (0: any). */
  static Demo start(int port, Optional<LocalDate> asOf, Clock system, DatabaseLocation location) {
    ZoneId zone = WebConfig.THAILAND;
    KmPlan shipped = DemoYear.shippedPlan();
    LocalDate realToday = LocalDate.now(system.withZone(zone));
    LocalDate today = asOf.orElse(shipped.fiscalYear().contains(realToday) ? realToday : DEMO_DAY);
    Clock clock =
        Clock.offset(
            system.withZone(zone),
            Duration.between(realToday.atStartOfDay(zone), today.atStartOfDay(zone)));
    Database database = Database.open(location);
    Javalin app = null;
    try {
      PasswordHasher hasher = new PasswordHasher();
      Backend backend =
          Backend.of(database, clock, HolidayFiles.shipped());
      // The port first: a demo that cannot listen must not give the accounts new passwords.
      app = WebApp.create(WebConfig.defaults(clock), backend, hasher).start(HOST, port);
      DemoData.Loaded loaded = DemoData.load(database, clock, hasher, new SecureRandom());
      // Through the server's own store, so that its search indexes what the demo writes.
      backend.knowledge().ifPresent(store -> DemoKnowledge.load(store, loaded.plan()));
      WebApp.evaluations(app).changed(loaded.plan().organization().code(), loaded.plan().fiscalYear());
      return new Demo(app, database, loaded, today);
    } catch (RuntimeException e) {
      if (app != null) {
        app.stop();
      }
      database.close();
      throw e;
    }
  }

  /** Stops the server and closes the database; returns the demo, for what it was. */
  Demo stop() {
    app.stop();
    database.close();
    return this;
  }

  /** The address, the database, the day shown and the accounts, for the person who started it. */
  void print(PrintWriter out) {
    KmPlan plan = loaded.plan();
    String base = "http://localhost:" + app.port();
    String code = plan.organization().code().value();
    int year = plan.fiscalYear().buddhistYear();
    String file =
        database.location().dataFolder()
            .map(f -> f.resolve(DatabaseLocation.DEFAULT_DATABASE_NAME + ".mv.db").toString())
            .orElse(database.location().describe());
    boolean first = loaded.planImport() instanceof PlanImport.Saved;
    out.println(
        "km demo: แผนสาธิตของ" + plan.organization().fullName() + " " + Dates.fiscalYear(plan.fiscalYear(), Language.TH)
            + " พร้อมข้อมูลปีสาธิต เก็บในฐานข้อมูล " + file);
    out.println(
        "km demo: the demo plan of Ban Waen, " + Dates.fiscalYear(plan.fiscalYear(), Language.EN)
            + ", with its demo year, stored in the database " + file);
    out.println(
        "  " + (first ? "นำเข้าแผนแล้ว" : "มีแผนอยู่แล้ว") + ", เพิ่มบันทึก " + loaded.added() + " รายการ, ในฐานข้อมูลมี "
            + loaded.stored() + " รายการ / " + (first ? "plan imported" : "plan already there") + ", "
            + loaded.added() + " records added, " + loaded.stored() + " records in the database");
    if (loaded.changedSince()) {
      out.println(
          "  บันทึกสาธิตบางรายการถูกแก้ไขหลังนำเข้า จึงคงไว้ตามที่แก้ / some demo records were changed"
              + " since they were imported and are kept as changed");
    }
    out.println();
    out.println("  " + base + "/");
    out.println("  หน้าสาธารณะ / public page: " + base + "/public/" + code + "/" + year);
    out.println("  คลังความรู้สาธารณะ / knowledge portal: " + base + "/public/" + code + "/knowledge");
    out.println("  API: " + base + "/api/v1/openapi.json");
    out.println(
        "  ข้อมูล ณ วันที่ / as of: " + Dates.format(today, Language.TH) + " (" + today + ")");
    out.println();
    out.println("  บัญชีผู้ใช้ / accounts (รหัสผ่านใหม่ทุกครั้ง / new passwords each run):");
    out.printf("  %-10s %-16s %s%n", "username", "password", "role");
    for (DemoAccounts.Credentials c : loaded.accounts()) {
      String where =
          c.account().division()
              .flatMap(d -> plan.divisions().stream().filter(x -> x.code().equals(d)).findFirst())
              .map(d -> " · " + d.name())
              .orElse("")
              + c.account().staffId().map(id -> " · " + id).orElse("");
      out.printf(
          "  %-10s %-16s %s / %s%s%n",
          c.account().username(),
          c.password(),
          c.account().role().thaiName(),
          c.account().role().englishName(),
          where);
    }
    out.println();
    out.println("  หยุดด้วย Ctrl-C / stop with Ctrl-C");
    out.flush();
  }
}
