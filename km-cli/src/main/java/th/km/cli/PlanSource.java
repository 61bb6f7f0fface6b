package th.km.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.db.Database;

/**
 * Where a command reads one organization's plan: the {@code --plan} file, or {@code --org} (with
 * {@code --db} and {@code --year}) in the database. One picocli mixin for {@code km doc plan},
 * which needs the plan only; {@link YearSource} adds {@code --records} to it for the commands that
 * read the records of the year too.
 */
final class PlanSource {

  @Option(names = "--plan", paramLabel = "<file>", description = "ไฟล์แผน (JSON) / the plan file")
  private @Nullable Path planFile;

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Option(
      names = "--org",
      paramLabel = "<code>",
      description = "องค์กรในฐานข้อมูล / the organization in the database (instead of files)")
  private @Nullable String org;

  @Option(
      names = "--year",
      paramLabel = "<พ.ศ.>",
      description = {
        "ปีงบประมาณ พ.ศ. (กับ --org) ถ้าไม่ระบุใช้ปีที่มีวันที่ของคำสั่ง",
        "with --org: the fiscal year (Buddhist era); default the one containing the command's day"
      })
  private @Nullable Integer year;

  /** The plan file, when one is given. */
  @Nullable Path planFile() {
    return planFile;
  }

  /** Whether an option that reads the database is given. */
  boolean namesDatabase() {
    return org != null || db != null || year != null;
  }

  /** The organization of {@code --org}, when given. */
  @Nullable OrganizationCode organization() {
    String code = org;
    return code == null ? null : Options.organization(code);
  }

  /** The fiscal year of {@code --year}, else the one containing the day. */
  FiscalYear fiscalYear(LocalDate day) {
    Integer asked = year;
    return asked == null ? FiscalYear.containing(day) : Options.fiscalYear(asked);
  }

  /** Opens the database of {@code --db}, else the default one. */
  Database openDatabase() {
    return DatabaseInput.open(db);
  }

  /**
   * The plan the options name: the file, or the latest version stored in the database.
   *
   * @param day the day whose fiscal year is read from the database when {@code --year} is not given
   */
  KmPlan read(LocalDate day) {
    Path file = planFile;
    if (file != null && namesDatabase()) {
      throw new UnusableInputException(
          "--org อ่านจากฐานข้อมูล จึงใช้คู่กับ --plan ไม่ได้",
          "--org reads the database, so it cannot go with --plan");
    }
    if (file != null) {
      return PlanInput.read(file);
    }
    OrganizationCode code = organization();
    if (code == null) {
      throw new UnusableInputException(
          "ให้ระบุ --plan <ไฟล์> หรือ --org <รหัส> (กับ --db และ --year) เพื่ออ่านจากฐานข้อมูล",
          "give --plan <file>, or --org <code> (with --db and --year) to read the database");
    }
    FiscalYear fiscalYear = fiscalYear(day);
    try (Database database = openDatabase()) {
      return database
          .planStore(Clock.systemUTC())
          .latest(code, fiscalYear)
          .orElseThrow(
              () ->
                  new UnusableInputException(
                      "ฐานข้อมูลไม่มีแผนของ " + code + " ปีงบประมาณ " + fiscalYear.buddhistYear(),
                      "the database has no plan of " + code + " for FY " + fiscalYear.buddhistYear()))
          .plan();
    }
  }
}
