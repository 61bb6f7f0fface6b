package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;
import th.km.web.entry.EntryContext;
import th.km.web.entry.EntryForm;
import th.km.web.entry.Field;
import th.km.web.entry.Forms;
import th.km.web.i18n.Language;

/**
 * The JSON API's writes: described in the OpenAPI document with the same fields as the forms,
 * answering 422 with a message per field, 409 with what is stored now, and every answer matching
 * its schema.
 */
class EntryApiTest {

  private TestServer server;
  private Browser secretary;
  private String csrf;

  @BeforeEach
  void start() {
    server = TestServer.start();
    secretary = server.browser();
    csrf = secretary.apiSignIn("secretary");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void everyFormIsAnOperationOfTheOpenApiDocumentWithItsFieldsAsTheBodysProperties() {
    ApiSchemas schemas = ApiSchemas.of(server);
    JsonNode paths = schemas.document().get("paths");
    KmPlan plan = TestPlans.banWaen();
    YearRecords records = TestYears.banWaenRecords();
    Account account = new Account("secretary", "x", Role.SECRETARY, TestPlans.ORG, java.util.Optional.empty(), java.util.Optional.empty());
    EntryContext context = new EntryContext(account, plan, records, java.time.LocalDate.of(2026, 3, 15), Language.TH);
    for (EntryForm form : Forms.all()) {
      JsonNode post = paths.get("/api/v1/organizations/{org}/" + form.collection()).get("post");
      assertEquals("#/components/schemas/" + form.schema(),
          post.at("/requestBody/content/application~1json/schema/$ref").asText(), form.slug());
      for (String status : List.of("201", "401", "403", "409", "422")) {
        assertTrue(post.get("responses").has(status), form.slug() + " documents " + status);
      }
      Set<String> fields = new TreeSet<>();
      for (Field f : form.fields(context)) {
        fields.add(f.name());
      }
      Set<String> properties = new TreeSet<>();
      schemas.document().at("/components/schemas/" + form.schema() + "/properties").fieldNames().forEachRemaining(properties::add);
      assertEquals(fields, properties, form.slug() + ": the form's fields are the body's properties");
    }
    assertTrue(paths.has("/api/v1/organizations/{org}/plan-versions/{number}/approval"));
  }

  @Test
  void aBodyWithWrongFieldsIs422WithEachFieldsMessageInBothLanguages() {
    HttpResponse<String> r =
        secretary.postJson(
            "/api/v1/organizations/ban-waen/trainings",
            "{\"personId\": \"s9\", \"title\": \"\", \"trainingKind\": \"TRAINING\", \"setting\": \"EXTERNAL\","
                + " \"start\": \"2026-03-05\", \"end\": \"2026-03-01\"}",
            Map.of("X-CSRF-Token", csrf));
    assertEquals(422, r.statusCode(), r.body());
    ApiSchemas.of(server).assertMatches("Problem", r.body());
    JsonNode problem = JsonAssert.hasBothLanguages(r.body());
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertEquals(List.of("personId", "title", "end"), fields);
    JsonNode end = problem.get("errors").get(2).get("message");
    assertEquals("วันสิ้นสุด (1 มีนาคม พ.ศ. 2569) อยู่ก่อนวันเริ่ม (5 มีนาคม พ.ศ. 2569)", end.get("th").asText());
    assertEquals("The last day (1 March B.E. 2569) is before the first day (5 March B.E. 2569)", end.get("en").asText());
  }

  @Test
  void aCorrectionFromAnOlderVersionIs409WithTheRecordAsStoredNow() {
    String body = "{\"reportId\": \"r5\", \"position\": \"ปลัดเทศบาล\", \"signedOn\": \"2026-03-12\", \"version\": 0}";
    HttpResponse<String> first = secretary.postJson("/api/v1/organizations/ban-waen/sign-offs", body, Map.of("X-CSRF-Token", csrf));
    assertEquals(201, first.statusCode(), first.body());
    ApiSchemas.of(server).assertMatches("SavedRecord", first.body());
    HttpResponse<String> second = secretary.postJson("/api/v1/organizations/ban-waen/sign-offs", body, Map.of("X-CSRF-Token", csrf));
    assertEquals(409, second.statusCode(), second.body());
    ApiSchemas.of(server).assertMatches("Problem", second.body());
    JsonNode current = JsonAssert.hasBothLanguages(second.body()).get("current");
    assertEquals("r5", current.get("id").asText());
    assertEquals(1, current.get("version").asInt());
    assertTrue(current.get("record").toString().contains("ปลัดเทศบาล"), current.toString());
  }

  @Test
  void aWriteWithoutTheCsrfHeaderOrWithoutJsonIsRefused() {
    HttpResponse<String> noToken =
        secretary.postJson("/api/v1/organizations/ban-waen/recognitions", EntryValues.json(EntryValues.valid("recognition")), Map.of());
    assertEquals(403, noToken.statusCode());
    assertEquals("urn:km:problem:csrf", ApiSchemas.tree(noToken.body()).get("type").asText());
    HttpResponse<String> form =
        secretary.send(
            java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/organizations/ban-waen/recognitions"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-Token", csrf)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("personId=s1"))
                .build());
    assertEquals(415, form.statusCode(), form.body());
    JsonAssert.hasBothLanguages(form.body());
  }

  @Test
  void theResultsOfTheApiChangeRightAfterAWrite() {
    String before = secretary.get("/api/v1/organizations/ban-waen/trainings").body();
    assertTrue(before.contains("\"status\":\"OVERDUE\""), before);
    HttpResponse<String> r =
        secretary.postJson("/api/v1/organizations/ban-waen/training-reports",
            EntryValues.json(EntryValues.valid("training-report")), Map.of("X-CSRF-Token", csrf));
    assertEquals(201, r.statusCode(), r.body());
    String after = secretary.get("/api/v1/organizations/ban-waen/trainings").body();
    assertTrue(!after.contains("\"status\":\"OVERDUE\"") && after.contains("\"status\":\"SUBMITTED_LATE\""), after);
  }
}
