package th.km.persistence.records;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a JSON value of a records file is, in Thai and English words, for the messages that say
 * what was found where something else was expected.
 */
final class JsonValueWords {

  private JsonValueWords() {}

  static String describeTh(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "ข้อความ \"" + value.textValue() + "\"";
      case NUMBER -> "ตัวเลข " + value;
      case BOOLEAN -> "ค่า " + value;
      case OBJECT, POJO -> "ออบเจกต์ { }";
      case ARRAY -> "รายการ [ ]";
      case NULL, MISSING -> "null";
      case BINARY -> "ข้อมูลไบนารี";
    };
  }

  static String describeEn(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "the text \"" + value.textValue() + "\"";
      case NUMBER -> "the number " + value;
      case BOOLEAN -> value.toString();
      case OBJECT, POJO -> "an object { }";
      case ARRAY -> "an array [ ]";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }
}
