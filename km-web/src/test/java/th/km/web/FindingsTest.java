package th.km.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan checker's findings on a page and in the API. */
class FindingsTest {

  private static TestServer server;
  private static Browser head;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    head = server.browser().loggedInAs("head");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void thePageNamesEachDefectWhereItIs() {
    String body = head.get("/organizations/ban-waen/findings").body();
    assertTrue(body.contains("<code>PERIOD_UNREADABLE</code>"), body);
    assertTrue(body.contains("เป้าหมาย KM ที่ 1 / กิจกรรมที่ 3"), "where, in Thai");
    assertTrue(body.contains("<code>PERIOD_OUTSIDE_FISCAL_YEAR</code>"), body);
  }

  @Test
  void theResourceHasTheShapeOfKmCheckJson() {
    String json = head.get("/api/v1/organizations/ban-waen/findings").body();
    ApiSchemas.of(server).assertMatches("Findings", json);
    JsonNode root = ApiSchemas.tree(json);
    boolean unreadable = false;
    for (JsonNode f : root.get("findings")) {
      if (f.get("code").asText().equals("PERIOD_UNREADABLE")) {
        unreadable = true;
        assertTrue(f.get("location").asText().startsWith("goal 1 / activity 3"), f.toString());
        assertTrue(f.get("message").get("th").asText().contains("ตลอดปีงบประมาณ"), f.toString());
      }
    }
    assertTrue(unreadable, json);
  }
}
