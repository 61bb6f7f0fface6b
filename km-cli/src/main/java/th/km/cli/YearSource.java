package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordProblem;
import th.km.core.records.YearRecords;
import th.km.core.store.StoredYears;
import th.km.persistence.db.Database;

/**
 * Where a command reads one organization's year: {@code --plan} and {@code --records} files, or
 * {@code --org} (with {@code --db} and {@code --year}) in the database. One picocli mixin, so that
 * every command that reads a year takes the same options and refuses a mix the same way.
 */
final class YearSource {

  @Option(names = "--plan", paramLabel = "<file>", description = "ไฟล์แผน (JSON) / the plan file")
  private @Nullable Path planFile;

  @Option(
      names = "--records",
      paramLabel = "<dir>",
      description = "โฟลเดอร์บันทึกของปี / the records folder of the year (with --plan)")
  private @Nullable Path recordsDir;

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

  /**
   * The year the options name.
   *
   * @param day the day whose fiscal year is read from the database when {@code --year} is not given
   * @param err where problems of records stored in the database are told
   */
  OrganizationYear read(LocalDate day, PrintWriter err) {
    boolean files = planFile != null || recordsDir != null;
    boolean database = org != null || db != null || year != null;
    Path plan = planFile;
    Path records = recordsDir;
    String code = org;
    if (files && database) {
      throw new UnusableInputException(
          "--org อ่านจากฐานข้อมูล จึงใช้คู่กับ --plan หรือ --records ไม่ได้",
          "--org reads the database, so it cannot go with --plan or --records");
    }
    if (files && plan != null && records != null) {
      KmPlan p = PlanInput.read(plan);
      YearRecords r = RecordsInput.read(records, p, err);
      return new OrganizationYear(p, r);
    }
    if (files || code == null) {
      throw new UnusableInputException(
          "ให้ระบุ --plan กับ --records เพื่ออ่านจากไฟล์ หรือ --org (กับ --db และ --year) เพื่ออ่านจากฐานข้อมูล",
          "give --plan and --records to read files, or --org (with --db and --year) to read the"
              + " database");
    }
    return stored(Options.organization(code), day, err);
  }

  private OrganizationYear stored(OrganizationCode code, LocalDate day, PrintWriter err) {
    Integer asked = year;
    FiscalYear fiscalYear = asked == null ? FiscalYear.containing(day) : Options.fiscalYear(asked);
    try (Database database = DatabaseInput.open(db)) {
      OrganizationYear stored =
          StoredYears.latest(
                  database.planStore(Clock.systemUTC()), database.recordStore(), code, fiscalYear)
              .orElseThrow(
                  () ->
                      new UnusableInputException(
                          "ฐานข้อมูลไม่มีแผนของ " + code + " ปีงบประมาณ " + fiscalYear.buddhistYear(),
                          "the database has no plan of " + code + " for FY "
                              + fiscalYear.buddhistYear()));
      for (RecordProblem p : stored.records().validate(stored.plan())) {
        err.println("km: " + code + ": " + p.message().th());
        err.println("km: " + code + ": " + p.message().en());
      }
      return stored;
    }
  }
}
