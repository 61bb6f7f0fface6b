package th.km.persistence.planimport;

/**
 * A base character of a PDF page with the marks drawn over or under it, in points from the page's
 * top-left corner.
 *
 * @param x the left edge
 * @param y the baseline
 * @param width the advance of the base character
 * @param size the font size
 * @param text the base character followed by its marks, in the order they were drawn
 * @param bold whether its font is a bold one
 */
record PdfGlyph(float x, float y, float width, float size, String text, boolean bold) {

  /** Whether the character is a Thai (or private-use Thai) mark drawn over or under a base. */
  static boolean isMark(int c) {
    return c == 0x0E31
        || (c >= 0x0E34 && c <= 0x0E3A)
        || (c >= 0x0E47 && c <= 0x0E4E)
        || (c >= 0xF701 && c <= 0xF71A && c != 0xF70F)
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  float right() {
    return x + width;
  }

  float centerX() {
    return x + width / 2;
  }

  boolean isSpace() {
    return text.isBlank();
  }

  PdfGlyph withMark(String mark) {
    return new PdfGlyph(x, y, width, size, text + mark, bold);
  }
}
