package th.km.persistence.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import th.km.core.LocalizedText;

/**
 * One cell of a table: a text (the same in both languages, or worded in each), a number, a date,
 * or nothing. Numbers and dates stay typed so that a spreadsheet can sum and sort them.
 */
public sealed interface Cell {

  /** A text, written in the table's language. */
  record Text(LocalizedText text) implements Cell {}

  /** A number. */
  record Number(BigDecimal value) implements Cell {}

  /** A day. */
  record Date(LocalDate value) implements Cell {}

  /** An empty cell. */
  record Blank() implements Cell {}

  /** Text written the same in Thai and English, such as the plan's own words; blank when empty. */
  static Cell text(String text) {
    return text.isEmpty() ? blank() : new Text(new LocalizedText(text, text));
  }

  /** Text worded in each language; blank when both are empty. */
  static Cell text(String thai, String english) {
    return thai.isEmpty() && english.isEmpty() ? blank() : new Text(new LocalizedText(thai, english));
  }

  static Cell text(LocalizedText text) {
    return new Text(text);
  }

  static Cell number(long value) {
    return new Number(BigDecimal.valueOf(value));
  }

  static Cell number(Optional<BigDecimal> value) {
    return value.<Cell>map(Number::new).orElse(blank());
  }

  static Cell number(OptionalLong value) {
    return value.isPresent() ? number(value.getAsLong()) : blank();
  }

  static Cell date(LocalDate value) {
    return new Date(value);
  }

  static Cell date(Optional<LocalDate> value) {
    return value.<Cell>map(Date::new).orElse(blank());
  }

  static Cell blank() {
    return new Blank();
  }

  /**
   * The cell as CSV writes it: a text in the language, a number in plain digits ("85.5"), a day as
   * an ISO date ("2026-03-31", which every spreadsheet reads as a date), nothing as empty.
   */
  default String plain(TableLanguage language) {
    return switch (this) {
      case Text t -> language.pick(t.text());
      case Number n -> n.value().stripTrailingZeros().toPlainString();
      case Date d -> d.value().toString();
      case Blank b -> "";
    };
  }
}
