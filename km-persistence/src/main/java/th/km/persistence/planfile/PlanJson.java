package th.km.persistence.planfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import th.km.core.plan.KmPlan;

/**
 * The canonical plan file (ไฟล์แผน): a {@link KmPlan} as JSON text and back, in the format that
 * {@code docs/plan-format.md} documents and {@code docs/plan.schema.json} describes. Nothing of a
 * plan is lost: reading what {@link #write} wrote gives an equal plan, and writing it again gives
 * the same text.
 *
 * <p>The text is pretty-printed with two-space indents and {@code \n} line ends, fields in a fixed
 * order, Thai kept as it is (not escaped), and ends with a newline, so that plan files diff well
 * under version control.
 */
public final class PlanJson {

  /** The value of the top-level {@code "format"} field that marks a km plan file. */
  public static final String FORMAT = "km-plan";

  /** The version of the format this code writes and the only one it reads. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          // A field written twice would otherwise silently lose its first value.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // Percentages of indicator targets are kept exactly as written: 90, 80.5, 45.00.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final String SCHEMA_RESOURCE = "plan.schema.json";

  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private PlanJson() {}

  /** The plan as the text of a plan file. */
  public static String write(KmPlan plan) {
    try {
      return WRITER.writeValueAsString(PlanJsonMapping.writePlan(plan)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Jackson could not write a tree of plain JSON nodes", e);
    }
  }

  /**
   * The plan in the text of a plan file. A leading byte-order mark, which some Windows editors add,
   * is ignored.
   *
   * @param sourceName how error messages name the text, usually the file's path
   * @throws PlanFileException when the text is not a valid plan file; the message says where and
   *     what, in Thai and English
   */
  public static KmPlan read(String json, String sourceName) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    SourceText source = new SourceText(sourceName, text);
    String start = text.stripLeading();
    // Text that cannot begin any JSON value (a plan's text, a Word file) is told apart from JSON.
    if (!start.isEmpty() && "{[\"-0123456789tfn".indexOf(start.charAt(0)) < 0) {
      throw source.error(
          FieldPath.ROOT,
          "ไฟล์นี้ไม่ใช่ไฟล์แผน (JSON ที่ขึ้นต้นด้วย {) ถ้าเป็นข้อความของแผน ให้แปลงด้วย km import-text ก่อน",
          "this is not a plan file (JSON starting with {); if it is the plan's text, convert it with"
              + " km import-text first");
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw syntaxError(source, e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw source.error(
          FieldPath.ROOT, "ไฟล์ว่าง ไม่มีข้อมูล JSON", "the file is empty: it holds no JSON");
    }
    return JsonIn.read(source, tree, FieldPath.ROOT, PlanJsonMapping::readPlan);
  }

  /**
   * The JSON Schema (draft 2020-12) of the plan file, the same text as {@code
   * docs/plan.schema.json}, for editors and for anyone who checks plan files without km.
   */
  public static String schema() {
    try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + SCHEMA_RESOURCE, e);
    }
  }

  private static PlanFileException syntaxError(SourceText source, JsonProcessingException e) {
    FieldPath path =
        e.getProcessor() instanceof JsonParser parser ? SourceText.pathOf(parser) : FieldPath.ROOT;
    return source.error(
        path,
        e.getLocation() == null ? null : SourceText.location(e.getLocation()),
        "ไม่ใช่ JSON ที่ถูกต้อง: รูปแบบผิดที่ตำแหน่งนี้ (เช่น ขาดจุลภาค วงเล็บ หรือเครื่องหมายคำพูด หรือชื่อฟิลด์ซ้ำ)",
        "not valid JSON: " + englishReason(e),
        e);
  }

  /**
   * Jackson's reason in plain words: its first line, with the Java types and settings it names
   * (a person reads this, not a programmer) put in words.
   */
  private static String englishReason(JsonProcessingException e) {
    String reason = e.getOriginalMessage().lines().findFirst().orElse("");
    if (reason.contains("FAIL_ON_TRAILING_TOKENS") || reason.startsWith("Trailing token")) {
      return "there is more after the end of the plan's object (a second object, or text after the last '}')";
    }
    return reason.replaceAll("\\s*\\(bound as `[^`]*`\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "the value");
  }

  /** Two-space indents and {@code \n} whatever the platform, {@code "field": value}, {@code []}. */
  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
