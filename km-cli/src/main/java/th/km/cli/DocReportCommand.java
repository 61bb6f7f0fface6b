package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.ReportRound;
import th.km.core.records.YearRecords;
import th.km.core.report.MonitoringReport;
import th.km.core.report.MonitoringReports;
import th.km.core.store.StoredYears;
import th.km.persistence.db.Database;
import th.km.persistence.document.Digits;
import th.km.persistence.report.ReportDocument;
import th.km.persistence.report.ReportFormat;
import th.km.persistence.report.ReportWorkbook;

/**
 * {@code km doc report}: the M&amp;E committee's report (รายงานผลการติดตามและประเมินผล) of the
 * annual, half-year or quarterly round as of a day, from a plan file and its records folder or from
 * the database, written as DOCX, PDF or XLSX. The statuses and values are the evaluation's of the
 * same day.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "รายงานผลการติดตามและประเมินผลต่อนายกเทศมนตรี (ประจำปี รอบ ๖ เดือน หรือรายไตรมาส)",
      "The M&E report to the mayor: annual, half-year or quarter"
          + " (exit 0: written, 2: unusable input, 3: database failure)."
    })
public final class DocReportCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--plan", paramLabel = "<file>", description = "ไฟล์แผน / the plan file")
  private @Nullable Path planFile;

  @Option(
      names = "--records",
      paramLabel = "<dir>",
      description = "โฟลเดอร์บันทึกของปี / the records folder of the year")
  private @Nullable Path recordsDir;

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Option(names = "--org", paramLabel = "<code>", description = "รหัสองค์กร / organization code")
  private @Nullable String org;

  @Option(
      names = "--year",
      paramLabel = "<พ.ศ.>",
      description = "ปีงบประมาณ พ.ศ. / fiscal year, Buddhist era (with --org)")
  private @Nullable Integer year;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "<yyyy-mm-dd>",
      description = "ข้อมูล ณ วันที่ / report as of this day (Gregorian)")
  private String asOf = "";

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "annual|half-year|quarter",
      description = "รอบการรายงาน / the round: annual, half-year or quarter")
  private String kind = "";

  @Option(
      names = "--format",
      required = true,
      paramLabel = "docx|pdf|xlsx",
      description = "รูปแบบไฟล์ / file format: docx, pdf or xlsx")
  private String format = "";

  @Option(names = "-o", required = true, paramLabel = "<file>", description = "ไฟล์ผลลัพธ์ / output file")
  private @Nullable Path output;

  @Option(
      names = "--digits",
      paramLabel = "thai|arabic",
      description = "เลขไทยหรืออารบิก (ค่าเริ่มต้น thai) / Thai or Arabic digits, default thai")
  private String digits = "thai";

  @Option(names = "--holidays", paramLabel = "<file>", description = "ไฟล์วันหยุด / holiday file")
  private @Nullable Path holidaysFile;

  @Override
  public Integer call() {
    ReportRound.Kind round = ReportOptions.kind(kind);
    ReportFormat fileFormat = ReportOptions.format(format);
    Digits digitStyle = ReportOptions.digits(digits);
    PrintWriter err = commandSpec().commandLine().getErr();
    LocalDate day = CliInputs.date("--as-of", asOf, "2569-09-30", err);
    HolidayCalendar holidays = CliInputs.holidays(holidaysFile);
    OrganizationYear year = readYear(day, err);
    ReportOptions.checkAsOf(day, year.plan().fiscalYear());
    MonitoringReport report =
        MonitoringReports.build(year.plan(), year.records(), round, day, holidays);
    Path out = Optional.ofNullable(output).orElseThrow();
    switch (fileFormat) {
      case DOCX ->
          DocOutput.write(ReportDocument.of(report, digitStyle), DocOutput.Format.docx, out, err);
      case PDF -> DocOutput.write(ReportDocument.of(report, digitStyle), DocOutput.Format.pdf, out, err);
      case XLSX -> DocOutput.writeFile(ReportWorkbook.write(report), out);
    }
    PrintWriter stdout = commandSpec().commandLine().getOut();
    stdout.println(out);
    stdout.flush();
    return Main.OK;
  }

  private OrganizationYear readYear(LocalDate day, PrintWriter err) {
    boolean files = planFile != null || recordsDir != null;
    boolean database = org != null || db != null || year != null;
    if (files == database || (files && (planFile == null || recordsDir == null)) || (database && org == null)) {
      throw new UnusableInputException(
          "ให้ระบุ --plan กับ --records เพื่ออ่านจากไฟล์ หรือ --org (กับ --db และ --year) เพื่ออ่านจากฐานข้อมูล",
          "give --plan and --records to read files, or --org (with --db and --year) to read the"
              + " database");
    }
    if (files) {
      KmPlan plan = PlanInput.read(Optional.ofNullable(planFile).orElseThrow());
      YearRecords records = RecordsInput.read(Optional.ofNullable(recordsDir).orElseThrow(), plan, err);
      return new OrganizationYear(plan, records);
    }
    OrganizationCode code = Options.organization(Optional.ofNullable(org).orElseThrow());
    Integer asked = year;
    FiscalYear fiscalYear = asked == null ? FiscalYear.containing(day) : Options.fiscalYear(asked);
    try (Database database1 = DatabaseInput.open(db)) {
      return StoredYears.latest(
              database1.planStore(Clock.systemUTC()), database1.recordStore(), code, fiscalYear)
          .orElseThrow(
              () ->
                  new UnusableInputException(
                      "ฐานข้อมูลไม่มีแผนของ " + code + " ปีงบประมาณ " + fiscalYear.buddhistYear(),
                      "the database has no plan of " + code + " for FY " + fiscalYear.buddhistYear()));
    }
  }

  private CommandSpec commandSpec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return s;
  }
}
