package th.km.core.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.calendar.MonthRange;
import th.km.core.calendar.ThaiDigits;

/**
 * Seeded generators of dates, ranges and holiday calendars for property tests. Every method takes
 * the test's {@link Random}, so that a failure replays from the seed the test prints.
 */
public final class CalendarGenerators {

  /** The earliest day the generators produce: fiscal year B.E. 2500 starts on 1 October 1956. */
  public static final LocalDate EARLIEST = LocalDate.of(1956, 10, 1);

  /** The latest day the generators produce. */
  public static final LocalDate LATEST = LocalDate.of(2150, 9, 30);

  private CalendarGenerators() {}

  /** A fresh seed, to be printed by the test that uses it. */
  public static long newSeed() {
    return new Random().nextLong();
  }

  /** A day between {@link #EARLIEST} and {@link #LATEST}. */
  public static LocalDate date(Random random) {
    long span = LATEST.toEpochDay() - EARLIEST.toEpochDay();
    return LocalDate.ofEpochDay(EARLIEST.toEpochDay() + (long) (random.nextDouble() * (span + 1)));
  }

  /** A day within the given range. */
  public static LocalDate dateWithin(Random random, DateRange range) {
    return range.start().plusDays(random.nextLong(range.lengthInDays()));
  }

  /** A day near fiscal-year boundaries more often than chance would give: late Sep, early Oct. */
  public static LocalDate dateNearFiscalBoundary(Random random) {
    LocalDate firstOfOctober = LocalDate.of(date(random).getYear(), 10, 1);
    return firstOfOctober.plusDays(random.nextInt(7) - 3L);
  }

  /** A range of 1 to {@code maxDays} days starting on a random day. */
  public static DateRange dateRange(Random random, int maxDays) {
    LocalDate start = date(random);
    return new DateRange(start, start.plusDays(random.nextInt(maxDays)));
  }

  /** A run of 1 to 24 months starting in a random month. */
  public static MonthRange monthRange(Random random) {
    YearMonth start = YearMonth.from(date(random));
    return new MonthRange(start, start.plusMonths(random.nextInt(24)));
  }

  /**
   * A holiday calendar over the given range with about one holiday in {@code oneIn} days, now and
   * then in runs of several days (as Songkran and New Year are).
   */
  public static HolidayCalendar holidays(Random random, DateRange over, int oneIn) {
    Map<LocalDate, String> days = new HashMap<>();
    for (LocalDate d = over.start(); !d.isAfter(over.end()); d = d.plusDays(1)) {
      if (random.nextInt(oneIn) == 0) {
        int run = random.nextInt(10) == 0 ? 2 + random.nextInt(4) : 1;
        for (int i = 0; i < run && !d.plusDays(i).isAfter(over.end()); i++) {
          days.put(d.plusDays(i), "วันหยุดทดสอบ " + d.plusDays(i));
        }
      }
    }
    return HolidayCalendar.of(days, over);
  }

  private static final String THAI_LETTERS = "กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์ๆฯ";
  private static final String PUNCTUATION = " .,-/()\t:\"'";

  /**
   * Text such as Thai plans hold: Thai letters and marks, Thai and Arabic digits, spaces and
   * punctuation, up to {@code maxLength} characters.
   */
  public static String thaiText(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(5)) {
        case 0, 1 -> out.append(THAI_LETTERS.charAt(random.nextInt(THAI_LETTERS.length())));
        case 2 -> out.append((char) ('0' + random.nextInt(10)));
        case 3 -> out.append((char) ('๐' + random.nextInt(10)));
        default -> out.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
      }
    }
    return out.toString();
  }

  /** Text with Arabic digits only, in among Thai letters and punctuation. */
  public static String thaiTextWithArabicDigits(Random random, int maxLength) {
    return ThaiDigits.toArabic(thaiText(random, maxLength));
  }
}
