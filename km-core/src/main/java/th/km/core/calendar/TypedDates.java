package th.km.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of dates as people type them, into a command option or a form field: {@code
 * 31/3/2569} (day/month/year), {@code 2569-03-31} or {@code 2026-03-31}, or in words, {@code 31
 * มีนาคม 2569}; Thai digits too. A year of 2400 or more is a Buddhist-era year (พ.ศ.) and is
 * converted; a smaller one is Gregorian (ค.ศ.). No Thai writes a Gregorian year past 2400, and no
 * plan of a local government speaks of a B.E. year before it.
 */
public final class TypedDates {

  /** What a typed date turned out to be. */
  public sealed interface Reading {

    /**
     * A day that exists.
     *
     * @param buddhistEra whether the text gave the year in the Buddhist era, so that what was read
     *     can be said back to the user
     */
    record Valid(LocalDate date, boolean buddhistEra) implements Reading {}

    /** Not in any of the accepted forms. */
    record Unreadable() implements Reading {}

    /** In date form, but no such day exists (30 February). */
    record Impossible() implements Reading {}
  }

  /** Years from here on are Buddhist-era years. */
  public static final int FIRST_BUDDHIST_YEAR = 2400;

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private TypedDates() {}

  /** Reads the text; white space around it does not matter. */
  public static Reading read(String text) {
    String t = ThaiDigits.toArabic(text.strip());
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
        case DateReading.Valid v -> new Reading.Valid(v.date(), writesBuddhistYear(t));
        case DateReading.Impossible i -> new Reading.Impossible();
      };
    }
    return new Reading.Unreadable();
  }

  /** How a date is written back into a form: day/month/B.E. year, the form Thai offices use. */
  public static String write(LocalDate date) {
    return date.getDayOfMonth()
        + "/"
        + date.getMonthValue()
        + "/"
        + ThaiDates.toBuddhistYear(date.getYear());
  }

  private static Reading of(String year, String month, String day) {
    int y = Integer.parseInt(year);
    boolean buddhist = y >= FIRST_BUDDHIST_YEAR;
    int gregorian = buddhist ? ThaiDates.toGregorianYear(y) : y;
    try {
      return new Reading.Valid(
          LocalDate.of(gregorian, Integer.parseInt(month), Integer.parseInt(day)), buddhist);
    } catch (DateTimeException e) {
      return new Reading.Impossible();
    }
  }

  private static boolean writesBuddhistYear(String arabic) {
    Matcher m = YEAR.matcher(arabic);
    boolean buddhist = false;
    while (m.find()) {
      buddhist = Integer.parseInt(m.group()) >= FIRST_BUDDHIST_YEAR;
    }
    return buddhist;
  }
}
