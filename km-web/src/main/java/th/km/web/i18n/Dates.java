package th.km.web.i18n;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.ThaiDates;
import th.km.core.calendar.ThaiMonth;

/** Dates as the pages show them: always in the Buddhist era, month names in the page's language. */
public final class Dates {

  private Dates() {}

  /** "30 กันยายน พ.ศ. 2569" or "30 September B.E. 2569". */
  public static String format(LocalDate date, Language language) {
    return switch (language) {
      case TH -> ThaiDates.format(date, ThaiDates.MonthStyle.FULL, ThaiDates.Digits.ARABIC);
      case EN ->
          date.getDayOfMonth()
              + " "
              + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " B.E. "
              + ThaiDates.toBuddhistYear(date.getYear());
    };
  }

  /** A month's short name: "ต.ค." or "Oct". */
  public static String shortMonth(Month month, Language language) {
    return switch (language) {
      case TH -> ThaiMonth.of(month).abbreviation();
      case EN -> month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    };
  }

  /** "ปีงบประมาณ พ.ศ. 2569" or "fiscal year B.E. 2569". */
  public static String fiscalYear(FiscalYear year, Language language) {
    return switch (language) {
      case TH -> "ปีงบประมาณ พ.ศ. " + year.buddhistYear();
      case EN -> "fiscal year B.E. " + year.buddhistYear();
    };
  }
}
