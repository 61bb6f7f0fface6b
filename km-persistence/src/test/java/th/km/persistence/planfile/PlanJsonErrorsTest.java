package th.km.persistence.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad plan file is refused with a message that names the file, the path of the bad
 * value, its line and column, and what is wrong, in Thai and English.
 */
class PlanJsonErrorsTest {

  private static final String SOURCE = "plans/ban-waen-2569.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  // Not JSON, or not a plan file at all

  @Test
  void badJsonSyntaxIsReportedWithItsLineAndColumn() {
    String json = "{\n  \"format\": \"km-plan\",\n  \"formatVersion\": 1,,\n}\n";

    PlanFileException e = readFails(json);

    assertMessage(e, "ไม่ใช่ JSON ที่ถูกต้อง", "not valid JSON");
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(OptionalInt.of(22), e.column());
  }

  @Test
  void aSyntaxErrorDeepInTheFileNamesItsPath() {
    String json = PlanJson.write(SeedLikePlan.plan());
    String broken = json.replace("\"target\": \"ร้อยละ ๑๐๐\",", "\"target\": \"ร้อยละ ๑๐๐\",,");

    PlanFileException e = readFails(broken);

    assertEquals("goals[1].activities[0].target", e.path());
    assertEquals(OptionalInt.of(lineOf(broken, "ร้อยละ ๑๐๐\",,")), e.line());
    assertMessage(e, "ไม่ใช่ JSON ที่ถูกต้อง", "not valid JSON");
  }

  @Test
  void aFieldWrittenTwiceIsRefused() {
    String json = PlanJson.write(SeedLikePlan.plan());
    String twice = json.replace("\"title\": \"แผนการ", "\"title\": \"x\",\n  \"title\": \"แผนการ");

    PlanFileException e = readFails(twice);

    assertMessage(e, "ไม่ใช่ JSON ที่ถูกต้อง", "Duplicate field 'title'");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertMessage(readFails(" \n"), "ไฟล์ว่าง", "the file is empty");
  }

  @Test
  void theTopLevelMustBeAnObject() {
    PlanFileException e = readFails("[1, 2]");

    assertEquals("", e.path());
    assertMessage(e, "ต้องเป็นออบเจกต์", "must be an object");
    assertTrue(e.messageEn().contains("at the top level"), e.messageEn());
  }

  @Test
  void aFileWithoutTheFormatMarkerIsNotAPlanFile() {
    PlanFileException e = readFails(edited(plan -> plan.remove("format")));

    assertEquals("format", e.path());
    assertMessage(e, "ไม่ใช่ไฟล์แผน km", "not a km plan file");
  }

  @Test
  void aWrongFormatMarkerIsRefused() {
    PlanFileException e = readFails(edited(plan -> plan.put("format", "km-records")));

    assertEquals("format", e.path());
    assertMessage(e, "ไม่ใช่ไฟล์แผน km", "found \"km-records\"");
  }

  @Test
  void aNewerFormatVersionIsRefusedAndSaysSo() {
    PlanFileException e = readFails(edited(plan -> plan.put("formatVersion", 2)));

    assertEquals("formatVersion", e.path());
    assertMessage(e, "km รุ่นที่ใหม่กว่า", "written by a newer km");
  }

  // Fields missing, unknown, or of the wrong type

  @Test
  void aMissingRequiredFieldIsNamedByItsPath() {
    String json = edited(plan -> object(plan, "/goals/0/activities/1").remove("method"));

    PlanFileException e = readFails(json);

    assertEquals("goals[0].activities[1].method", e.path());
    assertMessage(e, "ขาดฟิลด์ 'method'", "the required field 'method' is missing");
    assertTrue(e.line().isPresent(), "located at the object that lacks it");
  }

  @Test
  void aMisspelledRequiredFieldIsPointedOut() {
    String json =
        edited(
            plan -> {
              ObjectNode activity = object(plan, "/goals/0/activities/1");
              activity.set("metod", activity.remove("method"));
            });

    PlanFileException e = readFails(json);

    assertEquals("goals[0].activities[1].method", e.path());
    assertMessage(e, "'metod'", "there is a field 'metod': a typo?");
  }

  @Test
  void anUnknownFieldIsRefusedSoThatNoDataIsDroppedSilently() {
    String json = edited(plan -> object(plan, "/goals/0/activities/0").put("remark", "ข้อมูล"));

    PlanFileException e = readFails(json);

    assertEquals("goals[0].activities[0].remark", e.path());
    assertMessage(e, "ไม่รู้จักฟิลด์ 'remark'", "unknown field 'remark'");
    assertTrue(e.messageEn().contains("note"), "lists the fields allowed: " + e.messageEn());
    assertEquals(OptionalInt.of(lineOf(json, "\"remark\"")), e.line());
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    PlanFileException e = readFails(edited(plan -> plan.put("fiscalYear", "๒๕๖๙")));

    assertEquals("fiscalYear", e.path());
    assertMessage(e, "ต้องเป็นจำนวนเต็ม", "must be a whole number, found the text \"๒๕๖๙\"");
  }

  @Test
  void aFractionWhereAWholeNumberBelongsIsRefused() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/monitoringRules/0").put("days", 15.5)));

    assertEquals("monitoringRules[0].days", e.path());
    assertMessage(e, "จำนวนเต็ม", "must be a whole number");
  }

  @Test
  void nullForARequiredFieldIsRefused() {
    PlanFileException e = readFails(edited(plan -> plan.putNull("title")));

    assertEquals("title", e.path());
    assertMessage(e, "null", "must have a value, not null");
  }

  @Test
  void aNullListElementIsRefused() {
    PlanFileException e =
        readFails(edited(plan -> ((ArrayNode) plan.get("divisions")).insertNull(1)));

    assertEquals("divisions[1]", e.path());
    assertMessage(e, "null", "a list element must not be null");
  }

  // Values that name nothing

  @Test
  void anUnknownEnumConstantIsRefusedWithTheAllowedOnes() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/organization").put("type", "MUNICIPALITY")));

    assertEquals("organization.type", e.path());
    assertMessage(e, "ไม่มีค่า 'MUNICIPALITY'", "SUBDISTRICT_MUNICIPALITY, TOWN_MUNICIPALITY");
  }

  @Test
  void anImpossibleDateIsRefused() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/announcement").put("date", "2026-02-30")));

    assertEquals("announcement.date", e.path());
    assertMessage(e, "วันที่ที่มีอยู่จริง", "an existing date");
  }

  @Test
  void aBuddhistEraYearInAMonthIsRefused() {
    String json =
        edited(plan -> object(plan, "/goals/0/activities/0/period/months").put("start", "2568-10"));

    PlanFileException e = readFails(json);

    assertEquals("goals[0].activities[0].period.months.start", e.path());
    assertMessage(e, "ไม่ใช่ปี พ.ศ.", "not the Buddhist-era year");
    assertEquals(OptionalInt.of(lineOf(json, "\"2568-10\"")), e.line());
  }

  @Test
  void aStepBeyondItsFrameworkIsRefused() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/goals/1/activities/0/step").put("number", 7)));

    assertEquals("goals[1].activities[0].step.number", e.path());
    assertMessage(e, "ไม่มีขั้นที่ 7", "CHANGE_MANAGEMENT has steps 1 to 6, not 7");
  }

  @Test
  void anUnknownMonitoringRuleTypeIsRefused() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/monitoringRules/1").put("type", "manual")));

    assertEquals("monitoringRules[1].type", e.path());
    assertMessage(e, "ไม่มีกฎการติดตามผลชนิด 'manual'", "trainingReport, knowledgeDocument");
  }

  @Test
  void aMalformedCodeIsRefused() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/organization").put("code", "Ban Waen")));

    assertEquals("organization.code", e.path());
    assertMessage(e, "อักษรละตินตัวเล็ก", "lower-case Latin letters");
  }

  @Test
  void aProvinceCodeThatIsNotTwoDigitsIsRefused() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/organization").put("provinceCode", "5")));

    assertEquals("organization.provinceCode", e.path());
    assertMessage(e, "รหัสจังหวัดสองหลัก", "two-digit province code");
  }

  // Rules of the plan that span fields

  @Test
  void twoGoalsWithOneNumberAreRefusedAtTheSecond() {
    String json = edited(plan -> object(plan, "/goals/1").put("number", 1));

    PlanFileException e = readFails(json);

    assertEquals("goals[1].number", e.path());
    assertMessage(e, "ลำดับเป้าหมาย KM '1' ซ้ำกับที่ goals[0]", "goal number '1' is the same");
    assertTrue(e.line().isPresent());
  }

  @Test
  void twoActivitiesWithOneNumberInAGoalAreRefused() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/goals/0/activities/1").put("number", 3)));

    assertEquals("goals[0].activities[1].number", e.path());
    assertMessage(e, "ลำดับกิจกรรม '3'", "activity number '3' is the same");
  }

  @Test
  void anActivityFiledUnderTheOtherFrameworkIsRefused() {
    String json =
        edited(
            plan ->
                object(plan, "/goals/0/activities/0/step").put("framework", "CHANGE_MANAGEMENT"));

    PlanFileException e = readFails(json);

    assertEquals("goals[0].activities[0].step.framework", e.path());
    assertMessage(e, "วางแผนตาม KM_PROCESS", "the goal is planned on KM_PROCESS");
  }

  @Test
  void aPositionInAnUnlistedDivisionIsRefused() {
    PlanFileException e =
        readFails(edited(plan -> object(plan, "/positions/1").put("division", "education")));

    assertEquals("positions[1].division", e.path());
    assertMessage(e, "ส่วนราชการ 'education'", "division 'education' is not among");
  }

  @Test
  void aRuleOfTheDomainIsReportedAtTheObjectThatBreaksIt() {
    String json = edited(plan -> object(plan, "/organization").put("name", "เทศบาลตำบลบ้านแหวน"));

    PlanFileException e = readFails(json);

    assertEquals("organization", e.path());
    assertMessage(e, "ข้อมูลขัดกับกฎของแผน", "must not repeat its type prefix");
  }

  @Test
  void aCommitteeMemberWithNeitherPersonNorPositionIsRefused() {
    String json =
        edited(
            plan -> {
              ObjectNode member = object(plan, "/committees/1/members/0");
              member.remove("position");
            });

    PlanFileException e = readFails(json);

    assertEquals("committees[1].members[0]", e.path());
    assertMessage(e, "ข้อมูลขัดกับกฎของแผน", "needs a person or a position");
  }

  // Helpers

  private static PlanFileException readFails(String json) {
    return assertThrows(PlanFileException.class, () -> PlanJson.read(json, SOURCE));
  }

  /** The message names file and path in both languages and says what is wrong in each. */
  private static void assertMessage(PlanFileException e, String thai, String english) {
    String where = e.path().isEmpty() ? "" : e.path();
    assertTrue(e.messageTh().contains(thai), () -> "Thai message lacks '" + thai + "': " + e);
    assertTrue(e.messageEn().contains(english), () -> "English lacks '" + english + "': " + e);
    assertTrue(e.messageTh().contains("ไฟล์แผน " + SOURCE + " ที่ " + where), e.messageTh());
    assertTrue(e.messageEn().contains("plan file " + SOURCE + " at " + where), e.messageEn());
    assertEquals(e.messageTh() + "\n" + e.messageEn(), e.getMessage());
    e.line()
        .ifPresent(
            line -> {
              assertTrue(e.messageTh().contains("บรรทัด " + line + " คอลัมน์ "), e.messageTh());
              assertTrue(e.messageEn().contains("line " + line + ", column "), e.messageEn());
            });
  }

  /** The seed-like plan's file after an edit of its tree, pretty-printed. */
  private static String edited(Consumer<ObjectNode> edit) {
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(PlanJson.write(SeedLikePlan.plan()));
      edit.accept(tree);
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectNode object(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  /** The 1-based line of the first occurrence of the text. */
  private static int lineOf(String json, String text) {
    int at = json.indexOf(text);
    assertTrue(at >= 0, "the test's edit is in the text: " + text);
    return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
