package th.km.persistence.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.LocalizedText;

/**
 * Why a line or a manifest is not JSON, in plain Thai and English, without the JSON library's type
 * and setting names that its own messages carry ("bound as `...JsonNode`", "`DeserializationFeature
 * ...`"), and the field the reason names when it names one (a field written twice).
 */
final class JsonReasons {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  private static final Pattern SOURCE =
      Pattern.compile("\\s*\\(?(?:start marker at )?\\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)?");

  private JsonReasons() {}

  /** The field the reason names, such as the one written twice; empty when it names none. */
  static String field(JsonProcessingException e) {
    Matcher m = DUPLICATE.matcher(original(e));
    return m.find() ? m.group(1) : "";
  }

  /** The line of the text where reading stopped, from 1; 1 when the library does not say. */
  static int line(JsonProcessingException e) {
    return Optional.ofNullable(e.getLocation()).map(JsonLocation::getLineNr).filter(n -> n > 0).orElse(1);
  }

  /** The reason, with the column where reading stopped when the library tells it. */
  static LocalizedText of(JsonProcessingException e) {
    String reason = original(e);
    Matcher duplicate = DUPLICATE.matcher(reason);
    if (duplicate.find()) {
      String name = duplicate.group(1);
      return LocalizedText.of(
          "ฟิลด์ '" + name + "' เขียนซ้ำสองครั้ง ค่าหนึ่งจะหายไป",
          "field '" + name + "' is written twice, so one of its values would be lost");
    }
    if (reason.contains("FAIL_ON_TRAILING_TOKENS") || reason.startsWith("Trailing token")) {
      return LocalizedText.of(
          "มีข้อความต่อท้ายหลังออบเจกต์ (ออบเจกต์ที่สอง หรือข้อความหลัง '}' ตัวสุดท้าย)",
          "there is more after the end of the object (a second object, or text after the last '}')");
    }
    if (e instanceof StreamConstraintsException) {
      return LocalizedText.of(
          "ข้อมูลซ้อนกันลึกเกินไปหรือค่ายาวเกินกว่าที่อ่านได้",
          "the value is nested too deep or is too long to be read");
    }
    if (reason.startsWith("Unexpected end-of-input")) {
      return LocalizedText.of(
          "ข้อมูลจบก่อนออบเจกต์จะปิด (ขาด '}' ']' หรือ '\"')",
          "the text ends before the object does (a '}', ']' or '\"' is missing)");
    }
    String plain =
        SOURCE
            .matcher(reason)
            .replaceAll(" (line $1, column $2)")
            .replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
            .replaceAll("Non-standard token ('[^']*'): .*", "$1 is not a JSON value")
            .replaceAll("\\s*maybe a \\(non-standard\\) comment\\?.*", " (JSON has no comments)")
            .replaceAll("`[A-Za-z]+(\\.[A-Za-z$_]+)+(\\(\\))?`", "a setting");
    String at =
        Optional.ofNullable(e.getLocation())
            .map(JsonLocation::getColumnNr)
            .filter(c -> c > 0)
            .map(c -> c.toString())
            .orElse("");
    return LocalizedText.of(
        (at.isEmpty() ? "อ่านไม่ได้: " : "อ่านไม่ได้ที่ตำแหน่งที่ " + at + ": ") + plain,
        (at.isEmpty() ? "" : "at column " + at + ": ") + plain);
  }

  private static String original(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
