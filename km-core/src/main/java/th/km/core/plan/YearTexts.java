package th.km.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.ThaiDigits;
import th.km.core.calendar.ThaiMonth;

/**
 * Moves the Buddhist-era years a plan's texts name one year on, keeping each number's own digits
 * (๒๕๖๙ becomes ๒๕๗๐, 2569 becomes 2570, the two-digit 69 becomes 70).
 *
 * <p>A number is taken for a year only where the text marks it as one: after พ.ศ. (with or without
 * its dots), after ปีงบประมาณ, or after a Thai month name; a second number joined to such a year by
 * a dash or ถึง ("พ.ศ. ๒๕๖๘ - ๒๕๖๙") is one too. Any other number (a count, a percentage, an
 * unmarked range such as the five-year plan's "(๒๕๖๖ - ๒๕๗๐)") is never touched.
 */
final class YearTexts {

  private static final String DIGIT = "[0-9๐-๙]";
  private static final String NUMBER =
      "(?<!" + DIGIT + ")(" + DIGIT + "{4}|" + DIGIT + "{2})(?!" + DIGIT + ")";
  private static final String MARK =
      "(?:พ\\s*\\.?\\s*ศ\\s*\\.?|ปี\\s*งบประมาณ|" + monthAlternation() + ")\\s*";
  private static final String DASH = "\\s*(?:-|–|—|ถึง)\\s*";

  /** Group 1 the marked year, group 2 the year of a range's other end, if any. */
  private static final Pattern MARKED_YEAR =
      Pattern.compile(MARK + NUMBER + "(?:" + DASH + "(?:" + MARK + ")?" + NUMBER + ")?");

  private YearTexts() {}

  /**
   * The text with every marked year that is the fiscal year or the year before it (the months of
   * fiscal year 2569 lie in B.E. 2568 and 2569) moved one year on. Years further away, such as the
   * year of a cited law, stay.
   */
  static String nextYearInProse(String text, FiscalYear year) {
    int current = year.buddhistYear();
    return shift(text, y -> y == current || y == current - 1);
  }

  /** The text of a period with every marked year moved one year on, however far away. */
  static String nextYearInPeriod(String text) {
    return shift(text, y -> true);
  }

  private static String shift(String text, IntPredicate moves) {
    Matcher m = MARKED_YEAR.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    while (m.find()) {
      for (int group = 1; group <= 2; group++) {
        if (m.group(group) == null) {
          continue;
        }
        out.append(text, copied, m.start(group));
        out.append(next(m.group(group), moves));
        copied = m.end(group);
      }
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  /**
   * The number one year on, in its own digits and width, when {@code moves} accepts the year it
   * names; a two-digit number stands for a year of B.E. 25xx or 26xx.
   */
  private static String next(String number, IntPredicate moves) {
    OptionalInt parsed = ThaiDigits.parseInt(number);
    if (parsed.isEmpty()) {
      return number;
    }
    int value = parsed.getAsInt();
    String shifted;
    if (number.length() == 4) {
      if (value < 2400 || value > 2700 || !moves.test(value)) {
        return number;
      }
      shifted = String.valueOf(value + 1);
    } else {
      if (!movesTwoDigitYear(value, moves)) {
        return number;
      }
      shifted = String.format(Locale.ROOT, "%02d", (value + 1) % 100);
    }
    return containsThaiDigit(number) ? ThaiDigits.toThai(shifted) : shifted;
  }

  /** Whether a two-digit year names a year of B.E. 25xx or 26xx that the predicate moves. */
  private static boolean movesTwoDigitYear(int twoDigits, IntPredicate moves) {
    return moves.test(2500 + twoDigits) || moves.test(2600 + twoDigits);
  }

  private static boolean containsThaiDigit(String number) {
    return number.chars().anyMatch(c -> ThaiDigits.isThaiDigit((char) c));
  }

  private static String monthAlternation() {
    List<String> alternatives = new ArrayList<>();
    for (ThaiMonth month : ThaiMonth.values()) {
      alternatives.add(Pattern.quote(month.fullName()));
    }
    for (ThaiMonth month : ThaiMonth.values()) {
      String[] parts = month.abbreviation().split("\\.");
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        p.append(Pattern.quote(parts[i])).append(i < parts.length - 1 ? "\\.?\\s?" : "\\.?");
      }
      alternatives.add(p.toString());
    }
    return String.join("|", alternatives);
  }
}
