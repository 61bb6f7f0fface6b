package th.km.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a JSON value is, in Thai and English words, for the messages of the plan file and the
 * records folder that say what was found where something else was expected.
 */
public final class JsonValueWords {

  private JsonValueWords() {}

  /** The value in Thai words, a text whole. */
  public static String describeTh(JsonNode value) {
    return describeTh(value, Integer.MAX_VALUE);
  }

  /** The value in Thai words, a text cut after {@code longestText} characters. */
  public static String describeTh(JsonNode value, int longestText) {
    return switch (value.getNodeType()) {
      case STRING -> "ข้อความ " + quoted(value, longestText);
      case NUMBER -> "ตัวเลข " + value;
      case BOOLEAN -> "ค่า " + value;
      case OBJECT, POJO -> "ออบเจกต์ { }";
      case ARRAY -> "รายการ [ ]";
      case NULL, MISSING -> "null";
      case BINARY -> "ข้อมูลไบนารี";
    };
  }

  /** The value in English words, a text whole. */
  public static String describeEn(JsonNode value) {
    return describeEn(value, Integer.MAX_VALUE);
  }

  /** The value in English words, a text cut after {@code longestText} characters. */
  public static String describeEn(JsonNode value, int longestText) {
    return switch (value.getNodeType()) {
      case STRING -> "the text " + quoted(value, longestText);
      case NUMBER -> "the number " + value;
      case BOOLEAN -> value.toString();
      case OBJECT, POJO -> "an object { }";
      case ARRAY -> "an array [ ]";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }

  private static String quoted(JsonNode text, int longest) {
    String s = text.textValue();
    return "\"" + (s.length() > longest ? s.substring(0, longest) + "…" : s) + "\"";
  }
}
