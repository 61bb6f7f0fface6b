package th.km.core.testing.fuzz;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Single malformed values for one field: what a careless, confused or hostile person types into a
 * form or a JSON property. Each is of a kind the fuzz suite names in its figures.
 */
public final class Hostile {

  private Hostile() {}

  /** Text that looks like a date but is not one, or is one far outside any fiscal year. */
  static final List<String> IMPOSSIBLE_DATES =
      List.of(
          "2569-02-30", "2026-02-29", "31/13/2569", "0/0/0", "2026-13-01", "9999999-01-01",
          "-2026-03-01", "2026-3-1T25:61", "๓๒/๑๓/๒๕๖๙", "31 ฟักทอง 2569", "2569/03/31/1",
          "1-1-1", "0000-00-00", "+1000000000-01-01", "2026-03-15\u0000", "29/2/2570");

  /** Numbers no count, year or rating can be. */
  static final List<String> BAD_NUMBERS =
      List.of(
          "-1", "-2147483649", "9223372036854775808", "1e400", "NaN", "-0", "0x10", "๑๒๓๔๕๖๗๘๙๐๑๒",
          "1.5", "١٢", "99999999999999999999999999", "Infinity", " 7 ", "7\u00a0");

  /** Characters a field must refuse: control characters, NUL, bidi overrides and isolates. */
  static final List<String> BAD_CHARACTERS =
      List.of(
          "\u0000", "\u0007", "\u001b[31m", "\u202e", "\u202d", "\u2066", "\u2069", "\u202a",
          "\r\n\r\n", "\ufeff", "\u200b", "\ud800", "\uffff", "\u0085");

  /**
   * One malformed value: an impossible date, a bad number, a wrong type written as text, a value of
   * bad characters or of invisible ones only, a huge value, or a valid one spoiled.
   */
  public static String value(RandomGenerator random, String valid) {
    return switch (random.nextInt(12)) {
      case 0 -> pick(random, IMPOSSIBLE_DATES);
      case 1 -> pick(random, BAD_NUMBERS);
      case 2 -> "";
      case 3 -> pick(random, List.of("\u200b\u200b", " \u00a0\u3000 ", "\t", "\u2028", "\u180e"));
      case 4 -> insert(random, valid, pick(random, BAD_CHARACTERS));
      case 5 -> huge(random, valid);
      case 6 -> pick(random, List.of("true", "null", "[]", "{}", "[object Object]", "undefined"));
      case 7 -> pick(random, List.of("<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "%s%n%x", "../../etc/passwd"));
      case 8 -> TextMutator.text(random, valid);
      case 9 -> valid + valid;
      case 10 -> valid.isEmpty() ? "x" : valid.substring(0, random.nextInt(valid.length()));
      default -> randomText(random, 1 + random.nextInt(40));
    };
  }

  /** A value too long for any field: a few kilobytes up to a megabyte. */
  static String huge(RandomGenerator random, String valid) {
    int length = switch (random.nextInt(4)) {
      case 0 -> 501;
      case 1 -> 20_001;
      case 2 -> 200_000;
      default -> 1_000_000;
    };
    String unit = valid.isEmpty() ? "ก" : valid;
    StringBuilder b = new StringBuilder(length + unit.length());
    while (b.length() < length) {
      b.append(unit);
    }
    return b.toString();
  }

  /** Random code points: Thai, Latin, digits, punctuation, controls and anything else. */
  static String randomText(RandomGenerator random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int c = switch (random.nextInt(5)) {
        case 0 -> 0x0E01 + random.nextInt(0x5B);
        case 1 -> 0x20 + random.nextInt(0x5F);
        case 2 -> random.nextInt(0x20);
        case 3 -> pick(random, BAD_CHARACTERS).codePointAt(0);
        default -> random.nextInt(0x10FFFF);
      };
      b.appendCodePoint(c);
    }
    return b.toString();
  }

  static String insert(RandomGenerator random, String text, String what) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    return text.substring(0, at) + what + text.substring(at);
  }

  static <T> T pick(RandomGenerator random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
