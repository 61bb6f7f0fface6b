package th.km.persistence.records;

import static th.km.persistence.json.JsonValueWords.describeEn;
import static th.km.persistence.json.JsonValueWords.describeTh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.DivisionCode;
import th.km.core.records.RecordKind;
import th.km.persistence.records.FolderContext.DateRole;

/**
 * One JSON object of a records file being read: typed access to its fields, each problem reported
 * with file, line and field. A getter that meets a problem records it and returns a stand-in value,
 * so that reading goes on and every bad field of the line is reported at once; the caller builds the
 * record only through {@link #build}, which refuses when the line had any problem. What makes a
 * value right is checked by the field kinds' own classes ({@link IdFields}, {@link DateFields},
 * {@link NumberFields}, {@link CodeFields}); this class finds the values and keeps the problems.
 */
final class LineIn {

  private final String file;
  private final int line;
  private final String prefix;
  private final ObjectNode node;
  private final FolderContext context;
  private final Problems problems;
  private final int problemsBefore;
  private final Set<String> asked = new LinkedHashSet<>();
  private final Set<String> failedFields = new HashSet<>();

  private LineIn(
      String file,
      int line,
      String prefix,
      ObjectNode node,
      FolderContext context,
      Problems problems,
      int problemsBefore) {
    this.file = file;
    this.line = line;
    this.prefix = prefix;
    this.node = node;
    this.context = context;
    this.problems = problems;
    this.problemsBefore = problemsBefore;
  }

  /** The reader of one line's object. */
  static LineIn of(
      String file, int line, ObjectNode node, FolderContext context, Problems problems) {
    return new LineIn(file, line, "", node, context, problems, problems.count());
  }

  String file() {
    return file;
  }

  int line() {
    return line;
  }

  FolderContext.Location location() {
    return new FolderContext.Location(file, line);
  }

  FolderContext context() {
    return context;
  }

  /** Whether any problem was found on the line so far, in this object or one nested in it. */
  boolean failed() {
    return problems.count() > problemsBefore;
  }

  /**
   * Whether none of the fields had a problem, nor anything nested in them, so that a check across
   * fields runs only on values that were read and not on stand-ins.
   */
  boolean fine(String... fields) {
    for (String field : fields) {
      for (String failed : failedFields) {
        if (failed.equals(field) || failed.startsWith(field + "[") || failed.startsWith(field + ".")) {
          return false;
        }
      }
    }
    return true;
  }

  /** Reports a problem with the field (a name of this object; empty for the whole object). */
  void error(String field, String th, String en) {
    failedFields.add(field);
    problems.error(file, line, path(field), th, en);
  }

  void warning(String field, String th, String en) {
    problems.warning(file, line, path(field), th, en);
  }

  /** Reports the problem unless the condition holds; returns the condition. */
  boolean require(boolean condition, String field, String th, String en) {
    if (!condition) {
      error(field, th, en);
    }
    return condition;
  }

  /**
   * Builds the record when the line had no problem. A rule of the record that the checks here did
   * not foresee (an {@link IllegalArgumentException} of its constructor) is reported on the line.
   */
  <T> Optional<T> build(Supplier<T> record) {
    rejectUnknownFields();
    if (failed()) {
      return Optional.empty();
    }
    try {
      return Optional.of(record.get());
    } catch (IllegalArgumentException e) {
      error(
          "",
          "บันทึกขัดกับกฎของข้อมูล: " + e.getMessage(),
          "the record breaks a rule of the data: " + e.getMessage());
      return Optional.empty();
    }
  }

  // Ids and references

  /** The record's own id, registered so that a second use of it anywhere in the folder is caught. */
  String id(RecordKind kind) {
    String id = idText("id");
    IdFields.register(this, id, kind);
    return id;
  }

  /** The id of a record of the kind that this record refers to, which must have been read. */
  String reference(String field, RecordKind kind) {
    String id = idText(field);
    IdFields.checkReference(this, field, id, kind);
    return id;
  }

  /** A list of references to records of the kind, each once. */
  List<String> references(String field, RecordKind kind) {
    List<JsonNode> elements = array(field);
    List<String> ids = new ArrayList<>(elements.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      String at = field + "[" + i + "]";
      String id = idText(at, elements.get(i));
      if (IdFields.isValid(id)) {
        if (!seen.add(id)) {
          error(at, "รหัส " + id + " อยู่ในรายการซ้ำ", "id " + id + " is listed twice");
        } else {
          IdFields.checkReference(this, at, id, kind);
        }
      }
      ids.add(id);
    }
    return ids;
  }

  private String idText(String field) {
    JsonNode value = required(field);
    return value == null ? "" : idText(field, value);
  }

  private String idText(String at, JsonNode value) {
    String id = asText(at, value);
    return id == null ? "" : IdFields.ofForm(this, at, id);
  }

  // Texts

  /** A required text that is not blank. */
  String text(String field) {
    JsonNode value = required(field);
    String text = value == null ? null : asText(field, value);
    if (text == null) {
      return "";
    }
    require(!text.isBlank(), field, "ต้องไม่เป็นข้อความว่าง", "must not be blank");
    return text;
  }

  /** An optional text; when given it must not be blank. */
  Optional<String> optionalText(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return Optional.empty();
    }
    String text = asText(field, value);
    if (text == null) {
      return Optional.empty();
    }
    require(!text.isBlank(), field, "ต้องไม่เป็นข้อความว่าง (ถ้าไม่มีให้ละฟิลด์นี้)", "must not be blank (leave the field out instead)");
    return Optional.of(text);
  }

  /** A list of texts, none blank; missing is empty. */
  List<String> texts(String field) {
    List<JsonNode> elements = array(field);
    List<String> texts = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      String at = field + "[" + i + "]";
      String text = asText(at, elements.get(i));
      if (text != null) {
        require(!text.isBlank(), at, "ต้องไม่เป็นข้อความว่าง", "must not be blank");
        texts.add(text);
      }
    }
    return texts;
  }

  // Dates

  LocalDate date(String field, DateRole role) {
    JsonNode value = required(field);
    return value == null ? DateFields.STAND_IN : date(field, value, role);
  }

  Optional<LocalDate> optionalDate(String field, DateRole role) {
    JsonNode value = present(field);
    return value == null ? Optional.empty() : Optional.of(date(field, value, role));
  }

  private LocalDate date(String field, JsonNode value, DateRole role) {
    String text = asText(field, value);
    return text == null ? DateFields.STAND_IN : DateFields.day(this, field, text, context.bounds(role));
  }

  // Numbers and booleans

  /** A whole number from {@code min} to {@code max}. */
  int integer(String field, int min, int max) {
    JsonNode value = required(field);
    return value == null ? min : NumberFields.integer(this, field, value, min, max);
  }

  /** An optional whole number from {@code min} to {@code max}, {@code absent} when left out. */
  int optionalInteger(String field, int min, int max, int absent) {
    JsonNode value = present(field);
    return value == null ? absent : NumberFields.integer(this, field, value, min, max);
  }

  /** A whole number of at least {@code min}. */
  long longInteger(String field, long min) {
    JsonNode value = required(field);
    return value == null ? min : NumberFields.wholeNumber(this, field, value, min);
  }

  boolean optionalBoolean(String field, boolean absent) {
    JsonNode value = present(field);
    return value == null ? absent : NumberFields.bool(this, field, value, absent);
  }

  boolean bool(String field) {
    JsonNode value = required(field);
    return value != null && NumberFields.bool(this, field, value, false);
  }

  // Enums and codes

  /** A constant of the enum, written by its name such as {@code EXTERNAL}. */
  <E extends Enum<E>> E constant(String field, Class<E> type) {
    E[] constants = type.getEnumConstants();
    JsonNode value = required(field);
    if (value == null) {
      return constants[0];
    }
    String name = asText(field, value);
    if (name == null) {
      return constants[0];
    }
    return CodeFields.constant(this, field, name, constants);
  }

  /** An optional division code, which must be one of the plan's when a plan is given. */
  Optional<DivisionCode> division(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return Optional.empty();
    }
    String code = asText(field, value);
    if (code == null) {
      return Optional.empty();
    }
    return CodeFields.division(this, field, code);
  }

  // Nested objects

  /** Each object of a list field read by the reader; missing is empty. */
  <T> List<T> objects(String field, Function<LineIn, Optional<T>> reader) {
    List<JsonNode> elements = array(field);
    List<T> out = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      String at = field + "[" + i + "]";
      JsonNode element = elements.get(i);
      if (!(element instanceof ObjectNode object)) {
        error(
            at,
            "ต้องเป็นออบเจกต์ { } แต่พบ " + describeTh(element),
            "must be an object { }, found " + describeEn(element));
        continue;
      }
      LineIn nested =
          new LineIn(file, line, path(at) + ".", object, context, problems, problems.count());
      Optional<T> item = reader.apply(nested);
      if (item.isPresent()) {
        out.add(item.get());
      } else {
        failedFields.add(at);
      }
    }
    return out;
  }

  // Internals

  private String path(String field) {
    return field.isEmpty() && prefix.endsWith(".")
        ? prefix.substring(0, prefix.length() - 1)
        : prefix + field;
  }

  /** The field's value, or null when it is missing or null. */
  private @Nullable JsonNode present(String field) {
    asked.add(field);
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  /** The field's value, or null after reporting that it is missing. */
  private @Nullable JsonNode required(String field) {
    JsonNode value = present(field);
    if (value == null) {
      error(field, "ขาดฟิลด์ '" + field + "' ซึ่งต้องมี", "the required field '" + field + "' is missing");
    }
    return value;
  }

  private List<JsonNode> array(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      error(
          field,
          "ต้องเป็นรายการ [ ] แต่พบ " + describeTh(value),
          "must be an array [ ], found " + describeEn(value));
      return List.of();
    }
    List<JsonNode> elements = new ArrayList<>(value.size());
    value.forEach(elements::add);
    return elements;
  }

  /** The text, or null after reporting that the value is not a text. */
  private @Nullable String asText(String at, JsonNode value) {
    if (!value.isTextual()) {
      error(
          at,
          "ต้องเป็นข้อความในเครื่องหมายคำพูด \" \" แต่พบ " + describeTh(value),
          "must be a text in quotes \" \", found " + describeEn(value));
      return null;
    }
    return value.textValue();
  }

  private void rejectUnknownFields() {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!asked.contains(name)) {
        error(
            name,
            "ไม่รู้จักฟิลด์ '" + name + "' (สะกดผิดหรือไม่?) ฟิลด์ที่ใช้ได้คือ " + String.join(", ", asked),
            "unknown field '" + name + "' (a typo?); the fields allowed are "
                + String.join(", ", asked));
      }
    }
  }
}
