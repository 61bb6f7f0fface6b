package th.km.persistence.planimport;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what PDF extraction does to Thai text, recording each repair: private-use glyphs of TH
 * Sarabun-style fonts, zero-width characters, spaces inserted before a mark, sara am split into
 * nikhahit and sara aa, and a tone mark before the vowel it sits above. Each pass only changes
 * sequences that well-formed Thai never contains, so correct text passes through unchanged.
 */
final class ThaiRepairs {

  /**
   * The private-use glyphs U+F700–U+F71A that fonts of the TH Sarabun family use for the shifted
   * and lowered forms of Thai marks, with the character each stands for (the mapping Thai fonts
   * have shared since Windows' Thai fonts: yo ying and tho than without their tail, upper vowels
   * and tone marks shifted left, tone marks lowered, lower vowels lowered).
   */
  private static final String PUA_MAP =
      "\u0E10\u0E34\u0E35\u0E36\u0E37\u0E48\u0E49\u0E4A\u0E4B\u0E4C"
          + "\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E0D\u0E31\u0E4D\u0E47\u0E48"
          + "\u0E49\u0E4A\u0E4B\u0E4C\u0E38\u0E39\u0E3A";

  private static final char PUA_FIRST = '\uF700';

  private static final Pattern PUA = Pattern.compile("[\uF700-\uF71A]");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF]+");

  /** Spaces after a Thai character and before a mark or vowel no word begins with. */
  private static final Pattern SPACE_BEFORE_MARK =
      Pattern.compile("(?<=[\u0E01-\u0E4E]) +(?=[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E])");

  /**
   * Nikhahit and sara aa, a tone mark before, between or not at all; or sara am followed by the
   * sara aa its glyph was drawn with (fonts draw sara am as nikhahit and sara aa, and a PDF may map
   * the first glyph to sara am and the second to sara aa).
   */
  private static final Pattern SARA_AM_SPLIT =
      Pattern.compile("([\u0E48-\u0E4B]?)[\u0E4D\u0E33]([\u0E48-\u0E4B]?)\u0E32");

  /** A tone mark or thanthakhat before the upper or lower vowel of the same consonant. */
  private static final Pattern TONE_BEFORE_VOWEL =
      Pattern.compile("([\u0E48-\u0E4C])([\u0E31\u0E34-\u0E3A])");

  private static final int CONTEXT = 4;

  private ThaiRepairs() {}

  /**
   * The text repaired; each repair is added to {@code repairs} with the location {@code where}.
   */
  static String repair(String text, SourceLocation where, List<ThaiRepair> repairs) {
    String t = text;
    t = pass(t, PUA, m -> String.valueOf(PUA_MAP.charAt(m.charAt(0) - PUA_FIRST)),
        ThaiRepair.Kind.PRIVATE_USE_GLYPH, where, repairs);
    t = pass(t, ZERO_WIDTH, m -> "", ThaiRepair.Kind.ZERO_WIDTH, where, repairs);
    t = pass(t, SPACE_BEFORE_MARK, m -> "", ThaiRepair.Kind.SPACE_IN_WORD, where, repairs);
    t = pass(t, SARA_AM_SPLIT, ThaiRepairs::saraAm, ThaiRepair.Kind.SARA_AM_SPLIT, where, repairs);
    t = pass(t, TONE_BEFORE_VOWEL, m -> new StringBuilder(m).reverse().toString(),
        ThaiRepair.Kind.MARK_ORDER, where, repairs);
    return t;
  }

  private static String saraAm(String match) {
    StringBuilder tones = new StringBuilder();
    for (char c : match.toCharArray()) {
      if (c >= '\u0E48' && c <= '\u0E4B') {
        tones.append(c);
      }
    }
    return tones + "\u0E33";
  }

  private static String pass(
      String text,
      Pattern pattern,
      UnaryOperator<String> replacement,
      ThaiRepair.Kind kind,
      SourceLocation where,
      List<ThaiRepair> repairs) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      String replaced = replacement.apply(m.group());
      int from = Math.max(0, m.start() - CONTEXT);
      int to = Math.min(text.length(), m.end() + CONTEXT);
      String before = text.substring(from, to);
      String after = text.substring(from, m.start()) + replaced + text.substring(m.end(), to);
      repairs.add(new ThaiRepair(where, kind, before, after));
      out.append(text, last, m.start()).append(replaced);
      last = m.end();
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }
}
