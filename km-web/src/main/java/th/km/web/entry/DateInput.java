package th.km.web.entry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.DateReading;
import th.km.core.calendar.ThaiDates;

/**
 * Reads a date as people type it into a form: {@code 31/3/2569} (day/month/year, B.E. or C.E.),
 * {@code 2569-03-31} or {@code 2026-03-31}, or in words, {@code 31 มีนาคม 2569}; Thai digits too.
 * A year of 2400 or more is a Buddhist-era year.
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

  /** Years from here on are Buddhist-era years. */
  private static final int FIRST_BUDDHIST_YEAR = 2400;

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

  private DateInput() {}

  /** Reads the text. */
  public static Reading read(String text) {
    String t = arabicDigits(text.strip());
    Matcher iso = ISO.matcher(t);
    if (iso.matches()) {
      return of(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher slashed = SLASHED.matcher(t);
    if (slashed.matches()) {
      return of(slashed.group(3), slashed.group(2), slashed.group(1));
    }
    Optional<DateReading> words = ThaiDates.parseDate(text);
    if (words.isPresent()) {
      return switch (words.get()) {
        case DateReading.Valid v -> new Reading.Valid(v.date());
        case DateReading.Impossible i -> new Reading.Impossible();
      };
    }
    return new Reading.Unreadable();
  }

  /** How a date is written into a form: day/month/B.E. year, the form Thai offices use. */
  public static String write(LocalDate date) {
    return date.getDayOfMonth()
        + "/"
        + date.getMonthValue()
        + "/"
        + ThaiDates.toBuddhistYear(date.getYear());
  }

  private static Reading of(String year, String month, String day) {
    int y = Integer.parseInt(year);
    int gregorian = y >= FIRST_BUDDHIST_YEAR ? ThaiDates.toGregorianYear(y) : y;
    try {
      return new Reading.Valid(LocalDate.of(gregorian, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return new Reading.Impossible();
    }
  }

  private static String arabicDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
    }
    return out.toString();
  }
}
