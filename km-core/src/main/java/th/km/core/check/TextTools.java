package th.km.core.check;

/** Small text helpers the rules share: white-space squeezing, quoting and edit distance. */
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

  /** The Levenshtein distance: insertions, deletions and substitutions of single characters. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
