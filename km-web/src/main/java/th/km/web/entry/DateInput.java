package th.km.web.entry;

import java.time.LocalDate;
import th.km.core.calendar.TypedDates;

/**
 * Reads a date as people type it into a form: {@code 31/3/2569} (day/month/year, B.E. or C.E.),
 * {@code 2569-03-31} or {@code 2026-03-31}, or in words, {@code 31 มีนาคม 2569}; Thai digits too.
 * A year of 2400 or more is a Buddhist-era year. The reading itself is {@link TypedDates}, shared
 * with the command line's date options.
 */
public final class DateInput {

  /** What a typed date turned out to be. */
  public sealed interface Reading {
    /** A day that exists. */
    record Valid(LocalDate date) implements Reading {}

    /** Not in any of the accepted forms. */
    record Unreadable() implements Reading {}

    /** In date form, but no such day exists (31 February). */
    record Impossible() implements Reading {}
  }

  private DateInput() {}

  /** Reads the text with the one date reader that every command option and form shares. */
  public static Reading read(String text) {
    return switch (TypedDates.read(text)) {
      case TypedDates.Reading.Valid v -> new Reading.Valid(v.date());
      case TypedDates.Reading.Unreadable u -> new Reading.Unreadable();
      case TypedDates.Reading.Impossible i -> new Reading.Impossible();
    };
  }

  /** How a date is written into a form: day/month/B.E. year, the form Thai offices use. */
  public static String write(LocalDate date) {
    return TypedDates.write(date);
  }
}
