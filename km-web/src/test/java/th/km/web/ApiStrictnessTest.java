package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API takes what its OpenAPI document describes and nothing else: a property the schema does
 * not have, a property sent twice, or a body over the size limit is refused with problem JSON in
 * Thai and English that names it, and nothing is stored.
 */
class ApiStrictnessTest {

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
  void aPropertyTheSchemaDoesNotHaveIs422NamingIt() {
    Map<String, List<String>> values = EntryValues.valid("training");
    values.put("approvedByMayor", List.of("true"));
    int before = trainings();
    HttpResponse<String> r = post("trainings", EntryValues.json(values));
    assertEquals(422, r.statusCode(), r.body());
    ApiSchemas.of(server).assertMatches("Problem", r.body());
    JsonNode error = JsonAssert.hasBothLanguages(r.body()).get("errors").get(0);
    assertEquals("approvedByMayor", error.get("field").asText());
    assertTrue(error.get("message").get("en").asText().contains("approvedByMayor"), error.toString());
    assertEquals(before, trainings(), "nothing stored");
  }

  @Test
  void aPropertySentTwiceIs400NamingIt() {
    String body = EntryValues.json(EntryValues.valid("training"));
    String twice = body.substring(0, body.length() - 1) + ", \"title\": \"อีกชื่อหนึ่ง\"}";
    int before = trainings();
    HttpResponse<String> r = post("trainings", twice);
    assertEquals(400, r.statusCode(), r.body());
    JsonNode problem = JsonAssert.hasBothLanguages(r.body());
    assertTrue(problem.get("message").get("en").asText().contains("'title'"), r.body());
    assertTrue(problem.get("message").get("th").asText().contains("'title'"), r.body());
    assertEquals(before, trainings(), "nothing stored");

    HttpResponse<String> session =
        server.browser().postJson(
            "/api/v1/session", "{\"username\": \"secretary\", \"username\": \"cko\", \"password\": \"x\"}", Map.of());
    assertEquals(400, session.statusCode(), session.body());
  }

  @Test
  void theSessionTakesOnlyUsernameAndPassword() {
    HttpResponse<String> r =
        server.browser().postJson(
            "/api/v1/session",
            "{\"username\": \"secretary\", \"password\": \"" + TestServer.PASSWORD + "\", \"role\": \"CKO\"}",
            Map.of());
    assertEquals(422, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"field\":\"role\""), r.body());
  }

  @Test
  void aBodyOverTheLimitIs413InBothLanguages() {
    String huge = "{\"username\": \"" + "a".repeat(10 * 1024 * 1024) + "\", \"password\": \"x\"}";
    HttpResponse<String> r =
        server.browser().send(
            HttpRequest.newBuilder(server.uri("/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge))
                .build());
    assertEquals(413, r.statusCode(), r.body());
    JsonNode problem = JsonAssert.hasBothLanguages(r.body());
    assertEquals("urn:km:problem:too-large", problem.get("type").asText());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
  }

  private int trainings() {
    return server.records().records(TestPlans.ORG, TestPlans.banWaen().fiscalYear()).trainings().size();
  }

  private HttpResponse<String> post(String collection, String json) {
    return secretary.postJson("/api/v1/organizations/ban-waen/" + collection, json, Map.of("X-CSRF-Token", csrf));
  }
}
