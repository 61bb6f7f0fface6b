package th.km.persistence.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.km.core.entry.TextCharacters;

/**
 * The rules every text of a records file keeps, as the web's forms and API keep them: no control
 * character but a tab (a line break only in long text), no bidi override or isolate
 * (U+202A-U+202E, U+2066-U+2069, which turn names and dates around on every page that shows them),
 * not made of invisible characters only, and at most 500 characters, or 20,000 in long text. A
 * field the line's own reading already refused is not judged again.
 */
final class TextValues {

  /** The longest title, name or other one-line value. */
  static final int LINE = 500;

  /** The longest long text, such as what was learned or a recommendation. */
  static final int LONG_TEXT = 20_000;

  /** The fields that hold long text, by their own name (the last part of their path). */
  private static final Set<String> LONG_FIELDS =
      Set.of("learned", "plannedUse", "narrative", "problems", "recommendations");

  private TextValues() {}

  /**
   * Checks every text of the line's object, at any depth, each problem at its field's path; a field
   * that already has an error is left alone.
   */
  static void check(String file, int line, JsonNode node, Problems problems) {
    walk(file, line, "", "", node, problems);
  }

  private static void walk(
      String file, int line, String path, String name, JsonNode node, Problems problems) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        walk(file, line, at, field.getKey(), field.getValue(), problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(file, line, path + "[" + i + "]", name, node.get(i), problems);
      }
    } else if (node.isTextual() && !problems.errorAt(file, line, path)) {
      text(file, line, path, LONG_FIELDS.contains(name), node.textValue(), problems);
    }
  }

  private static void text(
      String file, int line, String field, boolean longText, String value, Problems problems) {
    int position = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      position++;
      if (TextCharacters.isBidiControl(c)) {
        problems.error(
            file,
            line,
            field,
            "มีอักขระควบคุมทิศทางข้อความ U+" + hex(c) + " ที่ตัวอักษรที่ " + position
                + " ซึ่งทำให้ชื่อและวันที่แสดงกลับด้าน ให้ลบออก",
            "holds the bidi control U+" + hex(c) + " at character " + position
                + ", which turns names and dates around; remove it");
        return;
      }
      boolean allowedBreak = c == '\t' || (longText && (c == '\n' || c == '\r'));
      int type = Character.getType(c);
      if (!allowedBreak && (type == Character.CONTROL || type == Character.SURROGATE)) {
        problems.error(
            file,
            line,
            field,
            "มีอักขระควบคุม U+" + hex(c) + " ที่ตัวอักษรที่ " + position + " ให้ลบออก",
            "holds the control character U+" + hex(c) + " at character " + position
                + "; remove it");
        return;
      }
      i += Character.charCount(c);
    }
    int max = longText ? LONG_TEXT : LINE;
    if (position > max) {
      problems.error(
          file,
          line,
          field,
          "ยาว " + grouped(position) + " ตัวอักษร เกินที่เก็บได้ " + grouped(max) + " ตัวอักษร",
          "is " + grouped(position) + " characters long, more than the " + grouped(max)
              + " it keeps");
      return;
    }
    if (position > 0 && value.codePoints().allMatch(TextCharacters::isInvisible)) {
      problems.error(
          file,
          line,
          field,
          "มีแต่ช่องว่างหรืออักขระที่มองไม่เห็น ต้องมีข้อความ",
          "holds only white space or invisible characters; it needs text");
    }
  }

  private static String hex(int c) {
    return String.format(Locale.ROOT, "%04X", c);
  }

  private static String grouped(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
