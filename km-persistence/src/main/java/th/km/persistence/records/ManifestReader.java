package th.km.persistence.records;

import static th.km.persistence.records.RecordsFolder.FORMAT;
import static th.km.persistence.records.RecordsFolder.FORMAT_VERSION;
import static th.km.persistence.records.RecordsFolder.MANIFEST;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.PersistenceException;

/**
 * Reads the manifest {@value RecordsFolder#MANIFEST} of a records folder: the format, the
 * organization and the fiscal year, checked against the plan when there is one, each problem at
 * the line of its field.
 */
final class ManifestReader {

  /** The organization and fiscal year the manifest names. */
  record Manifest(OrganizationCode organization, FiscalYear fiscalYear) {}

  private final Path dir;
  private final Optional<KmPlan> plan;
  private final Problems problems;

  ManifestReader(Path dir, Optional<KmPlan> plan, Problems problems) {
    this.dir = dir;
    this.plan = plan;
    this.problems = problems;
  }

  /** The manifest's organization and year, empty when it is missing or has any problem. */
  Optional<Manifest> read() {
    Optional<String> text = RecordsFileText.read(dir, MANIFEST, problems);
    if (text.isEmpty()) {
      if (!Files.exists(dir.resolve(MANIFEST))) {
        problems.error(
            MANIFEST,
            0,
            "",
            "ไม่มีไฟล์ " + MANIFEST + " ซึ่งบอกองค์กรและปีงบประมาณของบันทึก",
            "there is no " + MANIFEST + ", which names the organization and fiscal year");
      }
      return Optional.empty();
    }
    JsonNode tree;
    Map<String, Integer> lines;
    try {
      tree = RecordsFolder.MAPPER.readTree(text.get());
      lines = fieldLines(text.get());
    } catch (JsonProcessingException e) {
      LocalizedText reason = JsonReasons.of(e);
      problems.error(
          MANIFEST,
          JsonReasons.line(e),
          JsonReasons.field(e),
          "ไม่ใช่ JSON ที่ถูกต้อง: " + reason.th(),
          "not valid JSON: " + reason.en());
      return Optional.empty();
    }
    if (!(tree instanceof ObjectNode manifest)) {
      problems.error(
          MANIFEST, 1, "", "ต้องเป็นออบเจกต์ JSON { }", "must hold one JSON object { }");
      return Optional.empty();
    }
    return new Fields(manifest, lines).read();
  }

  /** The manifest's fields, each problem at the line of its field. */
  private final class Fields {
    private final ObjectNode node;
    private final Map<String, Integer> lines;

    Fields(ObjectNode node, Map<String, Integer> lines) {
      this.node = node;
      this.lines = lines;
    }

    Optional<Manifest> read() {
      int before = problems.count();
      JsonNode format = node.get("format");
      if (format == null || !format.isTextual() || !format.textValue().equals(FORMAT)) {
        error(
            "format",
            "ไม่ใช่ไฟล์บันทึก km: ต้องมี \"format\": \"" + FORMAT + "\"",
            "not a km records manifest: it needs \"format\": \"" + FORMAT + "\"");
      }
      JsonNode version = node.get("formatVersion");
      if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
        error(
            "formatVersion",
            "อ่านได้เฉพาะรูปแบบรุ่น " + FORMAT_VERSION + " (\"formatVersion\": " + FORMAT_VERSION + ")",
            "only format version " + FORMAT_VERSION + " can be read (\"formatVersion\": "
                + FORMAT_VERSION + ")");
      }
      Optional<OrganizationCode> organization = organization();
      Optional<FiscalYear> fiscalYear = fiscalYear();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        if (!List.of("format", "formatVersion", "organization", "fiscalYear").contains(name)) {
          error(
              name,
              "ไม่รู้จักฟิลด์ '" + name + "' ฟิลด์ที่ใช้ได้คือ format, formatVersion, organization, fiscalYear",
              "unknown field '" + name + "'; the fields are format, formatVersion, organization,"
                  + " fiscalYear");
        }
      }
      if (problems.count() > before || organization.isEmpty() || fiscalYear.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Manifest(organization.get(), fiscalYear.get()));
    }

    private Optional<OrganizationCode> organization() {
      JsonNode value = node.get("organization");
      if (value == null || !value.isTextual()) {
        error(
            "organization",
            "ต้องมีรหัสองค์กร เช่น \"organization\": \"ban-waen\"",
            "needs the organization's code, such as \"organization\": \"ban-waen\"");
        return Optional.empty();
      }
      OrganizationCode code;
      try {
        code = OrganizationCode.of(value.textValue());
      } catch (IllegalArgumentException e) {
        error(
            "organization",
            "รหัสองค์กร '" + value.textValue() + "' ใช้ไม่ได้: ต้องเป็นอักษรละตินตัวเล็ก ตัวเลข และขีดกลาง",
            "organization code '" + value.textValue()
                + "' is not allowed: lower-case Latin letters, digits and inner dashes");
        return Optional.empty();
      }
      if (plan.isPresent() && !plan.get().organization().code().equals(code)) {
        error(
            "organization",
            "บันทึกเป็นขององค์กร " + code + " แต่แผนเป็นของ " + plan.get().organization().code(),
            "the records are " + code + "'s but the plan is "
                + plan.get().organization().code() + "'s");
      }
      return Optional.of(code);
    }

    private Optional<FiscalYear> fiscalYear() {
      JsonNode value = node.get("fiscalYear");
      if (value == null || !value.isInt()) {
        error(
            "fiscalYear",
            "ต้องมีปีงบประมาณเป็นปี พ.ศ. เช่น \"fiscalYear\": 2569",
            "needs the fiscal year as a Buddhist-era year, such as \"fiscalYear\": 2569");
        return Optional.empty();
      }
      FiscalYear year;
      try {
        year = FiscalYear.ofBuddhistYear(value.intValue());
      } catch (IllegalArgumentException e) {
        error(
            "fiscalYear",
            "ปีงบประมาณ " + value.intValue() + " ใช้ไม่ได้: ต้องเป็นปี พ.ศ. เช่น 2569",
            "fiscal year " + value.intValue() + " is not allowed: write the Buddhist-era year,"
                + " such as 2569");
        return Optional.empty();
      }
      if (plan.isPresent() && !plan.get().fiscalYear().equals(year)) {
        error(
            "fiscalYear",
            "บันทึกเป็นของปีงบประมาณ พ.ศ. " + year.buddhistYear() + " แต่แผนเป็นของปี พ.ศ. "
                + plan.get().fiscalYear().buddhistYear(),
            "the records are for " + year + " but the plan is for " + plan.get().fiscalYear());
      }
      return Optional.of(year);
    }

    private void error(String field, String th, String en) {
      problems.error(MANIFEST, lines.getOrDefault(field, 1), field, th, en);
    }
  }

  /** The line of each field of the top-level object, for messages. */
  private static Map<String, Integer> fieldLines(String json) throws JsonProcessingException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = RecordsFolder.MAPPER.createParser(json)) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            if (depth == 1) {
              lines.putIfAbsent(parser.currentName(), parser.currentTokenLocation().getLineNr());
            }
          }
          default -> {}
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new PersistenceException("reading JSON from a string failed: " + e, e);
    }
    return lines;
  }
}
