package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.calendar.DueDate;
import th.km.core.calendar.DueDates;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.calendar.ThaiDates;
import th.km.persistence.calendar.HolidayFiles;

/**
 * {@code km due-date}: when a post-training report (รายงานผลการฝึกอบรม) falls due, counted by the
 * Civil and Commercial Code: the day of return is not counted, and a deadline on a day off moves
 * to the next working day.
 */
@Command(
    name = "due-date",
    mixinStandardHelpOptions = true,
    description = {
      "วันครบกำหนดส่งรายงานผลการฝึกอบรม นับตาม ป.พ.พ. มาตรา ๑๙๓/๓ และ ๑๙๓/๘",
      "When the post-training report is due (Civil and Commercial Code s. 193/3 and 193/8)."
    })
public final class DueDateCommand implements Callable<Integer> {

  /** The days the seed plan gives a trained officer to file the report. */
  static final int DEFAULT_DAYS = 15;


  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--returned",
      required = true,
      paramLabel = "<date>",
      description = {
        "วันที่กลับจากการฝึกอบรม เช่น 2569-04-03 หรือ 3/4/2569 (ปี 2400 ขึ้นไปเป็น พ.ศ.)",
        "the day the person returned, such as 2026-04-03 or 3/4/2569 (a year of 2400 or more is B.E.)"
      })
  private String returned = "";

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "จำนวนวัน (ค่าเริ่มต้น ${DEFAULT-VALUE}) / days allowed (default ${DEFAULT-VALUE})")
  private int days = DEFAULT_DAYS;

  @Option(
      names = "--holidays",
      paramLabel = "<file>",
      description = {
        "ไฟล์วันหยุด (ข้อความหรือ .ics, UTF-8) แทนไฟล์ที่มากับโปรแกรม",
        "holiday file (plain or .ics, UTF-8) instead of the bundled one"
      })
  private @Nullable Path holidaysFile;

  @Override
  public Integer call() {
    LocalDate returnDay = CliInputs.date("--returned", returned, "2569-04-03", commandSpec().commandLine().getErr());
    if (days < 1) {
      throw new UnusableInputException(
          "--days ต้องเป็นจำนวนวันตั้งแต่ 1 ขึ้นไป ได้รับ " + days,
          "--days must be at least 1, got " + days);
    }
    HolidayCalendar holidays = CliInputs.holidays(holidaysFile);
    DueDate due = DueDates.reportDue(returnDay, days, holidays);

    PrintWriter out = commandSpec().commandLine().getOut();
    out.println(due.due() + "  " + ThaiDates.formatWithWeekday(due.due(), ThaiDates.Digits.THAI));
    if (due.isShifted()) {
      out.println(due.reasonTh());
      out.println(due.reasonEn());
    }
    out.flush();

    if (!holidays.covers(due.nominalLastDay()) || !holidays.covers(due.due())) {
      PrintWriter err = commandSpec().commandLine().getErr();
      err.println("km: คำเตือน: ไฟล์วันหยุด " + holidaysName() + " ไม่ครอบคลุมวันที่ " + due.due()
          + coverageTh(holidays) + " วันหยุดที่ไม่อยู่ในไฟล์จะไม่ถูกนับ");
      err.println("km: warning: holiday file " + holidaysName() + " does not cover " + due.due()
          + coverageEn(holidays) + "; holidays missing from it are not counted");
      err.flush();
    }
    return Main.OK;
  }

  private String holidaysName() {
    Path file = holidaysFile;
    return file == null ? HolidayFiles.SHIPPED_NAME : file.toString();
  }

  private static String coverageTh(HolidayCalendar holidays) {
    return holidays
        .coverage()
        .map(c -> " (ครอบคลุม " + c.start() + " ถึง " + c.end() + ")")
        .orElse("");
  }

  private static String coverageEn(HolidayCalendar holidays) {
    return holidays.coverage().map(c -> " (it covers " + c.start() + " to " + c.end() + ")").orElse("");
  }

  private CommandSpec commandSpec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return s;
  }
}
