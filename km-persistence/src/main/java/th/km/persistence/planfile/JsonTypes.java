package th.km.persistence.planfile;

import static th.km.persistence.json.JsonValueWords.describeEn;
import static th.km.persistence.json.JsonValueWords.describeTh;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error that a field of a plan file holds a value of the wrong JSON type (a number where a text
 * belongs, an object where a list belongs), naming what was found and quoting at most the start of
 * a long text.
 */
final class JsonTypes {

  /** How much of a wrong text the message quotes. */
  private static final int LONGEST_TEXT = 40;

  private JsonTypes() {}

  /** The error for a value of the wrong JSON type at the path, naming what was found. */
  static PlanFileException wrongType(
      SourceText source, FieldPath at, JsonNode value, String expectedTh, String expectedEn) {
    return source.error(
        at,
        "ต้องเป็น" + expectedTh + " แต่พบ" + describeTh(value, LONGEST_TEXT),
        "must be " + expectedEn + ", found " + describeEn(value, LONGEST_TEXT));
  }
}
