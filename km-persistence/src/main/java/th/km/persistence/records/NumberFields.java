package th.km.persistence.records;

import static th.km.persistence.json.JsonValueWords.describeEn;
import static th.km.persistence.json.JsonValueWords.describeTh;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the number and true/false fields of a records file: whole numbers within their bounds and
 * booleans, each problem reported on the line with what was found.
 */
final class NumberFields {

  private NumberFields() {}

  /** A whole number from {@code min} to {@code max}; {@code min} after reporting a problem. */
  static int integer(LineIn in, String field, JsonNode value, int min, int max) {
    long n = wholeNumber(in, field, value, min);
    if (n > max) {
      in.error(
          field,
          "ต้องไม่เกิน " + max + " แต่พบ " + n,
          "must be at most " + max + ", found " + n);
      return min;
    }
    return (int) n;
  }

  /** A whole number of at least {@code min}; {@code min} after reporting a problem. */
  static long wholeNumber(LineIn in, String field, JsonNode value, long min) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      in.error(
          field,
          "ต้องเป็นจำนวนเต็ม แต่พบ " + describeTh(value),
          "must be a whole number, found " + describeEn(value));
      return min;
    }
    long n = value.longValue();
    if (n < min) {
      in.error(
          field,
          (n < 0 ? "ต้องไม่ติดลบ " : "") + "ต้องไม่น้อยกว่า " + min + " แต่พบ " + n,
          (n < 0 ? "must not be negative: " : "") + "must be at least " + min + ", found " + n);
      return min;
    }
    return n;
  }

  /** The value when it is true or false; {@code otherwise} after reporting that it is not. */
  static boolean bool(LineIn in, String field, JsonNode value, boolean otherwise) {
    if (!value.isBoolean()) {
      in.error(
          field,
          "ต้องเป็น true หรือ false แต่พบ " + describeTh(value),
          "must be true or false, found " + describeEn(value));
      return otherwise;
    }
    return value.booleanValue();
  }
}
