package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.km.core.records.TrainingReport;

/**
 * What a post-training report says besides its day (the place, what was learned, how it will be
 * used), written through the form and the JSON API: stored as typed, shown on the record's page,
 * and refused field by field when a text breaks the rules (a line break in the place, a
 * text-direction control, too long).
 */
class TrainingReportContentTest {

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

  private HttpResponse<String> post(Map<String, List<String>> values) {
    String token = Browser.csrfOf(secretary.get("/organizations/ban-waen/record"));
    return secretary.postFormValues(
        "/organizations/ban-waen/record/training-report?year=2569", EntryValues.form(values, token));
  }

  private Optional<TrainingReport> reportOf(String training) {
    return server.records().records(TestPlans.ORG, TestPlans.FY2569).trainingReports().stream()
        .filter(r -> r.trainingId().equals(training))
        .findFirst();
  }

  @Test
  void theFormHasTheFieldsAndStoresWhatIsTyped() {
    String form = secretary.get("/organizations/ban-waen/record/training-report?year=2569").body();
    assertTrue(form.contains("name=\"place\""), "a field for the place");
    assertTrue(form.contains("<textarea") && form.contains("name=\"learned\""), "long text for what was learned");
    assertTrue(form.contains("name=\"plannedUse\""), "a field for its use");
    assertTrue(form.contains("ความรู้ที่ได้รับจากการฝึกอบรม"), "labelled as the printed form does");

    Map<String, List<String>> values = EntryValues.valid("training-report");
    values.put("place", List.of("  โรงแรมเซ็นทารา ขอนแก่น  "));
    values.put("learned", List.of("การเขียนคู่มือ\nการถอดบทเรียน"));
    values.put("plannedUse", List.of("จัดทำคู่มือของกองคลัง"));
    HttpResponse<String> r = post(values);

    assertEquals(303, r.statusCode(), r.body());
    TrainingReport stored = reportOf("t2").orElseThrow();
    assertEquals(Optional.of("โรงแรมเซ็นทารา ขอนแก่น"), stored.place(), "trimmed");
    assertEquals(Optional.of("การเขียนคู่มือ\nการถอดบทเรียน"), stored.learned().map(s -> s.replace("\r\n", "\n")));
    assertEquals(Optional.of("จัดทำคู่มือของกองคลัง"), stored.plannedUse());
    String page = secretary.get("/organizations/ban-waen/records/" + stored.id() + "?year=2569").body();
    assertTrue(page.contains("โรงแรมเซ็นทารา ขอนแก่น") && page.contains("จัดทำคู่มือของกองคลัง"), page);
  }

  @Test
  void theFieldsMayBeLeftBlank() {
    assertEquals(303, post(EntryValues.valid("training-report")).statusCode());
    TrainingReport stored = reportOf("t2").orElseThrow();
    assertEquals(Optional.empty(), stored.place());
    assertEquals(Optional.empty(), stored.learned());
    assertEquals(Optional.empty(), stored.plannedUse());
  }

  @Test
  void aTextThatBreaksTheRulesIsRefusedOnItsFieldAndNothingIsStored() {
    Map<String, List<String>> values = EntryValues.valid("training-report");
    values.put("place", List.of("ห้องประชุม\nชั้น ๒"));
    values.put("learned", List.of("ความรู้\u202Eกลับด้าน"));
    values.put("plannedUse", List.of("ก".repeat(20_001)));
    HttpResponse<String> r = post(values);

    assertEquals(422, r.statusCode(), r.body());
    Map<String, String> errors = new LinkedHashMap<>();
    Matcher m = FIELD_ERROR.matcher(r.body());
    while (m.find()) {
      errors.put(m.group(1), m.group(2));
    }
    assertEquals(List.of("place", "learned", "plannedUse"), new ArrayList<>(errors.keySet()), r.body());
    assertTrue(errors.get("place").contains("U+000A"), errors.get("place"));
    assertTrue(errors.get("learned").contains("U+202E"), errors.get("learned"));
    assertTrue(errors.get("plannedUse").contains("20,000"), errors.get("plannedUse"));
    assertEquals(Optional.empty(), reportOf("t2"), "nothing stored");
  }

  @Test
  void theApiWritesThemTooAndNamesAWrongOne() {
    Browser api = server.browser();
    String token = api.apiSignIn("secretary");
    HttpResponse<String> bad =
        api.postJson(
            "/api/v1/organizations/ban-waen/training-reports",
            "{\"trainingId\": \"t2\", \"submittedOn\": \"2026-03-14\", \"place\": \"ห้อง\\u2066ประชุม\"}",
            Map.of("X-CSRF-Token", token));
    assertEquals(422, bad.statusCode(), bad.body());
    JsonNode problem = JsonAssert.hasBothLanguages(bad.body());
    assertEquals("place", problem.get("errors").get(0).get("field").asText());

    HttpResponse<String> ok =
        api.postJson(
            "/api/v1/organizations/ban-waen/training-reports",
            "{\"trainingId\": \"t2\", \"submittedOn\": \"2026-03-14\", \"place\": \"ศาลากลางจังหวัดขอนแก่น\","
                + " \"learned\": \"การจัดการความรู้\", \"plannedUse\": \"ใช้ในงานสารบรรณ\"}",
            Map.of("X-CSRF-Token", token));
    assertEquals(201, ok.statusCode(), ok.body());
    TrainingReport stored = reportOf("t2").orElseThrow();
    assertEquals(Optional.of("ศาลากลางจังหวัดขอนแก่น"), stored.place());
    assertEquals(Optional.of("การจัดการความรู้"), stored.learned());
    assertEquals(Optional.of("ใช้ในงานสารบรรณ"), stored.plannedUse());
  }
}
