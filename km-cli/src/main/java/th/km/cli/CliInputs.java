package th.km.cli;

import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.calendar.TypedDates;
import th.km.persistence.calendar.HolidayFileException;
import th.km.persistence.calendar.HolidayFiles;

/** Option values several commands read the same way, each failure turned into unusable input. */
final class CliInputs {

  /**
   * The date an option gives, read as people type it ({@link TypedDates}): a year of 2400 or more
   * is Buddhist Era and converted, and the conversion is said on {@code err} so that the user sees
   * which day was used.
   *
   * @param option the option's name, for the messages ("--as-of")
   * @param example a date of the same kind to show in the message
   */
  static LocalDate date(String option, String text, String example, PrintWriter err) {
    return switch (TypedDates.read(text)) {
      case TypedDates.Reading.Valid v -> {
        if (v.buddhistEra()) {
          err.println(
              "km: "
                  + option
                  + " "
                  + text.strip()
                  + " อ่านเป็น พ.ศ. / read as B.E.: "
                  + v.date()
                  + " (ค.ศ. / A.D.)");
          err.flush();
        }
        yield v.date();
      }
      case TypedDates.Reading.Impossible i ->
          throw new UnusableInputException(
              option + " «" + text + "» ไม่มีวันที่นี้จริงในปฏิทิน (เช่น " + example + ")",
              option + " '" + text + "' is a day that does not exist (such as " + example + ")");
      case TypedDates.Reading.Unreadable u ->
          throw new UnusableInputException(
              option
                  + " «"
                  + text
                  + "» ไม่ใช่วันที่ เขียนได้เป็น ปปปป-ดด-วว หรือ วว/ดด/ปปปป ปี พ.ศ. (2400 ขึ้นไป) หรือ ค.ศ."
                  + " เช่น "
                  + example,
              option
                  + " '"
                  + text
                  + "' is not a date; write yyyy-mm-dd or dd/mm/yyyy, the year B.E. (2400 or more)"
                  + " or A.D., such as "
                  + example);
    };
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
