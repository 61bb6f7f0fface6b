package th.km.cli;

import java.time.LocalDate;
import java.util.Locale;
import th.km.core.calendar.FiscalYear;
import th.km.core.records.ReportRound;
import th.km.persistence.document.Digits;
import th.km.persistence.report.ReportFormat;

/** The options of {@code km doc report}, each bad value unusable input named in Thai and English. */
final class ReportOptions {

  private ReportOptions() {}

  static ReportRound.Kind kind(String text) {
    for (ReportRound.Kind k : ReportRound.Kind.values()) {
      if (k.option().equals(text.strip())) {
        return k;
      }
    }
    throw new UnusableInputException(
        "--kind «" + text + "» ไม่ใช่รอบการรายงาน ใช้ได้: annual (ประจำปี), half-year (รอบ ๖ เดือน),"
            + " quarter (รายไตรมาส)",
        "--kind '" + text + "' is not a reporting round; use annual, half-year or quarter");
  }

  static ReportFormat format(String text) {
    return ReportFormat.named(text)
        .orElseThrow(
            () ->
                new UnusableInputException(
                    "--format «" + text + "» ใช้ไม่ได้ ใช้ได้: docx, pdf, xlsx",
                    "--format '" + text + "' is not one of docx, pdf, xlsx"));
  }

  static Digits digits(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "thai" -> Digits.THAI;
      case "arabic" -> Digits.ARABIC;
      default ->
          throw new UnusableInputException(
              "--digits «" + text + "» ใช้ไม่ได้ ใช้ได้: thai, arabic",
              "--digits '" + text + "' is not one of thai, arabic");
    };
  }

  /**
   * Refuses an as-of day the report cannot speak for: before the plan's fiscal year begins, or more
   * than a year after it ends.
   */
  static void checkAsOf(LocalDate day, FiscalYear year) {
    if (day.isBefore(year.firstDay()) || day.isAfter(year.lastDay().plusYears(1))) {
      throw new UnusableInputException(
          "--as-of " + day + " อยู่นอกช่วงที่รายงานได้ของปีงบประมาณ พ.ศ. " + year.buddhistYear()
              + " (ตั้งแต่ " + year.firstDay() + " ถึง " + year.lastDay().plusYears(1) + ")",
          "--as-of " + day + " is outside what a report on FY " + year.buddhistYear()
              + " can speak for (" + year.firstDay() + " to " + year.lastDay().plusYears(1) + ")");
    }
  }
}
