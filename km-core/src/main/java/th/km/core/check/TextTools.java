package th.km.core.check;

/** Small text helpers the rules share: white-space squeezing and quoting. */
final class TextTools {

  private TextTools() {}

  /** The text without any white space, for comparing what a PDF split with stray spaces. */
  static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u200B') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text on one line, shortened to about {@code max} characters, in quotation marks. */
  static String quote(String text, int max) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    String shortened =
        oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(1, max - 1)) + "…";
    return "\"" + shortened + "\"";
  }

  /** {@link #quote(String, int)} at 60 characters. */
  static String quote(String text) {
    return quote(text, 60);
  }
}
