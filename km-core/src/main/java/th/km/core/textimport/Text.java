package th.km.core.textimport;

import java.util.regex.Pattern;

/** Small text helpers for Thai documents. */
final class Text {

  /** Thai letters, vowels and tone marks: a run of them is a word, or several run together. */
  static final String THAI_LETTER =
      "[\\u0E01-\\u0E2E\\u0E30-\\u0E3A\\u0E40-\\u0E45\\u0E47-\\u0E4E]";

  private static final Pattern THAI_RUN = Pattern.compile(THAI_LETTER + "+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");

  private Text() {}

  /** The text without outer white space, including no-break and zero-width spaces. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
  }

  /** The text with all white space removed, for comparing Thai words split by a PDF. */
  static String squeeze(String text) {
    return SPACES.matcher(text).replaceAll("");
  }

  /** The run of Thai letters that starts the text, empty when it starts otherwise. */
  static String leadingThaiRun(String text) {
    var m = THAI_RUN.matcher(text);
    return m.lookingAt() ? m.group() : "";
  }

  /** The text without the markdown bold markers "**" left by the PDF extraction. */
  static String withoutBold(String text) {
    return text.replace("**", "");
  }
}
