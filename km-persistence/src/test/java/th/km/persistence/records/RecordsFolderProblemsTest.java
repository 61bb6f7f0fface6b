package th.km.persistence.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.ActivityPeriod;
import th.km.core.records.RecordProblem.Severity;

class RecordsFolderProblemsTest {

  private static final String MANIFEST =
      "{\"format\": \"km-records\", \"formatVersion\": 1, \"organization\": \"ban-waen\","
          + " \"fiscalYear\": 2569}\n";

  private static final String STAFF =
      """
      {"id":"s1","name":"นางสาวเอ","category":"MUNICIPAL_OFFICER","division":"finance","position":"นักวิชาการเงินและบัญชี"}
      {"id":"s2","name":"นายบี","category":"CONTRACT_STAFF","division":"clerk"}
      """;

  @TempDir Path dir;

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, UTF_8);
  }

  private List<RecordsFileProblem> refused(RecordsReading reading) {
    return assertInstanceOf(RecordsReading.Refused.class, reading, reading.problems().toString())
        .problems();
  }

  /** Asserts that exactly one error names the place, and returns it. */
  private static RecordsFileProblem errorAt(
      List<RecordsFileProblem> problems, String file, int line, String field) {
    List<RecordsFileProblem> at =
        problems.stream()
            .filter(
                p ->
                    p.isError()
                        && p.file().equals(file)
                        && p.line() == line
                        && p.field().equals(field))
            .toList();
    assertEquals(1, at.size(), "one error at " + file + ":" + line + ": " + field + " in " + problems);
    return at.get(0);
  }

  @Test
  void everyBadFieldOfEveryFileIsReportedWithFileLineAndField() throws IOException {
    write(RecordsFolder.MANIFEST, MANIFEST);
    write("staff.jsonl", STAFF + "{\"id\":\"s1\",\"name\":\"ซ้ำ\",\"category\":\"EXECUTIVE\"}\n");
    write(
        "trainings.jsonl",
        """
        {"id":"t1","personId":"s1","title":"หลักสูตรการเงิน","kind":"TRAINING","setting":"EXTERNAL","start":"2026-02-28","end":"2026-02-30"}
        {"id":"t2","personId":"s9","title":"สัมมนา","kind":"SEMINAR","setting":"OUTSIDE","start":"2026-03-02","end":"2026-03-04","returned":"2026-03-01"}

        {"id":"t3","personId":"s2","title":"ดูงาน","kind":"STUDY_VISIT","setting":"EXTERNAL","start":"2569-05-01","end":"2026-05-02"}
        """);
    write(
        "supervisor-ratings.jsonl",
        "{\"id\":\"r1\",\"trainingId\":\"t2\",\"before\":-1,\"after\":3,\"ratedOn\":\"2026-04-01\"}\n");
    write(
        "meetings.jsonl",
        "{\"id\":\"m1\",\"kind\":\"WORKSHOP\",\"title\":\"อบรม\",\"date\":\"2026-01-22\","
            + "\"attendeeIds\":[\"s1\",\"s2\",\"s1\"],\"otherAttendees\":2,\"room\":\"A\"}\n");
    write("access-events.jsonl", "{\"id\":\"x1\",\"assetId\":\"ka1\"  \n");

    List<RecordsFileProblem> problems = refused(RecordsFolder.load(dir));

    assertTrue(errorAt(problems, "staff.jsonl", 3, "id").message().en().contains("staff.jsonl:1"));
    assertTrue(
        errorAt(problems, "trainings.jsonl", 1, "end").message().en().contains("2026-02-30"));
    errorAt(problems, "trainings.jsonl", 2, "personId");
    assertTrue(
        errorAt(problems, "trainings.jsonl", 2, "setting").message().en().contains("EXTERNAL"));
    // The line after a blank one keeps its number.
    assertTrue(
        errorAt(problems, "trainings.jsonl", 4, "start").message().en().contains("2026-05-01"),
        "a Buddhist-era year is named as such");
    errorAt(problems, "supervisor-ratings.jsonl", 1, "before");
    errorAt(problems, "meetings.jsonl", 1, "attendeeIds[2]");
    errorAt(problems, "meetings.jsonl", 1, "room");
    errorAt(problems, "access-events.jsonl", 1, "");
    assertTrue(problems.stream().allMatch(RecordsFileProblem::isError), problems.toString());
  }

  @Test
  void aTrainingReportsTextsAreCheckedFieldByField() throws IOException {
    write(RecordsFolder.MANIFEST, MANIFEST);
    write("staff.jsonl", STAFF);
    write(
        "trainings.jsonl",
        "{\"id\":\"t1\",\"personId\":\"s1\",\"title\":\"สัมมนา\",\"kind\":\"SEMINAR\","
            + "\"setting\":\"EXTERNAL\",\"start\":\"2026-03-02\",\"end\":\"2026-03-04\"}\n");
    write(
        "training-reports.jsonl",
        "{\"id\":\"r1\",\"trainingId\":\"t1\",\"submittedOn\":\"2026-03-10\","
            + "\"place\":\"ห้องประชุม\\nชั้น ๒\",\"learned\":\" \",\"plannedUse\":\""
            + "ก".repeat(20_001)
            + "\"}\n");
    List<RecordsFileProblem> problems = refused(RecordsFolder.load(dir));
    assertTrue(
        errorAt(problems, "training-reports.jsonl", 1, "place").message().en().contains("one line"));
    errorAt(problems, "training-reports.jsonl", 1, "learned");
    assertTrue(
        errorAt(problems, "training-reports.jsonl", 1, "plannedUse").message().en().contains("20000"),
        problems.toString());
  }

  @Test
  void aReturnBeforeTheStartIsNamedEvenBesideAnotherBadField() throws IOException {
    write(RecordsFolder.MANIFEST, MANIFEST);
    write("staff.jsonl", STAFF);
    write(
        "trainings.jsonl",
        "{\"id\":\"t1\",\"personId\":\"nobody\",\"title\":\"สัมมนา\",\"kind\":\"SEMINAR\","
            + "\"setting\":\"EXTERNAL\",\"start\":\"2026-03-02\",\"end\":\"2026-03-04\","
            + "\"returned\":\"2026-03-01\"}\n");
    List<RecordsFileProblem> problems = refused(RecordsFolder.load(dir));
    errorAt(problems, "trainings.jsonl", 1, "personId");
    RecordsFileProblem p = errorAt(problems, "trainings.jsonl", 1, "returned");
    assertEquals(
        "trainings.jsonl:1: returned: the return date 2026-03-01 is before the start 2026-03-02",
        p.describeEn());
    assertTrue(p.describeTh().startsWith("trainings.jsonl บรรทัด 1 ฟิลด์ returned: วันกลับ"), p.describeTh());
  }

  @Test
  void divisionsAndActivitiesAreCheckedAgainstThePlan() throws IOException {
    write(RecordsFolder.MANIFEST, MANIFEST);
    write(
        "staff.jsonl",
        STAFF + "{\"id\":\"s3\",\"name\":\"นายซี\",\"category\":\"CONTRACT_STAFF\",\"division\":\"police\"}\n");
    write(
        "progress-updates.jsonl",
        """
        {"id":"p1","goal":1,"activity":1,"date":"2025-12-31","percent":25}
        {"id":"p2","goal":1,"activity":9,"date":"2025-12-31","percent":101}
        {"id":"p3","goal":1,"activity":9,"date":"2025-12-31","percent":10}
        """);
    List<RecordsFileProblem> problems = refused(RecordsFolder.load(dir, plan()));
    assertTrue(
        errorAt(problems, "staff.jsonl", 3, "division").message().en().contains("finance (กองคลัง)"));
    errorAt(problems, "progress-updates.jsonl", 2, "percent");
    errorAt(problems, "progress-updates.jsonl", 2, "activity");
    errorAt(problems, "progress-updates.jsonl", 3, "activity");
    assertEquals(4, problems.size(), problems.toString());

    // Without a plan the same folder is fine: only the plan knows its divisions and activities.
    write("progress-updates.jsonl", "{\"id\":\"p1\",\"goal\":1,\"activity\":9,\"date\":\"2025-12-31\",\"percent\":5}\n");
    assertInstanceOf(RecordsReading.Loaded.class, RecordsFolder.load(dir));
  }

  @Test
  void recordsOfAnotherOrganizationOrYearAreRefusedForThePlan() throws IOException {
    write(
        RecordsFolder.MANIFEST,
        """
        {
          "format": "km-records",
          "formatVersion": 1,
          "organization": "ban-waan",
          "fiscalYear": 2570
        }
        """);
    List<RecordsFileProblem> problems = refused(RecordsFolder.load(dir, plan()));
    errorAt(problems, "records.json", 4, "organization");
    errorAt(problems, "records.json", 5, "fiscalYear");
  }

  @Test
  void aFolderWithoutManifestOrWithAStrayFileIsRefused() throws IOException {
    write("staff.jsonl", STAFF);
    write("training.jsonl", "");
    List<RecordsFileProblem> problems = refused(RecordsFolder.load(dir));
    errorAt(problems, "records.json", 0, "");
    assertTrue(errorAt(problems, "training.jsonl", 0, "").message().en().contains("trainings.jsonl"));
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithItsLine() throws IOException {
    write(RecordsFolder.MANIFEST, MANIFEST);
    byte[] tis620 = {'{', '}', '\n', (byte) 0xA1, (byte) 0xD2, '\n'};
    Files.write(dir.resolve("staff.jsonl"), tis620);
    assertTrue(
        errorAt(refused(RecordsFolder.load(dir)), "staff.jsonl", 2, "")
            .message()
            .en()
            .contains("not UTF-8"));
  }

  @Test
  void aRecordOutsideTheFiscalYearIsAWarningAndTheRecordsAreStillRead() throws IOException {
    write(RecordsFolder.MANIFEST, MANIFEST);
    write("staff.jsonl", STAFF);
    write(
        "acknowledgements.jsonl",
        "{\"id\":\"a1\",\"personId\":\"s1\",\"topic\":\"KM_GOALS\",\"date\":\"2026-10-02\"}\n");
    RecordsReading.Loaded loaded =
        assertInstanceOf(RecordsReading.Loaded.class, RecordsFolder.load(dir));
    assertEquals(1, loaded.records().acknowledgements().size());
    RecordsFileProblem warning = loaded.problems().get(0);
    assertEquals(
        List.of("acknowledgements.jsonl", 1, "date", Severity.WARNING),
        List.of(warning.file(), warning.line(), warning.field(), warning.severity()));
  }

  @Test
  void readThrowsWithEveryProblemInBothLanguages() throws IOException {
    write(RecordsFolder.MANIFEST, MANIFEST);
    write("recognitions.jsonl", "{\"id\":\"rc1\",\"personId\":\"s1\",\"kind\":\"BRAVERY\",\"date\":\"2026-01-01\"}\n");
    RecordsFolderException e = assertThrows(RecordsFolderException.class, () -> RecordsFolder.read(dir));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("recognitions.jsonl:1: personId"), e.getMessage());
    assertTrue(e.getMessage().contains("recognitions.jsonl:1: kind"), e.getMessage());
    assertTrue(e.messageTh().contains("recognitions.jsonl บรรทัด 1 ฟิลด์ kind"), e.messageTh());
  }

  @Test
  void aMissingFolderIsRefused() {
    RecordsFolderException e =
        assertThrows(RecordsFolderException.class, () -> RecordsFolder.read(dir.resolve("nowhere")));
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  private static KmPlan plan() {
    return KmPlan.builder()
        .organization(
            Organization.builder()
                .code(OrganizationCode.of("ban-waen"))
                .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
                .name("บ้านแหวน")
                .build())
        .fiscalYear(FiscalYear.ofBuddhistYear(2569))
        .title("แผนการจัดการความรู้")
        .addDivisions(
            new Division(DivisionCode.of("clerk"), "สำนักปลัดเทศบาล"),
            new Division(DivisionCode.of("finance"), "กองคลัง"))
        .addGoals(
            KmGoal.builder()
                .number(1)
                .title("เป้าหมาย")
                .framework(Framework.KM_PROCESS)
                .addActivities(
                    PlanActivity.builder()
                        .number(1)
                        .name("การบ่งชี้ความรู้")
                        .step(KmProcessStep.IDENTIFY)
                        .method("ตรวจสอบ")
                        .period(new ActivityPeriod("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", Optional.empty()))
                        .indicator("รายการความรู้")
                        .target("พนักงานในสังกัด")
                        .responsible("สำนักปลัดเทศบาล")
                        .build())
                .build())
        .build();
  }
}
