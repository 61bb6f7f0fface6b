package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;
import th.km.persistence.calendar.HolidayFileException;
import th.km.persistence.calendar.HolidayFiles;

/**
 * {@code km evaluate}: evaluates every indicator of a plan against the records of its year as of
 * one day and prints the results per activity and monitoring rule, then the roll-ups, as a table
 * for a Thai terminal, as JSON or as CSV. The records folder is read whole or not at all: a folder
 * with a bad record gives exit code 2 and no results.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "ประเมินตัวชี้วัดของแผนจากบันทึกผลการดำเนินงานของปี ณ วันที่กำหนด",
      "Evaluate a plan's indicators against the records of its year as of a day"
          + " (exit 0: evaluated, 2: unusable input)."
    })
public final class EvaluateCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json,
    csv
  }

  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "<file>",
      description = "ไฟล์แผน (JSON) ที่มีตัวชี้วัด / the plan file (km JSON) with its indicators")
  private Path planFile = Path.of("");

  @Option(
      names = "--records",
      required = true,
      paramLabel = "<dir>",
      description = "โฟลเดอร์บันทึกของปี (docs/records-format.md) / the records folder of the year")
  private Path recordsDir = Path.of("");

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "<yyyy-mm-dd>",
      description = "ประเมิน ณ วันที่ (ปี ค.ศ.) / evaluate as of this day (Gregorian year)")
  private String asOf = "";

  @Option(
      names = "--holidays",
      paramLabel = "<file>",
      description = {
        "ไฟล์วันหยุด (ข้อความหรือ .ics, UTF-8) แทนไฟล์ที่มากับโปรแกรม",
        "holiday file (plain or .ics, UTF-8) instead of the bundled one"
      })
  private @Nullable Path holidaysFile;

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      description = "รูปแบบผลลัพธ์ / output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  private Format format = Format.table;

  @Override
  public Integer call() {
    LocalDate day = parseAsOf();
    PrintWriter err = commandSpec().commandLine().getErr();
    KmPlan plan = PlanInput.read(planFile);
    HolidayCalendar holidays = loadHolidays();
    YearRecords records = RecordsInput.read(recordsDir, plan, err);
    Evaluation evaluation = Evaluator.evaluate(plan, records, day, holidays);

    PrintWriter out = commandSpec().commandLine().getOut();
    out.print(
        switch (format) {
          case table -> EvaluationTable.write(evaluation, plan);
          case json -> EvaluationJson.write(evaluation);
          case csv -> EvaluationCsv.write(evaluation);
        });
    out.flush();
    if (!holidays.covers(day)) {
      err.println(
          "km: คำเตือน: ไฟล์วันหยุดไม่ครอบคลุมวันที่ " + day + " วันหยุดที่ไม่อยู่ในไฟล์จะไม่ถูกนับในกำหนดส่งรายงาน");
      err.println(
          "km: warning: the holiday file does not cover " + day
              + "; holidays missing from it are not counted in report deadlines");
      err.flush();
    }
    return Main.OK;
  }

  private LocalDate parseAsOf() {
    try {
      return LocalDate.parse(asOf.strip(), ISO_STRICT);
    } catch (DateTimeException e) {
      throw new UnusableInputException(
          "--as-of «" + asOf + "» ไม่ใช่วันที่ที่มีจริงในรูปแบบ ปปปป-ดด-วว ปีคริสต์ศักราช (เช่น 2026-03-31)",
          "--as-of '" + asOf + "' is not an existing date written yyyy-mm-dd, Gregorian year"
              + " (such as 2026-03-31)",
          e);
    }
  }

  private HolidayCalendar loadHolidays() {
    Path file = holidaysFile;
    if (file == null) {
      return HolidayFiles.shipped();
    }
    try {
      return HolidayFiles.load(file);
    } catch (HolidayFileException e) {
      throw new UnusableInputException(e.messageTh(), e.getMessage(), e);
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
