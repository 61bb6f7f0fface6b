package th.km.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes dates and month ranges the way Thai plans write them: Thai or Arabic digits,
 * full or abbreviated month names, with or without the dots of "พ.ศ." and of the abbreviations.
 * Nothing here depends on the JVM's default locale or time zone.
 */
public final class ThaiDates {

  /** How long month names are written. */
  public enum MonthStyle {
    FULL,
    ABBREVIATED
  }

  /** Which digits numbers are written in. */
  public enum Digits {
    THAI,
    ARABIC
  }

  private static final String DIGIT = "[0-9๐-๙]";
  private static final String MONTH = monthAlternation();
  private static final String ERA = "(?:พ\\s*\\.?\\s*ศ\\s*\\.?\\s*)?";
  private static final String YEAR = ERA + "(" + DIGIT + "{4}|" + DIGIT + "{2})(?!" + DIGIT + ")";
  private static final String DASH = "\\s*(?:-|–|—|ถึง)\\s*";

  private static final Pattern MONTH_RANGE =
      Pattern.compile(
          "^\\s*(" + MONTH + ")\\s*(?:" + YEAR + ")?" + DASH + "(" + MONTH + ")\\s*" + YEAR + "\\s*$");
  private static final Pattern YEAR_MONTH =
      Pattern.compile("^\\s*(" + MONTH + ")\\s*" + YEAR + "\\s*$");
  private static final Pattern DATE =
      Pattern.compile(
          "(?:วันที่\\s*)?(?<!" + DIGIT + ")(" + DIGIT + "{1,2})\\s*(?:เดือน\\s*)?(" + MONTH + ")\\s*"
              + YEAR);

  private ThaiDates() {}

  /** Converts a Buddhist-era year to the Gregorian year (2569 → 2026). */
  public static int toGregorianYear(int buddhistYear) {
    return buddhistYear - FiscalYear.BUDDHIST_ERA_OFFSET;
  }

  /** Converts a Gregorian year to the Buddhist-era year (2026 → 2569). */
  public static int toBuddhistYear(int gregorianYear) {
    return gregorianYear + FiscalYear.BUDDHIST_ERA_OFFSET;
  }

  /**
   * Reads a month range such as "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", "ต.ค ๒๕๖๘ - ก.ย. ๒๕๖๙" or "ต.ค. - ธ.ค.
   * 2568" (the first year taken from the second, a year earlier when the months wrap).
   */
  public static Optional<MonthRange> parseMonthRange(String text) {
    Matcher m = MONTH_RANGE.matcher(text);
    if (m.matches()) {
      ThaiMonth from = ThaiMonth.parse(m.group(1)).orElseThrow();
      ThaiMonth to = ThaiMonth.parse(m.group(3)).orElseThrow();
      OptionalInt endYear = gregorianYearOf(m.group(4));
      if (endYear.isEmpty()) {
        return Optional.empty();
      }
      int startYear;
      if (m.group(2) != null) {
        OptionalInt y = gregorianYearOf(m.group(2));
        if (y.isEmpty()) {
          return Optional.empty();
        }
        startYear = y.getAsInt();
      } else {
        startYear = from.month().compareTo(to.month()) > 0 ? endYear.getAsInt() - 1 : endYear.getAsInt();
      }
      YearMonth start = YearMonth.of(startYear, from.month());
      YearMonth end = YearMonth.of(endYear.getAsInt(), to.month());
      return end.isBefore(start) ? Optional.empty() : Optional.of(new MonthRange(start, end));
    }
    return parseYearMonth(text).map(ym -> new MonthRange(ym, ym));
  }

  /** Reads a single month with its year, such as "ก.ค. 2570" or "กรกฎาคม พ.ศ. ๒๕๗๐". */
  public static Optional<YearMonth> parseYearMonth(String text) {
    Matcher m = YEAR_MONTH.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    ThaiMonth month = ThaiMonth.parse(m.group(1)).orElseThrow();
    OptionalInt year = gregorianYearOf(m.group(2));
    return year.isEmpty() ? Optional.empty() : Optional.of(YearMonth.of(year.getAsInt(), month.month()));
  }

  /**
   * Reads a whole text as one date ("๑๕ มีนาคม ๒๕๖๙", "วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙"). Empty
   * when the text is not in date form; {@link DateReading.Impossible} when it is but no such day
   * exists.
   */
  public static Optional<DateReading> parseDate(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(reading(m));
  }

  /** Every date-shaped piece of a longer text, in order. */
  public static List<DateReading> findDates(String text) {
    List<DateReading> found = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      found.add(reading(m));
    }
    return found;
  }

  /** "๓๐ กันยายน พ.ศ. ๒๕๖๙" (full, Thai digits) or "30 ก.ย. 2569" (abbreviated, Arabic). */
  public static String format(LocalDate date, MonthStyle style, Digits digits) {
    ThaiMonth month = ThaiMonth.of(date.getMonth());
    String text =
        switch (style) {
          case FULL ->
              date.getDayOfMonth() + " " + month.fullName() + " พ.ศ. " + toBuddhistYear(date.getYear());
          case ABBREVIATED ->
              date.getDayOfMonth() + " " + month.abbreviation() + " " + toBuddhistYear(date.getYear());
        };
    return digits == Digits.THAI ? ThaiDigits.toThai(text) : text;
  }

  /**
   * "วันจันทร์ที่ ๒๐ เมษายน พ.ศ. ๒๕๖๙": the date with its weekday, as official letters write a
   * deadline.
   */
  public static String formatWithWeekday(LocalDate date, Digits digits) {
    String text =
        weekdayName(date.getDayOfWeek()) + "ที่ " + format(date, MonthStyle.FULL, Digits.ARABIC);
    return digits == Digits.THAI ? ThaiDigits.toThai(text) : text;
  }

  /** The Thai name of a weekday, "วันจันทร์" … "วันอาทิตย์". */
  public static String weekdayName(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> "วันจันทร์";
      case TUESDAY -> "วันอังคาร";
      case WEDNESDAY -> "วันพุธ";
      case THURSDAY -> "วันพฤหัสบดี";
      case FRIDAY -> "วันศุกร์";
      case SATURDAY -> "วันเสาร์";
      case SUNDAY -> "วันอาทิตย์";
    };
  }

  /** "ต.ค. ๒๕๖๘" (abbreviated) or "ตุลาคม พ.ศ. ๒๕๖๘" (full) in the given digits. */
  public static String format(YearMonth month, MonthStyle style, Digits digits) {
    ThaiMonth name = ThaiMonth.of(month.getMonth());
    String text =
        switch (style) {
          case FULL -> name.fullName() + " พ.ศ. " + toBuddhistYear(month.getYear());
          case ABBREVIATED -> name.abbreviation() + " " + toBuddhistYear(month.getYear());
        };
    return digits == Digits.THAI ? ThaiDigits.toThai(text) : text;
  }

  /** "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙" in the given digits, as plans write a period. */
  public static String format(MonthRange range, Digits digits) {
    String text =
        ThaiMonth.of(range.start().getMonth()).abbreviation()
            + " "
            + toBuddhistYear(range.start().getYear())
            + " - "
            + ThaiMonth.of(range.end().getMonth()).abbreviation()
            + " "
            + toBuddhistYear(range.end().getYear());
    return digits == Digits.THAI ? ThaiDigits.toThai(text) : text;
  }

  private static DateReading reading(Matcher m) {
    String text = m.group();
    int day = ThaiDigits.parseInt(m.group(1)).orElseThrow();
    ThaiMonth month = ThaiMonth.parse(m.group(2)).orElseThrow();
    OptionalInt year = gregorianYearOf(m.group(3));
    if (year.isEmpty()) {
      return new DateReading.Impossible(
          text, "ปี " + m.group(3) + " ไม่ใช่ปีที่อ่านได้", "'" + m.group(3) + "' is not a readable year");
    }
    try {
      return new DateReading.Valid(text, LocalDate.of(year.getAsInt(), month.month(), day));
    } catch (DateTimeException e) {
      int days = YearMonth.of(year.getAsInt(), month.month()).lengthOfMonth();
      return new DateReading.Impossible(
          text,
          "ไม่มีวันที่ " + day + " ในเดือน" + month.fullName() + " (เดือนนี้มี " + days + " วัน)",
          "there is no day "
              + day
              + " in "
              + month.month().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
              + " (it has "
              + days
              + " days)");
    }
  }

  /**
   * A year as written (B.E. four digits, B.E. two digits, or a Gregorian year) as a Gregorian year.
   */
  private static OptionalInt gregorianYearOf(String digits) {
    OptionalInt n = ThaiDigits.parseInt(digits);
    if (n.isEmpty()) {
      return n;
    }
    int y = n.getAsInt();
    if (digits.strip().length() == 2) {
      return OptionalInt.of(toGregorianYear(2500 + y));
    }
    if (y >= 2400 && y <= 2700) {
      return OptionalInt.of(toGregorianYear(y));
    }
    if (y >= 1857 && y <= 2157) {
      return OptionalInt.of(y);
    }
    return OptionalInt.empty();
  }

  private static String monthAlternation() {
    List<String> alternatives = new ArrayList<>();
    for (ThaiMonth m : ThaiMonth.values()) {
      alternatives.add(Pattern.quote(m.fullName()));
    }
    for (ThaiMonth m : ThaiMonth.values()) {
      StringBuilder p = new StringBuilder();
      String[] parts = m.abbreviation().split("\\.");
      for (int i = 0; i < parts.length; i++) {
        p.append(Pattern.quote(parts[i])).append(i < parts.length - 1 ? "\\.?\\s?" : "\\.?");
      }
      alternatives.add(p.toString());
    }
    return String.join("|", alternatives);
  }
}
