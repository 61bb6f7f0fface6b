package th.km.cli;

/**
 * How many terminal columns a text takes, so that Thai lines up: combining vowels and tone marks
 * (สระบน สระล่าง วรรณยุกต์, Unicode non-spacing marks) take none, East Asian wide characters and
 * emoji take two, everything else one.
 */
final class DisplayWidth {

  private static final String ELLIPSIS = "…";

  private DisplayWidth() {}

  /** The columns the text takes. */
  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += columns(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The columns one code point takes. */
  static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** East Asian wide and full-width characters and emoji. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /**
   * The text cut to at most {@code width} columns, ending in "…" when cut; a base character keeps
   * the marks written on it.
   */
  static String truncate(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    int limit = width - of(ELLIPSIS);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = columns(cp);
      if (used + w > limit) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.toString().stripTrailing() + ELLIPSIS;
  }

  /** The text cut to the width and padded with spaces on the right to exactly that many columns. */
  static String left(String text, int width) {
    String cut = truncate(text, width);
    return cut + " ".repeat(width - of(cut));
  }

  /** The text cut to the width and padded with spaces on the left to exactly that many columns. */
  static String right(String text, int width) {
    String cut = truncate(text, width);
    return " ".repeat(width - of(cut)) + cut;
  }
}
