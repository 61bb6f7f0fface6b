package th.km.persistence.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of a plan file being read: typed access to its fields, each failure reported with
 * the field's path, and a check that the object holds no field nobody asked for, so that a typo in
 * a field name never drops data silently.
 */
final class JsonIn {

  /** Turns a field's text into a value, throwing when the text does not name one. */
  @FunctionalInterface
  interface Parse<T> {
    T parse(String text);
  }

  private final SourceText source;
  private final ObjectNode node;
  private final FieldPath path;
  private final Set<String> asked = new LinkedHashSet<>();

  private JsonIn(SourceText source, ObjectNode node, FieldPath path) {
    this.source = source;
    this.node = node;
    this.path = path;
  }

  /**
   * Reads the node at the path as an object with the reader. A rule of the domain that the built
   * value breaks (an {@link IllegalArgumentException} from a constructor or builder) is reported at
   * the path; so is any field of the object that the reader did not ask for.
   */
  static <T> T read(SourceText source, JsonNode node, FieldPath path, Function<JsonIn, T> reader) {
    if (!(node instanceof ObjectNode object)) {
      throw JsonTypes.wrongType(source, path, node, "ออบเจกต์ { }", "an object { }");
    }
    JsonIn in = new JsonIn(source, object, path);
    T value;
    try {
      value = reader.apply(in);
    } catch (IllegalArgumentException e) {
      throw source.error(
          path,
          "ข้อมูลขัดกับกฎของแผน: " + e.getMessage(),
          "the data breaks a rule of the plan: " + e.getMessage(),
          e);
    }
    in.rejectUnknownFields();
    return value;
  }

  FieldPath path(String field) {
    return path.field(field);
  }

  PlanFileException error(FieldPath at, String problemTh, String problemEn) {
    return source.error(at, problemTh, problemEn);
  }

  // Texts

  String text(String field) {
    return asText(field, required(field));
  }

  Optional<String> optionalText(String field) {
    JsonNode value = present(field);
    return value == null ? Optional.empty() : Optional.of(asText(field, value));
  }

  /**
   * A required text turned into a value; {@code expectedTh}/{@code expectedEn} say what it must be.
   */
  <T> T text(String field, Parse<T> parse, String expectedTh, String expectedEn) {
    return parse(field, text(field), parse, expectedTh, expectedEn);
  }

  <T> Optional<T> optionalText(String field, Parse<T> parse, String expectedTh, String expectedEn) {
    return optionalText(field).map(text -> parse(field, text, parse, expectedTh, expectedEn));
  }

  /** A list of texts; a missing or null list is empty. */
  List<String> texts(String field) {
    return elements(field, (value, at) -> asText(at, value));
  }

  // Numbers and booleans

  int integer(String field) {
    return asInt(field, required(field));
  }

  Optional<Integer> optionalInteger(String field) {
    JsonNode value = present(field);
    return value == null ? Optional.empty() : Optional.of(asInt(field, value));
  }

  /** A required whole number turned into a value whose constructor checks its range. */
  <T> T integer(String field, IntFunction<T> convert) {
    int number = integer(field);
    try {
      return convert.apply(number);
    } catch (IllegalArgumentException e) {
      throw error(
          path(field),
          "ค่า " + number + " ใช้ไม่ได้: " + e.getMessage(),
          number + " is not allowed: " + e.getMessage());
    }
  }

  /** An optional {@code true} or {@code false}. */
  Optional<Boolean> optionalBool(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw JsonTypes.wrongType(source, path(field), value, "true หรือ false", "true or false");
    }
    return Optional.of(value.booleanValue());
  }

  /** A decimal number, kept exactly as written (90, 80.5, 45.00). */
  BigDecimal decimal(String field) {
    return asDecimal(field, required(field));
  }

  Optional<BigDecimal> optionalDecimal(String field) {
    JsonNode value = present(field);
    return value == null ? Optional.empty() : Optional.of(asDecimal(field, value));
  }

  private BigDecimal asDecimal(String field, JsonNode value) {
    if (!value.isNumber()) {
      throw JsonTypes.wrongType(source, path(field), value, "ตัวเลข", "a number");
    }
    return value.decimalValue();
  }

  boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw JsonTypes.wrongType(source, path(field), value, "true หรือ false", "true or false");
    }
    return value.booleanValue();
  }

  // Enums

  /** A constant of the enum, written by its name. */
  <E extends Enum<E>> E constant(String field, Class<E> type) {
    return constantNamed(path(field), text(field), type);
  }

  /** An optional constant of the enum, written by its name. */
  <E extends Enum<E>> Optional<E> optionalConstant(String field, Class<E> type) {
    return optionalText(field).map(name -> constantNamed(path(field), name, type));
  }

  /** A list of constants of the enum, each written by its name; a missing or null list is empty. */
  <E extends Enum<E>> List<E> constants(String field, Class<E> type) {
    return elements(field, (value, at) -> constantNamed(at, asText(at, value), type));
  }

  private <E extends Enum<E>> E constantNamed(FieldPath at, String name, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    String allowed =
        Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    throw error(
        at,
        "ไม่มีค่า '" + name + "' ในรายการ ค่าที่ใช้ได้คือ " + allowed,
        "'" + name + "' is not one of " + allowed);
  }

  // Objects and lists of objects

  <T> T object(String field, Function<JsonIn, T> reader) {
    return read(source, required(field), path(field), reader);
  }

  <T> Optional<T> optionalObject(String field, Function<JsonIn, T> reader) {
    JsonNode value = present(field);
    return value == null ? Optional.empty() : Optional.of(read(source, value, path(field), reader));
  }

  /** A list of objects; a missing or null list is empty. */
  <T> List<T> objects(String field, Function<JsonIn, T> reader) {
    return elements(field, (value, at) -> read(source, value, at, reader));
  }

  // Checks across a list

  /**
   * Fails when two items of the list share a key. The error points at the later item's key field,
   * or at the item itself when {@code keyField} is null.
   */
  <T> void requireUnique(
      String listField,
      List<T> items,
      @Nullable String keyField,
      Function<T, ?> key,
      String whatTh,
      String whatEn) {
    Map<Object, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Object k = key.apply(items.get(i));
      Integer earlier = first.putIfAbsent(k, i);
      if (earlier != null) {
        FieldPath item = path(listField).index(i);
        FieldPath other = path(listField).index(earlier);
        throw error(
            keyField == null ? item : item.field(keyField),
            whatTh + " '" + k + "' ซ้ำกับที่ " + other,
            whatEn + " '" + k + "' is the same as at " + other);
      }
    }
  }

  // Internals

  /** The field's value, or null when it is missing or null. */
  private @Nullable JsonNode present(String field) {
    asked.add(field);
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  private JsonNode required(String field) {
    asked.add(field);
    JsonNode value = node.get(field);
    if (value == null) {
      Optional<String> similar = FieldNameHints.similar(field, node.properties(), asked);
      String hintTh =
          similar.map(f -> " (มีฟิลด์ '" + f + "' ที่ชื่อคล้ายกัน สะกดผิดหรือไม่?)").orElse("");
      String hintEn = similar.map(f -> " (there is a field '" + f + "': a typo?)").orElse("");
      throw error(
          path(field),
          "ขาดฟิลด์ '" + field + "' ซึ่งต้องมี" + hintTh,
          "the required field '" + field + "' is missing" + hintEn);
    }
    if (value.isNull()) {
      throw error(path(field), "ต้องมีค่า ใส่ null ไม่ได้", "must have a value, not null");
    }
    return value;
  }

  /** Reads each element of a list field; a missing or null list is empty. */
  private <T> List<T> elements(String field, ElementReader<T> reader) {
    JsonNode value = present(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw JsonTypes.wrongType(source, path(field), value, "รายการ [ ]", "an array [ ]");
    }
    List<T> out = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      FieldPath at = path(field).index(i);
      JsonNode element = value.get(i);
      if (element.isNull()) {
        throw error(at, "สมาชิกของรายการเป็น null ไม่ได้", "a list element must not be null");
      }
      out.add(reader.read(element, at));
    }
    return out;
  }

  @FunctionalInterface
  private interface ElementReader<T> {
    T read(JsonNode value, FieldPath at);
  }

  private String asText(String field, JsonNode value) {
    return asText(path(field), value);
  }

  private String asText(FieldPath at, JsonNode value) {
    if (!value.isTextual()) {
      throw JsonTypes.wrongType(
          source, at, value, "ข้อความในเครื่องหมายคำพูด \" \"", "a text in quotes \" \"");
    }
    return value.textValue();
  }

  private int asInt(String field, JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    if (value.isNumber()) {
      throw error(
          path(field),
          "ต้องเป็นจำนวนเต็มที่ไม่ใหญ่เกินไป แต่พบ " + value,
          "must be a whole number of a sensible size, found " + value);
    }
    throw JsonTypes.wrongType(source, path(field), value, "จำนวนเต็ม", "a whole number");
  }

  private <T> T parse(
      String field, String text, Parse<T> parse, String expectedTh, String expectedEn) {
    try {
      return parse.parse(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw error(
          path(field),
          "ต้องเป็น" + expectedTh + " แต่พบ '" + text + "'",
          "must be " + expectedEn + ", found '" + text + "'");
    }
  }

  private void rejectUnknownFields() {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!asked.contains(name)) {
        String allowed = String.join(", ", asked);
        throw error(
            path(name),
            "ไม่รู้จักฟิลด์ '" + name + "' (สะกดผิดหรือไม่?) ฟิลด์ที่ใช้ได้ที่นี่คือ " + allowed,
            "unknown field '" + name + "' (a typo?); the fields allowed here are " + allowed);
      }
    }
  }
}
