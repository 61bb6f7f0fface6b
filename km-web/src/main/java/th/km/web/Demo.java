package th.km.web;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.demo.DemoYear;
import th.km.web.i18n.Dates;
import th.km.web.i18n.Language;
import th.km.web.security.DemoAccounts;
import th.km.web.security.InMemoryAccountStore;
import th.km.web.security.PasswordHasher;

/**
 * {@code km demo}: the shipped Ban Waen plan of FY B.E. 2569 with its demo year of records and the
 * shipped Thai holidays, held in memory, and one account per role with a fresh password each time.
 *
 * <p>The server's day is the demo year's: today if it falls in FY 2569, else 31 March 2026, a day
 * the demo year was made to show a mix of every status on (or the day asked for). Its clock still
 * runs, so that sessions and the sign-in throttle keep real time.
 *
 * @param app the running server
 * @param plan the plan shown
 * @param records how many records the demo year has
 * @param accounts the accounts made, with their passwords
 * @param today the server's day
 */
record Demo(
    Javalin app, KmPlan plan, int records, List<DemoAccounts.Credentials> accounts, LocalDate today) {

  /** The day shown when today lies outside the demo year. */
  static final LocalDate DEMO_DAY = LocalDate.of(2026, 3, 31);

  /** The demo binds to the loopback interface only: it is for the person at this machine. */
  static final String HOST = "127.0.0.1";

  /** Loads the demo and starts the server on the port (0: any free one). */
  static Demo start(int port, Optional<LocalDate> asOf, Clock system) {
    KmPlan plan = DemoYear.shippedPlan();
    YearRecords records = DemoYear.generate(plan);
    HolidayCalendar holidays = HolidayFiles.shipped();
    ZoneId zone = WebConfig.THAILAND;
    LocalDate realToday = LocalDate.now(system.withZone(zone));
    LocalDate today =
        asOf.orElse(plan.fiscalYear().contains(realToday) ? realToday : DEMO_DAY);
    Clock clock =
        Clock.offset(
            system.withZone(zone),
            Duration.between(realToday.atStartOfDay(zone), today.atStartOfDay(zone)));
    InMemoryAccountStore accounts = new InMemoryAccountStore();
    PasswordHasher hasher = new PasswordHasher();
    List<DemoAccounts.Credentials> credentials =
        DemoAccounts.create(
            plan.organization().code(), plan.divisions().get(0).code(), accounts, hasher, new SecureRandom());
    Javalin app =
        WebApp.create(
                WebConfig.defaults(clock),
                DashboardSource.of(List.of(new YearData(plan, records, holidays))),
                accounts,
                hasher)
            .start(HOST, port);
    return new Demo(app, plan, records.size(), credentials, today);
  }

  /** Stops the server; returns the demo, for what it was. */
  Demo stop() {
    app.stop();
    return this;
  }

  /** The address, the day shown and the accounts, for the person who started the demo. */
  void print(PrintWriter out) {
    String base = "http://localhost:" + app.port();
    String code = plan.organization().code().value();
    int year = plan.fiscalYear().buddhistYear();
    out.println(
        "km demo: แผนสาธิตของ" + plan.organization().fullName() + " " + Dates.fiscalYear(plan.fiscalYear(), Language.TH)
            + " พร้อมข้อมูลปีสาธิต " + records + " รายการ เก็บในหน่วยความจำ (ไม่บันทึกลงฐานข้อมูล)");
    out.println(
        "km demo: the demo plan of Ban Waen, " + Dates.fiscalYear(plan.fiscalYear(), Language.EN)
            + ", with its demo year of " + records + " records, held in memory (nothing is saved)");
    out.println();
    out.println("  " + base + "/");
    out.println("  หน้าสาธารณะ / public page: " + base + "/public/" + code + "/" + year);
    out.println("  API: " + base + "/api/v1/openapi.json");
    out.println(
        "  ข้อมูล ณ วันที่ / as of: " + Dates.format(today, Language.TH) + " (" + today + ")");
    out.println();
    out.println("  บัญชีผู้ใช้ / accounts (รหัสผ่านใหม่ทุกครั้ง / new passwords each run):");
    out.printf("  %-10s %-16s %s%n", "username", "password", "role");
    for (DemoAccounts.Credentials c : accounts) {
      out.printf(
          "  %-10s %-16s %s / %s%n",
          c.account().username(),
          c.password(),
          c.account().role().thaiName(),
          c.account().role().englishName());
    }
    out.println();
    out.println("  หยุดด้วย Ctrl-C / stop with Ctrl-C");
    out.flush();
  }
}
