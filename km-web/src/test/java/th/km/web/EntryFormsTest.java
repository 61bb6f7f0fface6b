package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecords;

/**
 * The data-entry forms through the real server as of 15 March 2026: a valid form is stored and
 * the dashboard shows it at once; each wrong field comes back with its message in Thai next to it
 * (English with ?lang=en); a form without the CSRF token stores nothing; a correction made from
 * an older reading shows what is stored now instead of overwriting it.
 */
class EntryFormsTest {

  private static final Pattern FIELD_ERROR =
      Pattern.compile("<p class=\"field-error\" id=\"f-([A-Za-z]+)-error\">([^<]*)</p>");

  private TestServer server;
  private Browser secretary;

  @BeforeEach
  void start() {
    server = TestServer.start();
    secretary = server.browser().loggedInAs("secretary");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String csrf() {
    return Browser.csrfOf(secretary.get("/organizations/ban-waen/record"));
  }

  private HttpResponse<String> post(Browser b, String form, Map<String, List<String>> values, String query) {
    String token = Browser.csrfOf(b.get("/organizations/ban-waen/record"));
    return b.postFormValues(
        "/organizations/ban-waen/record/" + form + "?year=2569" + query, EntryValues.form(values, token));
  }

  private YearRecords stored() {
    return server.records().records(TestPlans.ORG, TestPlans.FY2569);
  }

  /** The message shown next to each field, by field name. */
  private static Map<String, String> fieldErrors(String body) {
    Map<String, String> errors = new LinkedHashMap<>();
    Matcher m = FIELD_ERROR.matcher(body);
    while (m.find()) {
      errors.put(m.group(1), m.group(2));
    }
    return errors;
  }

  static List<String> forms() {
    return EntryValues.FORMS;
  }

  @ParameterizedTest
  @MethodSource("forms")
  void eachFormOpensAndAValidOneIsStoredAndLeadsToTheDashboardWithANotice(String form) {
    HttpResponse<String> page = secretary.get("/organizations/ban-waen/record/" + form + "?year=2569");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("name=\"_csrf\""), "the form carries the CSRF token");
    int before = stored().size();

    HttpResponse<String> r = post(secretary, form, EntryValues.valid(form), "");

    assertEquals(303, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith("/organizations/ban-waen/"), location);
    String shown = secretary.get(location).body();
    assertTrue(shown.contains("class=\"notice\""), "the next page says it was saved: " + location);
    assertTrue(stored().size() == before + 1 || form.equals("sign-off"), "one record more");
  }

  @Test
  void aReportOfTheOverdueTrainingTakesItOffTheOverviewsOverdueListAtOnce() {
    String attention = section(secretary.get("/organizations/ban-waen/overview").body(), "attention-h");
    assertTrue(attention.contains(TestYears.OVERDUE_COURSE) && attention.contains("เลยกำหนดมาแล้ว 39 วัน"), attention);
    HttpResponse<String> form = secretary.get("/organizations/ban-waen/record/training-report?training=t2");
    assertTrue(form.body().contains("<option value=\"t2\" selected>"), "the training asked for is chosen");

    HttpResponse<String> r = post(secretary, "training-report", EntryValues.valid("training-report"), "");

    assertEquals(303, r.statusCode(), r.body());
    assertEquals("/organizations/ban-waen/trainings?year=2569", r.headers().firstValue("Location").orElseThrow());
    String trainings = secretary.get("/organizations/ban-waen/trainings").body();
    String row = trainings.substring(trainings.indexOf("id=\"training-t2\""));
    row = row.substring(0, row.indexOf("</tr>"));
    assertTrue(row.contains("ส่งล่าช้า"), "the report is now late, not missing: " + row);
    String after = section(secretary.get("/organizations/ban-waen/overview").body(), "attention-h");
    assertFalse(after.contains("เลยกำหนดมาแล้ว 39 วัน"), after);
  }

  @Test
  void aNewTrainingAppearsOnTheTrainingsPage() {
    post(secretary, "training", EntryValues.valid("training"), "");
    String trainings = secretary.get("/organizations/ban-waen/trainings").body();
    assertTrue(trainings.contains("หลักสูตรการเงินการคลังท้องถิ่น"), "the new course is listed");
    assertTrue(trainings.contains("4 มีนาคม พ.ศ. 2569"), "its last day, in B.E.");
  }

  @Test
  void aSignOffJoinsTheReportsChain() {
    assertEquals(303, post(secretary, "sign-off", EntryValues.valid("sign-off"), "").statusCode());
    TrainingReport r5 = stored().trainingReports().stream().filter(r -> r.id().equals("r5")).findFirst().orElseThrow();
    assertEquals(2, r5.signOffs().size());
    assertEquals("ปลัดเทศบาล", r5.signOffs().get(1).position());
    String trainings = secretary.get("/organizations/ban-waen/trainings").body();
    String row = trainings.substring(trainings.indexOf("id=\"training-t5\""));
    assertTrue(row.substring(0, row.indexOf("</tr>")).contains("ปลัดเทศบาล"), row);
  }

  @Test
  void aDraftAssetIsPublishedByCorrectingItAndTheAssetsPageShowsIt() {
    HttpResponse<String> form = secretary.get("/organizations/ban-waen/record/knowledge-asset?asset=a2");
    assertTrue(form.body().contains("value=\"a2\""), "the stored asset fills the form");
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("id", List.of("a2"));
    values.put("version", List.of("0"));
    values.put("title", List.of("เรื่องเล่าการให้บริการประชาชน"));
    values.put("assetKind", List.of("STORY"));
    values.put("division", List.of("clerk"));
    values.put("authorIds", List.of("s2"));
    values.put("createdOn", List.of("1/2/2569"));
    values.put("status", List.of("PUBLISHED"));
    values.put("channels", List.of("FACEBOOK"));
    values.put("publishedOn", List.of("2026-03-01"));
    int assetsBefore = stored().knowledgeAssets().size();

    assertEquals(303, post(secretary, "knowledge-asset", values, "").statusCode());

    KnowledgeAsset a2 = stored().knowledgeAsset("a2").orElseThrow();
    assertEquals("PUBLISHED", a2.status().name());
    assertEquals(assetsBefore, stored().knowledgeAssets().size(), "corrected, not added");
    String assets = secretary.get("/organizations/ban-waen/assets").body();
    String row = assets.substring(assets.indexOf("เรื่องเล่าการให้บริการประชาชน"));
    assertTrue(row.substring(0, row.indexOf("</tr>")).contains("เผยแพร่แล้ว"), row);
  }

  @Test
  void everyWrongFieldOfATrainingGetsItsThaiMessageNextToItAndNothingIsStored() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("personId", List.of(""));
    values.put("title", List.of(" "));
    values.put("trainingKind", List.of("PICNIC"));
    values.put("setting", List.of("EXTERNAL"));
    values.put("start", List.of("5/3/2569"));
    values.put("end", List.of("31/2/2569"));
    values.put("returned", List.of("1/3/2569"));
    int before = stored().size();

    HttpResponse<String> r = post(secretary, "training", values, "");

    assertEquals(422, r.statusCode());
    assertEquals(before, stored().size());
    Map<String, String> errors = fieldErrors(r.body());
    assertEquals("ต้องกรอกช่องนี้", errors.get("personId"), r.body());
    assertEquals("ต้องกรอกช่องนี้", errors.get("title"));
    assertEquals("'PICNIC' ไม่ใช่ตัวเลือกของช่องนี้", errors.get("trainingKind"));
    assertEquals("ไม่มีวันที่ '31/2/2569' ในปฏิทิน", errors.get("end"));
    assertEquals(
        "วันกลับมาปฏิบัติงาน (1 มีนาคม พ.ศ. 2569) อยู่ก่อนวันเริ่ม (5 มีนาคม พ.ศ. 2569)", errors.get("returned"));
    assertFalse(errors.containsKey("start"), "a right field has no message");
    assertTrue(r.body().contains("aria-describedby=\"f-end-error\""), "the message is tied to its field");
    assertTrue(r.body().contains("value=\"31/2/2569\""), "what was typed stays in the form");
    assertTrue(r.body().contains("มีข้อมูลไม่ถูกต้อง 5 ช่อง"), "the form says how many fields are wrong");
  }

  @Test
  void theMessagesAreInEnglishWithLangEn() {
    Map<String, List<String>> values = EntryValues.valid("training");
    values.put("start", List.of("1/9/2570"));
    values.put("end", List.of("yesterday"));
    HttpResponse<String> r = post(secretary, "training", values, "&lang=en");
    assertEquals(422, r.statusCode());
    Map<String, String> errors = fieldErrors(r.body());
    assertEquals(
        "The day 1 September B.E. 2570 lies outside fiscal year B.E. 2569 (1 October B.E. 2568 to 30 September B.E. 2569)",
        errors.get("start"), r.body());
    assertTrue(errors.get("end").startsWith("'yesterday' is not a date km can read"), errors.get("end"));
  }

  @Test
  void eachFormNamesWhatIsWrongWithItsOwnFields() {
    Map<String, Map<String, String>> cases = new LinkedHashMap<>();
    cases.put("training-report", Map.of("trainingId", "t1", "submittedOn", "20/3/2569"));
    cases.put("sign-off", Map.of("reportId", "r5", "position", "", "signedOn", "1/3/2569"));
    cases.put("supervisor-rating", Map.of("trainingId", "t9", "before", "-1", "after", "สาม", "ratedOn", "13/3/2569"));
    cases.put("knowledge-asset", Map.of("title", "คู่มือ", "assetKind", "STORY", "withFlowchart", "true", "createdOn", "1/3/2569", "status", "PUBLISHED", "publishedOn", ""));
    cases.put("meeting", Map.of("meetingKind", "WORKSHOP", "title", "ประชุม", "date", "9/3/2569", "attendeeIds", "s9"));
    cases.put("acknowledgement", Map.of("personId", "s2", "topic", "KM_GOALS", "date", "11/3/2569"));
    cases.put("progress-update", Map.of("activity", "9.9", "date", "12/3/2569", "percent", "140", "narrative", ""));
    cases.put("recognition", Map.of("personId", "s1", "recognitionKind", "", "date", "10/3/2570"));
    cases.put("knowledge-access", Map.of("assetId", "a9", "channel", "WEBSITE", "date", "12/3/2569", "hits", "สาม"));
    cases.put("evaluation-report", Map.of("submittedOn", "", "recipient", " ", "recommendations", "ข้อเสนอ"));
    Map<String, Map<String, String>> expected = new LinkedHashMap<>();
    expected.put("training-report", Map.of("trainingId", "การฝึกอบรม \"หลักสูตรการจัดทำคู่มือการปฏิบัติงาน\" ส่งรายงานแล้ว", "submittedOn", "วันที่ 20 มีนาคม พ.ศ. 2569 ยังมาไม่ถึง (วันนี้คือ 15 มีนาคม พ.ศ. 2569)"));
    expected.put("sign-off", Map.of("position", "ต้องกรอกช่องนี้"));
    expected.put("supervisor-rating", Map.of("trainingId", "ไม่มีการฝึกอบรมรหัส 't9' ในบันทึกของปีนี้", "before", "ต้องเป็นจำนวนตั้งแต่ 0 ถึง 1000 แต่ได้ -1", "after", "'สาม' ไม่ใช่จำนวนเต็ม"));
    expected.put("knowledge-asset", Map.of("withFlowchart", "เฉพาะคู่มือการปฏิบัติงานเท่านั้นที่มีแผนผังขั้นตอน", "publishedOn", "ต้องกรอกช่องนี้", "channels", "องค์ความรู้ที่เผยแพร่แล้วต้องระบุช่องทางอย่างน้อยหนึ่งช่องทาง"));
    expected.put("meeting", Map.of("attendeeIds", "ไม่มีบุคลากรรหัส 's9' ในบันทึกของปีนี้"));
    expected.put("acknowledgement", Map.of("topic", "นางสาววิไลวรรณ คำแก้ว รับทราบเรื่องนี้แล้ว"));
    expected.put("progress-update", Map.of("activity", "แผนไม่มีกิจกรรม '9.9'", "percent", "ต้องเป็นจำนวนตั้งแต่ 0 ถึง 100 แต่ได้ 140", "narrative", "ต้องกรอกช่องนี้"));
    expected.put("recognition", Map.of("recognitionKind", "ต้องกรอกช่องนี้", "date", "วันที่ 10 มีนาคม พ.ศ. 2570 อยู่นอกปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม พ.ศ. 2568 ถึง 30 กันยายน พ.ศ. 2569)"));
    expected.put("knowledge-access", Map.of("assetId", "ไม่มีองค์ความรู้รหัส 'a9' ในบันทึกของปีนี้", "hits", "'สาม' ไม่ใช่จำนวนเต็ม"));
    expected.put("evaluation-report", Map.of("submittedOn", "ต้องกรอกช่องนี้", "recipient", "ต้องกรอกช่องนี้"));
    for (String form : cases.keySet()) {
      Map<String, List<String>> values = new LinkedHashMap<>();
      cases.get(form).forEach((k, v) -> values.put(k, List.of(v)));
      HttpResponse<String> r = post(secretary, form, values, "");
      assertEquals(422, r.statusCode(), form + ": " + r.body());
      assertEquals(expected.get(form), fieldErrors(r.body()), form);
    }
  }

  @Test
  void aSignOffBeforeTheStepBeforeItIsRefusedOnItsDate() {
    Map<String, List<String>> values = EntryValues.valid("sign-off");
    values.put("signedOn", List.of("10/3/2569"));
    HttpResponse<String> r = post(secretary, "sign-off", values, "");
    assertEquals(422, r.statusCode());
    assertEquals(
        "วันที่ลงนาม (10 มีนาคม พ.ศ. 2569) อยู่ก่อนขั้นก่อนหน้า (11 มีนาคม พ.ศ. 2569)",
        fieldErrors(r.body()).get("signedOn"));
  }

  @Test
  void aFormWithoutTheCsrfTokenStoresNothing() {
    int before = stored().size();
    Map<String, List<String>> values = EntryValues.form(EntryValues.valid("training"), "forged");
    HttpResponse<String> forged = secretary.postFormValues("/organizations/ban-waen/record/training", values);
    HttpResponse<String> missing =
        secretary.postFormValues("/organizations/ban-waen/record/training", EntryValues.valid("training"));
    assertEquals(403, forged.statusCode());
    assertEquals(403, missing.statusCode());
    assertTrue(forged.body().contains("CSRF"), forged.body());
    assertEquals(before, stored().size());
  }

  @Test
  void aCorrectionFromAnOlderReadingShowsWhatIsStoredNowAndOverwritesNothing() {
    Map<String, List<String>> first = EntryValues.valid("sign-off");
    first.put("version", List.of("0"));
    assertEquals(303, post(secretary, "sign-off", first, "").statusCode());

    Browser head = server.browser().loggedInAs("head");
    Map<String, List<String>> second = EntryValues.valid("sign-off");
    second.put("position", List.of("ผู้อำนวยการกองคลัง"));
    second.put("signedOn", List.of("13/3/2569"));
    second.put("version", List.of("0"));
    HttpResponse<String> r = post(head, "sign-off", second, "");

    assertEquals(409, r.statusCode(), r.body());
    assertTrue(r.body().contains("มีผู้อื่นบันทึกรายการ r5 ก่อนแล้ว"), r.body());
    String current = section(r.body(), "current-h");
    assertTrue(current.contains("ปลัดเทศบาล"), "the stored sign-off is shown: " + current);
    TrainingReport r5 = stored().trainingReports().stream().filter(x -> x.id().equals("r5")).findFirst().orElseThrow();
    assertEquals(2, r5.signOffs().size(), "the second sign-off did not overwrite the first");
    assertTrue(r.body().contains("name=\"version\" value=\"1\""), "saving again is based on what is stored now");
  }

  @Test
  void staffSeeOnlyThemselvesAndTheirOwnTrainingsInTheForms() {
    Browser prasert = server.browser().loggedInAs("prasert");
    String training = prasert.get("/organizations/ban-waen/record/training").body();
    assertTrue(training.contains("value=\"s1\""), "himself");
    assertFalse(training.contains("value=\"s2\""), "nobody else");
    String report = prasert.get("/organizations/ban-waen/record/training-report").body();
    assertTrue(report.contains("value=\"t2\""), "his training without a report");
    assertFalse(report.contains("value=\"t4\""), "not Wilaiwan's");
    String index = prasert.get("/organizations/ban-waen/record").body();
    assertFalse(index.contains("/record/meeting"), "staff are not offered the meeting form");
  }

  @Test
  void staffMayNotRecordForSomeoneElseAndAreToldWhyInBothLanguages() {
    Browser prasert = server.browser().loggedInAs("prasert");
    Map<String, List<String>> values = EntryValues.valid("acknowledgement");
    values.put("personId", List.of("s2"));
    values.put("topic", List.of("KM_PRINCIPLES"));
    HttpResponse<String> th = post(prasert, "acknowledgement", values, "");
    assertEquals(403, th.statusCode());
    assertTrue(th.body().contains("บุคลากรบันทึกได้เฉพาะการฝึกอบรม รายงาน และการรับทราบของตนเอง"), th.body());
    HttpResponse<String> en = post(prasert, "acknowledgement", values, "&lang=en");
    assertTrue(en.body().contains("Staff record only their own trainings, reports and acknowledgements"), en.body());
  }

  @Test
  void theCkoApprovesTheDraftFromThePlanPage() {
    Browser cko = server.browser().loggedInAs("cko");
    String page = cko.get("/organizations/ban-waen/plan").body();
    assertTrue(page.contains("อนุมัติฉบับที่ 1"), page);
    String token = Browser.csrfOf(cko.get("/organizations/ban-waen/plan"));
    HttpResponse<String> r =
        cko.postForm("/organizations/ban-waen/plan/versions/1/approve?year=2569", Map.of("_csrf", token));
    assertEquals(303, r.statusCode(), r.body());
    String after = cko.get("/organizations/ban-waen/plan").body();
    assertTrue(after.contains("อนุมัติแผนฉบับที่ 1 แล้ว"), after);
    assertTrue(section(after, "version-1").contains("อนุมัติแล้ว"), after);
    assertFalse(after.contains("อนุมัติฉบับที่ 1</button>"), "nothing left to approve");
    HttpResponse<String> again =
        cko.postForm("/organizations/ban-waen/plan/versions/1/approve?year=2569", Map.of("_csrf", token));
    assertEquals(409, again.statusCode());
    assertFalse(secretary.get("/organizations/ban-waen/plan").body().contains("<button type=\"submit\" class=\"primary\">อนุมัติ"),
        "the secretary is not offered approval");
  }

  private static String section(String body, String id) {
    int start = body.indexOf("id=\"" + id + "\"");
    assertTrue(start > 0, "no element " + id + " in " + body);
    int end = body.indexOf("</section>", start);
    int row = body.indexOf("</tr>", start);
    if (end < 0 || (row > 0 && row < end)) {
      end = row;
    }
    return body.substring(start, end);
  }
}
