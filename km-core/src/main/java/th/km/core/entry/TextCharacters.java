package th.km.core.entry;

/**
 * The characters a person's text is judged by, the same in the web's forms and in the records
 * files: what counts as blank (white space and the invisible spaces Thai text carries) and the
 * bidirectional overrides and isolates that are refused because they reverse names and dates.
 */
public final class TextCharacters {

  private TextCharacters() {}

  /** White space, or a character that shows nothing: a text of only these is blank. */
  public static boolean isInvisible(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == 0x200B // zero width space
        || c == 0x2060 // word joiner
        || c == 0xFEFF // zero width no-break space, the byte-order mark
        || c == 0x180E; // Mongolian vowel separator, once a space
  }

  /** A bidirectional override or isolate: U+202A to U+202E and U+2066 to U+2069. */
  public static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
