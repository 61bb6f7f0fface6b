package th.km.core.textimport;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Something the text importer could not map, or mapped by a guess the reader should see: where it
 * is, the text concerned, and what is wrong in Thai and English.
 *
 * @param severity how much it matters
 * @param line the 1-based line of the source text
 * @param text the offending text, shortened to {@link #MAX_TEXT} characters
 * @param messageTh the message in Thai
 * @param messageEn the message in English
 */
public record ImportIssue(
    Severity severity, int line, String text, String messageTh, String messageEn) {

  /** Longest offending text kept in an issue; longer texts end with an ellipsis. */
  public static final int MAX_TEXT = 80;

  /** How much an issue matters. */
  public enum Severity {
    /** Part of the document could not be imported: something is missing from the plan. */
    ERROR,
    /** Imported, but the document is damaged or ambiguous here and a person should look. */
    WARNING,
    /** Imported by a rule the reader may want to check, such as a step chosen by similarity. */
    INFO
  }

  public ImportIssue {
    checkArgument(line >= 1, "issue line must be 1-based, got %s", line);
    checkArgument(text.length() <= MAX_TEXT + 1, "issue text must be shortened, got '%s'", text);
    checkArgument(!messageTh.isBlank() && !messageEn.isBlank(), "issue needs both messages");
  }

  /** Builds an issue, shortening the offending text. */
  public static ImportIssue of(
      Severity severity, int line, String text, String messageTh, String messageEn) {
    return new ImportIssue(severity, line, shorten(text), messageTh, messageEn);
  }

  /** The text cut to {@link #MAX_TEXT} characters with an ellipsis where it was cut. */
  public static String shorten(String text) {
    String t = text.strip();
    return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT) + "…";
  }

  /** "WARNING line 15: … / …" for a person reading a log. */
  @Override
  public String toString() {
    return severity + " line " + line + ": " + messageEn + " / " + messageTh + " [" + text + "]";
  }
}
