package th.km.persistence.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import th.km.core.calendar.FiscalYear;
import th.km.persistence.records.FolderContext.DateBounds;

/**
 * Reads the text of a date field of a records file: written yyyy-mm-dd with a Christian-era year,
 * a day of the calendar, and within the range that its role allows, with a hint when the year looks
 * like a Buddhist-era one.
 */
final class DateFields {

  /** What a date field stands for when it cannot be read, so that reading the line goes on. */
  static final LocalDate STAND_IN = LocalDate.of(2000, 1, 1);

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private DateFields() {}

  /** The day the text names, or {@link #STAND_IN} after reporting on the line why it is none. */
  static LocalDate day(LineIn in, String field, String text, DateBounds bounds) {
    if (!DATE_FORM.matcher(text).matches()) {
      in.error(
          field,
          "ต้องเป็นวันที่แบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2026-03-15 แต่พบ '" + text + "'",
          "must be a date written yyyy-mm-dd, Christian-era year, such as 2026-03-15; found '"
              + text
              + "'");
      return STAND_IN;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text, ISO_DATE);
    } catch (DateTimeException e) {
      in.error(
          field,
          "ไม่มีวันที่ " + text + " ในปฏิทิน",
          "there is no such day as " + text + " in the calendar");
      return STAND_IN;
    }
    if (!bounds.contains(day)) {
      LocalDate christian = day.minusYears(FiscalYear.BUDDHIST_ERA_OFFSET);
      boolean buddhist = bounds.contains(christian);
      in.error(
          field,
          "วันที่ " + text + " อยู่นอกช่วงที่เป็นไปได้ (" + bounds.first() + " ถึง " + bounds.last() + ")"
              + (buddhist ? " ดูเหมือนเขียนปี พ.ศ. ให้ใช้ปี ค.ศ.: " + christian : ""),
          "the date " + text + " lies outside the sane range " + bounds.first() + " to "
              + bounds.last()
              + (buddhist ? "; it looks like a Buddhist-era year, write " + christian : ""));
      return STAND_IN;
    }
    return day;
  }
}
