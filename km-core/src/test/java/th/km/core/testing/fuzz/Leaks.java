package th.km.core.testing.fuzz;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person must never read in an answer or in a command's output: a stack trace, a Java class
 * name or an exception's name. Also tells whether a message is written in both Thai and English.
 */
public final class Leaks {

  private static final Pattern LEAK =
      Pattern.compile(
          "(?m)^\\s+at [\\w$.]+\\(|\\bCaused by: |\\b[A-Z]\\w*(?:Exception|Error)\\b(?![-\\w])"
              + "|\\b(?:java|javax|jakarta|sun|jdk|th\\.km|org\\.(?:apache|eclipse|h2|jooq|flywaydb|postgresql)"
              + "|com\\.fasterxml|io\\.javalin|picocli)\\.[a-z]\\w*(?:\\.\\w+)*");

  private Leaks() {}

  /**
   * The first stack-trace line or class name in the text, if any. The input the person sent is
   * removed first, as an answer may show it back.
   */
  public static Optional<String> in(String text, String... echoedInput) {
    String rest = text;
    for (String echoed : echoedInput) {
      if (echoed.length() > 3) {
        rest = rest.replace(echoed, "");
      }
    }
    Matcher m = LEAK.matcher(rest);
    if (!m.find()) {
      return Optional.empty();
    }
    int from = Math.max(0, m.start() - 60);
    int to = Math.min(rest.length(), m.end() + 60);
    return Optional.of(m.group() + " in …" + rest.substring(from, to) + "…");
  }

  /** Whether the text has Thai letters and an English word, as every refusal a person reads must. */
  public static boolean inThaiAndEnglish(String text) {
    boolean thai = text.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B);
    boolean english = text.matches("(?s).*\\b[A-Za-z]{3,}\\b.*[A-Za-z]{3,}.*");
    return thai && english;
  }
}
