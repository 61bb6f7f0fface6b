package th.km.persistence.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.km.core.plan.KmPlan;

/** The plan file of a plan like the reference one reads back whole and reads well by eye. */
class PlanJsonTest {

  private final KmPlan plan = SeedLikePlan.plan();
  private final String json = PlanJson.write(plan);

  @Test
  void theSeedLikePlanReadsBackEqual() {
    assertEquals(plan, PlanJson.read(json, "ban-waen-2569.json"));
  }

  @Test
  void thaiTextIsWrittenAsItIsNotEscaped() {
    assertTrue(json.contains("\"name\": \"บ้านแหวน\""), json);
    assertTrue(json.contains("\"target\": \"พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน\""), json);
    assertFalse(json.contains("\\u0E"), "Thai must not be \\u-escaped");
  }

  @Test
  void theFileStartsWithItsFormatAndEndsWithANewline() {
    assertTrue(
        json.startsWith(
            "{\n  \"format\": \"km-plan\",\n  \"formatVersion\": 1,\n  \"organization\": {\n"),
        json);
    assertTrue(json.endsWith("}\n"), "a file ends with a newline");
    assertFalse(json.contains("\r"), "line ends are \\n on every platform");
  }

  @Test
  void valuesAreWrittenInTheDocumentedForms() {
    assertTrue(json.contains("\"fiscalYear\": 2569,"), "the fiscal year as its B.E. number");
    String oneLine = json.replaceAll("\\s+", " ");
    assertTrue(
        oneLine.contains("\"months\": { \"start\": \"2025-10\", \"end\": \"2026-09\" }"),
        "a month range as ISO months");
    assertTrue(
        oneLine.contains("\"step\": { \"framework\": \"CHANGE_MANAGEMENT\", \"number\": 6 }"),
        "a step as framework and number");
    assertTrue(json.contains("\"type\": \"trainingReport\",\n"), "rules carry their type first");
    assertTrue(json.contains("\"days\": 15,"), json);
    assertTrue(json.contains("\"externalOnly\": true"), json);
    assertTrue(json.contains("\"titleVariants\": [],"), "empty lists are written, as []");
  }

  @Test
  void emptyOptionalPartsAreLeftOut() {
    assertTrue(json.contains("\"dateText\": \"ประกาศ ณ วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙\""), json);
    assertFalse(json.contains("\"date\":"), "the announcement's date does not exist, so no field");
    assertFalse(json.contains("null"), "an empty Optional is left out, never written as null");
    assertTrue(json.contains("\"note\": \"\""), "an empty note that is present is kept");
  }

  @Test
  void explicitNullReadsAsAnEmptyOptionalAndAMissingListAsEmpty() {
    String withNull =
        json.replace(
            "\"preparedBy\": \"งานการเจ้าหน้าที่ สำนักปลัดเทศบาล\"", "\"preparedBy\": null");
    assertTrue(withNull.contains("null"));
    assertTrue(PlanJson.read(withNull, "null.json").preparedBy().isEmpty());

    String withoutNarrative = json.substring(0, json.indexOf(",\n  \"narrative\"")) + "\n}\n";
    assertTrue(PlanJson.read(withoutNarrative, "short.json").narrative().isEmpty());
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    assertEquals(plan, PlanJson.read("\uFEFF" + json, "bom.json"));
  }
}
