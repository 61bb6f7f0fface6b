package th.km.persistence.planfile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a JSON value of a plan file is, in Thai and English words, for the error that a field holds
 * a value of the wrong type (a number where a text belongs, an object where a list belongs).
 */
final class JsonTypes {

  private JsonTypes() {}

  /** The error for a value of the wrong JSON type at the path, naming what was found. */
  static PlanFileException wrongType(
      SourceText source, FieldPath at, JsonNode value, String expectedTh, String expectedEn) {
    return source.error(
        at,
        "ต้องเป็น" + expectedTh + " แต่พบ" + describeTh(value),
        "must be " + expectedEn + ", found " + describeEn(value));
  }

  private static String describeTh(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "ข้อความ " + quoted(value);
      case NUMBER -> "ตัวเลข " + value;
      case BOOLEAN -> "ค่า " + value;
      case OBJECT, POJO -> "ออบเจกต์ { }";
      case ARRAY -> "รายการ [ ]";
      case NULL, MISSING -> "null";
      case BINARY -> "ข้อมูลไบนารี";
    };
  }

  private static String describeEn(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "the text " + quoted(value);
      case NUMBER -> "the number " + value;
      case BOOLEAN -> value.toString();
      case OBJECT, POJO -> "an object { }";
      case ARRAY -> "an array [ ]";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }

  private static String quoted(JsonNode text) {
    String s = text.textValue();
    return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
  }
}
