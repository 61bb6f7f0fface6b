package th.km.cli;

import picocli.CommandLine.Mixin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.records.ReportRound;
import th.km.core.report.MonitoringReport;
import th.km.core.report.MonitoringReports;
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

  @Mixin private YearSource source = new YearSource();






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
    OrganizationYear year = source.read(day, err);
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

  private CommandSpec commandSpec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return s;
  }
}
