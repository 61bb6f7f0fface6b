package th.km.core.target;

import java.util.ArrayList;
import java.util.List;
import th.km.core.calendar.ThaiDigits;

/**
 * The text with Thai digits made Arabic and white space removed (a PDF puts spaces inside words),
 * except one space between two digits so that numbers stay apart; remembers where each character
 * came from.
 */
final class SqueezedText {
  private final String text;
  private final int[] origin;
  private final String original;

  private SqueezedText(String text, int[] origin, String original) {
    this.text = text;
    this.origin = origin;
    this.original = original;
  }

  static SqueezedText of(String original) {
    String arabic = ThaiDigits.toArabic(original);
    StringBuilder out = new StringBuilder(arabic.length());
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      if (isGap(c)) {
        boolean digitBefore = out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1));
        int j = i;
        while (j < arabic.length() && isGap(arabic.charAt(j))) {
          j++;
        }
        boolean digitAfter = j < arabic.length() && ThaiDigits.isDigit(arabic.charAt(j));
        if (digitBefore && digitAfter) {
          out.append(' ');
          origin.add(i);
        }
        i = j - 1;
        continue;
      }
      out.append(c == '％' ? '%' : c);
      origin.add(i);
    }
    return new SqueezedText(
        out.toString(), origin.stream().mapToInt(Integer::intValue).toArray(), original);
  }

  /** White space, or the zero-width space that Thai text puts between words. */
  private static boolean isGap(char c) {
    return Character.isWhitespace(c) || c == '\u200B';
  }

  String text() {
    return text;
  }

  String original() {
    return original;
  }

  int originalIndex(int squeezedIndex) {
    return squeezedIndex < origin.length ? origin[squeezedIndex] : original.length();
  }
}
