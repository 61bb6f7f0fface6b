package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.web.http.Routes;

/** The JSON API: its OpenAPI document covers every route, and every answer matches its schema. */
class ApiTest {

  private static TestServer server;
  private static Browser staff;
  private static ApiSchemas schemas;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = server.browser().loggedInAs("staff");
    schemas = ApiSchemas.of(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theDocumentIsOpenApi31AndServedWithoutSigningIn() {
    HttpResponse<String> r = server.browser().get("/api/v1/openapi.json");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals("3.1.0", schemas.document().get("openapi").asText());
  }

  @Test
  void everyRouteOfTheApiIsInTheDocumentWithItsAccessRule() {
    List<String> missing = new ArrayList<>();
    int api = 0;
    for (Routes.Route route : server.routes()) {
      if (!route.path().startsWith("/api/")) {
        continue;
      }
      api++;
      String path = route.path().replace("<id>", "{id}");
      JsonNode op = schemas.document().get("paths").path(path).path(route.method().name().toLowerCase(java.util.Locale.ROOT));
      if (op.isMissingNode()) {
        missing.add(route.method() + " " + route.path());
      } else {
        assertEquals(route.access().name(), op.get("x-km-access").asText(), route.toString());
      }
    }
    assertTrue(api >= 14, "found only " + api + " API routes");
    assertEquals(List.of(), missing, "API routes missing from the OpenAPI document");
  }

  @Test
  void everyReferencedSchemaExists() {
    String doc = schemas.document().toString();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z]+)").matcher(doc);
    while (m.find()) {
      assertTrue(schemas.document().get("components").get("schemas").has(m.group(1)), m.group(1));
    }
  }

  @Test
  void theResultsMatchTheirSchemaAndCarryTheRecordsBehindEachNumber() {
    String json = staff.get("/api/v1/organizations/ban-waen/results").body();
    schemas.assertMatches("Results", json);
    JsonNode root = ApiSchemas.tree(json);
    assertEquals("ban-waen", root.get("organization").asText());
    assertEquals(2569, root.get("fiscalYear").asInt());
    assertEquals("2026-03-15", root.get("asOf").asText());
    // 1.1, and the training reports whose 100% on time is out of reach.
    assertEquals(2, root.get("counts").get("counts").get("NOT_MET").asInt());
    JsonNode first = root.get("results").get(0);
    assertEquals("goal-1-activity-1-1", first.get("id").asText());
    assertEquals("NOT_MET", first.get("status").asText());
    assertEquals("m1", first.get("recordIds").get(0).asText());
    assertTrue(first.get("reason").get("th").asText().length() > 10);
  }

  @Test
  void oneResultComesWithItsRecords() {
    String json = staff.get("/api/v1/organizations/ban-waen/results/monitoring-training-report-1").body();
    schemas.assertMatches("IndicatorDetail", json);
    JsonNode root = ApiSchemas.tree(json);
    assertEquals(1, root.get("result").get("numerator").asLong());
    assertEquals(3, root.get("result").get("denominator").asLong());
    assertEquals(
        "/api/v1/organizations/ban-waen/records/r1?year=2569", root.get("records").get(0).get("href").asText());
  }

  @Test
  void aRecordComesInBothLanguages() {
    HttpResponse<String> r = staff.get("/api/v1/organizations/ban-waen/records/t5?year=2569");
    assertEquals(200, r.statusCode(), r.body());
    schemas.assertMatches("Record", r.body());
    JsonNode root = ApiSchemas.tree(r.body());
    assertEquals("TRAINING", root.get("kind").asText());
    assertEquals("การฝึกอบรม/สัมมนา/ศึกษาดูงาน/ศึกษาต่อ", root.get("kindName").get("th").asText());
    assertTrue(root.toString().contains("\"en\":\"Back at work\""), root.toString());
  }

  @Test
  void thePlanResourcesAndTheSessionMatchTheirSchemas() {
    schemas.assertMatches("Committees", staff.get("/api/v1/organizations/ban-waen/committees").body());
    schemas.assertMatches("KnowledgeMap", staff.get("/api/v1/organizations/ban-waen/knowledge-map").body());
    schemas.assertMatches("Scopes", staff.get("/api/v1/organizations/ban-waen/scopes").body());
    schemas.assertMatches("ActionPlan", staff.get("/api/v1/organizations/ban-waen/action-plan").body());
    schemas.assertMatches("Session", staff.get("/api/v1/session").body());
    schemas.assertMatches("Session", server.browser().get("/api/v1/session").body());
  }

  @Test
  void errorsAreProblemsThatMatchTheirSchema() {
    HttpResponse<String> r = staff.get("/api/v1/organizations/ban-waen/results/nothing");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    schemas.assertMatches("Problem", r.body());
    assertTrue(r.body().contains("ไม่พบตัวชี้วัด 'nothing'"), r.body());
  }
}
