package th.km.persistence.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.records.RecordKind;
import th.km.persistence.records.FolderContext.DateBounds;
import th.km.persistence.records.FolderContext.DateRole;

/**
 * One JSON object of a records file being read: typed access to its fields, each problem reported
 * with file, line and field. A getter that meets a problem records it and returns a stand-in value,
 * so that reading goes on and every bad field of the line is reported at once; the caller builds the
 * record only through {@link #build}, which refuses when the line had any problem.
 */
final class LineIn {

  /**
   * The form of a record id, the same as the core's rule for ids (1 to 100 letters, digits or
   * {@code . _ : / # -}, no spaces), checked here so that a bad id is named by its field.
   */
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{M}\\p{N}._:/#-]{1,100}");

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private static final LocalDate STAND_IN_DATE = LocalDate.of(2000, 1, 1);

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
    if (isValidId(id)) {
      context
          .register(id, kind, location())
          .ifPresent(
              earlier ->
                  error(
                      "id",
                      "รหัส " + id + " ซ้ำกับบันทึกที่ " + earlier + " รหัสต้องไม่ซ้ำกันทั้งโฟลเดอร์",
                      "id " + id + " is already used at " + earlier
                          + "; ids must be unique across the folder"));
    }
    return id;
  }

  /** The id of a record of the kind that this record refers to, which must have been read. */
  String reference(String field, RecordKind kind) {
    String id = idText(field);
    checkReference(field, id, kind);
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
      if (isValidId(id)) {
        if (!seen.add(id)) {
          error(at, "รหัส " + id + " อยู่ในรายการซ้ำ", "id " + id + " is listed twice");
        } else {
          checkReference(at, id, kind);
        }
      }
      ids.add(id);
    }
    return ids;
  }

  private void checkReference(String field, String id, RecordKind kind) {
    if (!isValidId(id) || context.isKnown(id, kind)) {
      return;
    }
    String file = RecordsFolder.fileName(kind);
    Optional<RecordKind> other = context.kindOf(id);
    if (other.isPresent()) {
      error(
          field,
          "รหัส " + id + " เป็น" + other.get().thaiName() + " ไม่ใช่" + kind.thaiName(),
          "id " + id + " is a " + other.get().englishName() + ", not a " + kind.englishName());
    } else {
      error(
          field,
          "ไม่มี" + kind.thaiName() + "รหัส " + id + " ใน " + file,
          "no " + kind.englishName() + " with id " + id + " in " + file);
    }
  }

  private String idText(String field) {
    JsonNode value = required(field);
    return value == null ? "" : idText(field, value);
  }

  private String idText(String at, JsonNode value) {
    String id = asText(at, value);
    if (id == null) {
      return "";
    }
    if (!ID.matcher(id).matches()) {
      error(
          at,
          "รหัส '" + id + "' ใช้ไม่ได้: ต้องยาว 1-100 ตัว เป็นตัวอักษร ตัวเลข หรือ . _ : / # - ไม่มีช่องว่าง",
          "id '" + id + "' is not allowed: 1-100 letters, digits or . _ : / # -, without spaces");
      return "";
    }
    return id;
  }

  private static boolean isValidId(String id) {
    return !id.isEmpty();
  }

  // Texts

  /** A required text that is not blank. */
  String text(String field) {
    JsonNode value = required(field);
    if (value == null) {
      return "";
    }
    String text = asText(field, value);
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
    return value == null ? STAND_IN_DATE : date(field, value, role);
  }

  Optional<LocalDate> optionalDate(String field, DateRole role) {
    JsonNode value = present(field);
    return value == null ? Optional.empty() : Optional.of(date(field, value, role));
  }

  private LocalDate date(String field, JsonNode value, DateRole role) {
    String text = asText(field, value);
    if (text == null) {
      return STAND_IN_DATE;
    }
    if (!DATE_FORM.matcher(text).matches()) {
      error(
          field,
          "ต้องเป็นวันที่แบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2026-03-15 แต่พบ '" + text + "'",
          "must be a date written yyyy-mm-dd, Christian-era year, such as 2026-03-15; found '"
              + text
              + "'");
      return STAND_IN_DATE;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text, ISO_DATE);
    } catch (DateTimeException e) {
      error(
          field,
          "ไม่มีวันที่ " + text + " ในปฏิทิน",
          "there is no such day as " + text + " in the calendar");
      return STAND_IN_DATE;
    }
    DateBounds bounds = context.bounds(role);
    if (!bounds.contains(day)) {
      LocalDate christian = day.minusYears(FiscalYear.BUDDHIST_ERA_OFFSET);
      boolean buddhist = bounds.contains(christian);
      error(
          field,
          "วันที่ " + text + " อยู่นอกช่วงที่เป็นไปได้ (" + bounds.first() + " ถึง " + bounds.last() + ")"
              + (buddhist ? " ดูเหมือนเขียนปี พ.ศ. ให้ใช้ปี ค.ศ.: " + christian : ""),
          "the date " + text + " lies outside the sane range " + bounds.first() + " to "
              + bounds.last()
              + (buddhist ? "; it looks like a Buddhist-era year, write " + christian : ""));
      return STAND_IN_DATE;
    }
    return day;
  }

  // Numbers and booleans

  /** A whole number from {@code min} to {@code max}. */
  int integer(String field, int min, int max) {
    JsonNode value = required(field);
    return value == null ? min : integer(field, value, min, max);
  }

  /** An optional whole number from {@code min} to {@code max}, {@code absent} when left out. */
  int optionalInteger(String field, int min, int max, int absent) {
    JsonNode value = present(field);
    return value == null ? absent : integer(field, value, min, max);
  }

  private int integer(String field, JsonNode value, int min, int max) {
    long n = wholeNumber(field, value, min);
    if (n > max) {
      error(
          field,
          "ต้องไม่เกิน " + max + " แต่พบ " + n,
          "must be at most " + max + ", found " + n);
      return min;
    }
    return (int) n;
  }

  /** A whole number of at least {@code min}. */
  long longInteger(String field, long min) {
    JsonNode value = required(field);
    return value == null ? min : wholeNumber(field, value, min);
  }

  private long wholeNumber(String field, JsonNode value, long min) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      error(
          field,
          "ต้องเป็นจำนวนเต็ม แต่พบ " + describeTh(value),
          "must be a whole number, found " + describeEn(value));
      return min;
    }
    long n = value.longValue();
    if (n < min) {
      error(
          field,
          (n < 0 ? "ต้องไม่ติดลบ " : "") + "ต้องไม่น้อยกว่า " + min + " แต่พบ " + n,
          (n < 0 ? "must not be negative: " : "") + "must be at least " + min + ", found " + n);
      return min;
    }
    return n;
  }

  boolean optionalBoolean(String field, boolean absent) {
    JsonNode value = present(field);
    if (value == null) {
      return absent;
    }
    if (!value.isBoolean()) {
      error(
          field,
          "ต้องเป็น true หรือ false แต่พบ " + describeTh(value),
          "must be true or false, found " + describeEn(value));
      return absent;
    }
    return value.booleanValue();
  }

  boolean bool(String field) {
    JsonNode value = required(field);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      error(
          field,
          "ต้องเป็น true หรือ false แต่พบ " + describeTh(value),
          "must be true or false, found " + describeEn(value));
      return false;
    }
    return value.booleanValue();
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
    for (E c : constants) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    String allowed = Stream.of(constants).map(Enum::name).collect(Collectors.joining(", "));
    Optional<E> sameButCase =
        Stream.of(constants).filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    error(
        field,
        "ไม่มีค่า '" + name + "' ในรายการ ค่าที่ใช้ได้คือ " + allowed
            + sameButCase.map(c -> " (เขียนเป็น " + c.name() + ")").orElse(""),
        "'" + name + "' is not one of " + allowed
            + sameButCase.map(c -> " (write " + c.name() + ")").orElse(""));
    return constants[0];
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
    DivisionCode division;
    try {
      division = DivisionCode.of(code);
    } catch (IllegalArgumentException e) {
      error(
          field,
          "รหัสส่วนราชการ '" + code + "' ใช้ไม่ได้: ต้องเป็นอักษรละตินตัวเล็ก ตัวเลข และขีดกลาง เช่น finance",
          "division code '" + code + "' is not allowed: lower-case Latin letters, digits and inner"
              + " dashes, such as finance");
      return Optional.empty();
    }
    Optional<Set<DivisionCode>> known = context.divisions();
    if (known.isPresent() && !known.get().contains(division)) {
      error(
          field,
          "ไม่มีส่วนราชการรหัส " + code + " ในแผน ส่วนราชการในแผนคือ " + context.divisionList(),
          "the plan has no division " + code + "; its divisions are " + context.divisionList());
    }
    return Optional.of(division);
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
