package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
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
 * {@code --org} (with {@code --db} and {@code --year}) in the database: the options of
 * {@link PlanSource} and {@code --records}. One picocli mixin, so that every command that reads a
 * year takes the same options and refuses a mix the same way.
 */
final class YearSource {

  @Mixin private PlanSource plan = new PlanSource();

  @Option(
      names = "--records",
      paramLabel = "<dir>",
      description = "โฟลเดอร์บันทึกของปี / the records folder of the year (with --plan)")
  private @Nullable Path recordsDir;

  /**
   * The year the options name.
   *
   * @param day the day whose fiscal year is read from the database when {@code --year} is not given
   * @param err where problems of records stored in the database are told
   */
  OrganizationYear read(LocalDate day, PrintWriter err) {
    Path planFile = plan.planFile();
    Path records = recordsDir;
    boolean files = planFile != null || records != null;
    if (files && plan.namesDatabase()) {
      throw new UnusableInputException(
          "--org อ่านจากฐานข้อมูล จึงใช้คู่กับ --plan หรือ --records ไม่ได้",
          "--org reads the database, so it cannot go with --plan or --records");
    }
    if (planFile != null && records != null) {
      KmPlan p = PlanInput.read(planFile);
      YearRecords r = RecordsInput.read(records, p, err);
      return new OrganizationYear(p, r);
    }
    OrganizationCode code = plan.organization();
    if (files || code == null) {
      throw new UnusableInputException(
          "ให้ระบุ --plan กับ --records เพื่ออ่านจากไฟล์ หรือ --org (กับ --db และ --year) เพื่ออ่านจากฐานข้อมูล",
          "give --plan and --records to read files, or --org (with --db and --year) to read the"
              + " database");
    }
    return stored(code, day, err);
  }

  private OrganizationYear stored(OrganizationCode code, LocalDate day, PrintWriter err) {
    FiscalYear fiscalYear = plan.fiscalYear(day);
    try (Database database = plan.openDatabase()) {
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
