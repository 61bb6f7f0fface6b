package th.km.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.HolidayCalendar;
import th.km.persistence.calendar.HolidayFileException;
import th.km.persistence.calendar.HolidayFiles;

/** Option values several commands read the same way, each failure turned into unusable input. */
final class CliInputs {

  /** A strict yyyy-mm-dd: the 30th of February is refused, not moved to the 1st of March. */
  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private CliInputs() {}

  /**
   * The date an option gives, as an existing Gregorian yyyy-mm-dd.
   *
   * @param option the option's name, for the message ("--as-of")
   * @param example a date of the same kind to show in the message
   */
  static LocalDate isoDate(String option, String text, String example) {
    try {
      return LocalDate.parse(text.strip(), ISO_STRICT);
    } catch (DateTimeException e) {
      throw new UnusableInputException(
          option + " «" + text + "» ไม่ใช่วันที่ที่มีจริงในรูปแบบ ปปปป-ดด-วว ปีคริสต์ศักราช (เช่น " + example + ")",
          option + " '" + text + "' is not an existing date written yyyy-mm-dd, Gregorian year"
              + " (such as " + example + ")",
          e);
    }
  }

  /** The holidays of the user's file, or the shipped Thai public holidays when none is given. */
  static HolidayCalendar holidays(@Nullable Path file) {
    if (file == null) {
      return HolidayFiles.shipped();
    }
    try {
      return HolidayFiles.load(file);
    } catch (HolidayFileException e) {
      throw new UnusableInputException(e.messageTh(), e.getMessage(), e);
    }
  }
}
