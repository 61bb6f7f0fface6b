package th.km.web.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.km.core.entry.TextCharacters;

/**
 * What text a field accepts: white space of any script (no-break, ideographic, zero-width) is
 * trimmed from both ends, and a value is refused when it holds a control character (a line break
 * only in long text), a bidi override or isolate (U+202A-U+202E, U+2066-U+2069, which turn names
 * and dates around for everyone who reads them), or more characters than the field keeps.
 *
 * @param maxLength the most characters (code points) the field keeps
 * @param lines whether line breaks and tabs are allowed
 */
public record TextRules(int maxLength, boolean lines) {

  /** The longest title, name or other one-line value. */
  public static final int LINE = 500;

  /** The longest long text, such as what was done in an activity. */
  public static final int LONG_TEXT = 20_000;

  /** One line of at most {@value #LINE} characters. */
  public static TextRules line() {
    return new TextRules(LINE, false);
  }

  /** Lines of at most {@value #LONG_TEXT} characters in all. */
  public static TextRules longText() {
    return new TextRules(LONG_TEXT, true);
  }

  /**
   * What is wrong with a value, as a message key with its arguments.
   *
   * @param messageKey the message's key
   * @param detail the arguments after the field's name
   */
  public record Breach(String messageKey, List<Object> detail) {

    public Breach {
      detail = List.copyOf(detail);
    }

    /** The message's arguments: the field's name first. */
    Object[] args(String field) {
      List<Object> args = new ArrayList<>();
      args.add(field);
      args.addAll(detail);
      return args.toArray();
    }
  }

  /** The value without white space of any script at either end. */
  public static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && TextCharacters.isInvisible(value.codePointAt(start))) {
      start += Character.charCount(value.codePointAt(start));
    }
    while (end > start && TextCharacters.isInvisible(value.codePointBefore(end))) {
      end -= Character.charCount(value.codePointBefore(end));
    }
    return value.substring(start, end);
  }

  /** The first thing wrong with the (trimmed) value, or empty when the field keeps it. */
  public Optional<Breach> breach(String value) {
    int position = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      position++;
      if (TextCharacters.isBidiControl(c)) {
        return Optional.of(new Breach("entry.error.bidiControl", List.of(hex(c), position)));
      }
      boolean allowedBreak = lines && (c == '\n' || c == '\r' || c == '\t');
      if (!allowedBreak && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE)) {
        return Optional.of(new Breach("entry.error.controlCharacter", List.of(hex(c), position)));
      }
      i += Character.charCount(c);
    }
    if (position > maxLength) {
      return Optional.of(new Breach("entry.error.tooLong", List.of(grouped(maxLength), grouped(position))));
    }
    return Optional.empty();
  }

  private static String hex(int c) {
    return String.format(Locale.ROOT, "%04X", c);
  }

  private static String grouped(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
