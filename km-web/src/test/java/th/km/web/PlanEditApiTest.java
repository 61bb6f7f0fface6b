package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan editor's API contract: a version read as a plan file with its ETag, a PUT that saves a
 * draft's change as the next version, 409 on an approved or superseded version, 412 on a stale
 * If-Match, 422 naming the bad field or the unknown property, roles and CSRF, and the comparison
 * of two versions, each answer matching the OpenAPI document.
 */
class PlanEditApiTest {

  private static final String VERSIONS = "/api/v1/organizations/ban-waen/plan-versions";

  private TestServer server;
  private ApiSchemas schemas;

  @BeforeEach
  void start() {
    server = TestServer.start();
    schemas = ApiSchemas.of(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> put(Browser b, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", headers.getOrDefault("Content-Type", "application/json"))
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach((name, value) -> {
      if (!name.equals("Content-Type")) {
        r.header(name, value);
      }
    });
    return b.send(r.build());
  }

  private static String retitled(String plan, String title) {
    ObjectNode tree = (ObjectNode) ApiSchemas.tree(plan);
    tree.put("title", title);
    return tree.toString();
  }

  @Test
  void aDraftChangedThroughTheApiBecomesTheNextVersion() {
    Browser secretary = server.browser();
    String csrf = secretary.apiSignIn("secretary");
    HttpResponse<String> one = secretary.get(VERSIONS + "/1?year=2569");
    assertEquals(200, one.statusCode());
    assertEquals("\"1\"", one.headers().firstValue("ETag").orElseThrow());
    schemas.assertMatches("PlanFile", one.body());

    String body = retitled(one.body(), "แผนการจัดการความรู้ ฉบับปรับปรุง");
    assertEquals(403, put(secretary, VERSIONS + "/1?year=2569", body, Map.of()).statusCode(), "no CSRF token");
    HttpResponse<String> stale = put(secretary, VERSIONS + "/1?year=2569", body, Map.of("X-CSRF-Token", csrf, "If-Match", "\"7\""));
    assertEquals(412, stale.statusCode(), stale.body());

    HttpResponse<String> saved = put(secretary, VERSIONS + "/1?year=2569", body, Map.of("X-CSRF-Token", csrf, "If-Match", "\"1\""));
    assertEquals(200, saved.statusCode(), saved.body());
    schemas.assertMatches("PlanVersion", saved.body());
    assertEquals(2, ApiSchemas.tree(saved.body()).get("number").asInt());
    assertEquals("\"2\"", saved.headers().firstValue("ETag").orElseThrow());
    assertTrue(secretary.get(VERSIONS + "/2?year=2569").body().contains("ฉบับปรับปรุง"));

    HttpResponse<String> superseded = put(secretary, VERSIONS + "/1?year=2569", body, Map.of("X-CSRF-Token", csrf));
    assertEquals(409, superseded.statusCode(), "version 1 is no longer the draft to change");

    HttpResponse<String> diff = secretary.get(VERSIONS + "/1/diff/2?year=2569");
    assertEquals(200, diff.statusCode());
    schemas.assertMatches("PlanDiff", diff.body());
    JsonNode part = ApiSchemas.tree(diff.body()).get("parts").get(0);
    assertEquals("title", part.get("part").asText());
    JsonNode change = part.get("changes").get(0);
    assertEquals("changed", change.get("change").asText());
    assertEquals("แผนการจัดการความรู้ ฉบับปรับปรุง", change.get("after").asText());
    assertEquals("ชื่อแผน", change.get("label").asText());
  }

  @Test
  void anApprovedVersionIsNotChangedAndBadBodiesAreRefused() {
    Browser secretary = server.browser();
    String csrf = secretary.apiSignIn("secretary");
    String plan = secretary.get(VERSIONS + "/1?year=2569").body();

    ObjectNode unknown = (ObjectNode) ApiSchemas.tree(plan);
    unknown.put("colour", "green");
    assertEquals(422, put(secretary, VERSIONS + "/1?year=2569", unknown.toString(), Map.of("X-CSRF-Token", csrf)).statusCode());

    ObjectNode badGoal = (ObjectNode) ApiSchemas.tree(plan);
    ((ObjectNode) badGoal.get("goals").get(0)).put("number", "one");
    HttpResponse<String> bad = put(secretary, VERSIONS + "/1?year=2569", badGoal.toString(), Map.of("X-CSRF-Token", csrf));
    assertEquals(422, bad.statusCode());
    schemas.assertMatches("Problem", bad.body());
    assertEquals("goals[0].number", ApiSchemas.tree(bad.body()).get("errors").get(0).get("field").asText());

    ObjectNode otherYear = (ObjectNode) ApiSchemas.tree(plan);
    otherYear.put("fiscalYear", 2570);
    assertEquals(422, put(secretary, VERSIONS + "/1?year=2569", otherYear.toString(), Map.of("X-CSRF-Token", csrf)).statusCode());
    assertEquals(415, put(secretary, VERSIONS + "/1?year=2569", plan, Map.of("X-CSRF-Token", csrf, "Content-Type", "text/plain")).statusCode());

    Browser staff = server.browser();
    String staffCsrf = staff.apiSignIn("staff");
    assertEquals(403, put(staff, VERSIONS + "/1?year=2569", plan, Map.of("X-CSRF-Token", staffCsrf)).statusCode());
    assertEquals(404, secretary.get(VERSIONS + "/9?year=2569").statusCode());

    Browser cko = server.browser();
    String ckoCsrf = cko.apiSignIn("cko");
    HttpResponse<String> approved = cko.postJson(VERSIONS + "/1/approval?year=2569", "{}", Map.of("X-CSRF-Token", ckoCsrf));
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("cko", ApiSchemas.tree(approved.body()).get("approvedBy").asText());
    HttpResponse<String> locked = put(secretary, VERSIONS + "/1?year=2569", retitled(plan, "เปลี่ยน"), Map.of("X-CSRF-Token", csrf));
    assertEquals(409, locked.statusCode());
    assertTrue(locked.body().contains("อนุมัติแล้ว"), locked.body());
    JsonNode listed = ApiSchemas.tree(secretary.get(VERSIONS + "?year=2569").body()).get("versions").get(0);
    assertEquals("cko", listed.get("approvedBy").asText());
  }
}
