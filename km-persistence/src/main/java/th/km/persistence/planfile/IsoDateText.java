package th.km.persistence.planfile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Dates and months as the plan file writes them: ISO-8601 with the Christian-era year, a
 * Buddhist-era year refused, and what the messages say a value must look like.
 */
final class IsoDateText {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

  /** Years from here on are Buddhist-era years written where the Christian-era year belongs. */
  private static final int FIRST_BUDDHIST_LOOKING_YEAR = 2400;

  static final String DATE_TH =
      "วันที่ที่มีอยู่จริงแบบ ISO-8601 ปี ค.ศ.-เดือน-วัน เช่น 2026-03-15 (ไม่ใช่ปี พ.ศ.)";
  static final String DATE_EN =
      "an existing date in ISO-8601 form, Christian-era year-month-day such as 2026-03-15"
          + " (not the Buddhist-era year)";
  static final String MONTH_TH =
      "เดือนแบบ ISO-8601 ปี ค.ศ.-เดือน เช่น 2025-10 (ไม่ใช่ปี พ.ศ.)";
  static final String MONTH_EN =
      "a month in ISO-8601 form, Christian-era year-month such as 2025-10"
          + " (not the Buddhist-era year)";

  private IsoDateText() {}

  static LocalDate date(String text) {
    if (!DATE.matcher(text).matches()) {
      throw new IllegalArgumentException("not yyyy-mm-dd: " + text);
    }
    LocalDate date = LocalDate.parse(text);
    if (date.getYear() >= FIRST_BUDDHIST_LOOKING_YEAR) {
      throw new IllegalArgumentException("a Buddhist-era year: " + text);
    }
    return date;
  }

  static YearMonth month(String text) {
    if (!MONTH.matcher(text).matches()) {
      throw new IllegalArgumentException("not yyyy-mm: " + text);
    }
    YearMonth month = YearMonth.parse(text);
    if (month.getYear() >= FIRST_BUDDHIST_LOOKING_YEAR) {
      throw new IllegalArgumentException("a Buddhist-era year: " + text);
    }
    return month;
  }
}
