package th.km.persistence.tables;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import th.km.core.LocalizedText;
import th.km.core.calendar.ThaiDates;

/** A day written inside a text cell as the pages write it: always in the Buddhist era. */
final class TableDates {

  private TableDates() {}

  /** "30 กันยายน พ.ศ. 2569" and "30 September B.E. 2569". */
  static LocalizedText words(LocalDate date) {
    return LocalizedText.of(
        ThaiDates.format(date, ThaiDates.MonthStyle.FULL, ThaiDates.Digits.ARABIC),
        date.getDayOfMonth()
            + " "
            + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " B.E. "
            + ThaiDates.toBuddhistYear(date.getYear()));
  }
}
