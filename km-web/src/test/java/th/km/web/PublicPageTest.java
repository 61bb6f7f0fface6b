package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public page of an organization's year: no login, the results, and nobody's name. */
class PublicPageTest {

  /** Every staff name the test year and plan know, none of which may be published. */
  private static final List<String> NAMES =
      List.of(TestYears.PRASERT, TestYears.WILAIWAN, "นายสมชาย ใจดี", "นางสาวศรีสุดา แก้วใส", "&lt;script&gt;");

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anyoneReachesItWithoutSigningIn() {
    HttpResponse<String> r = server.browser().get("/public/ban-waen/2569");
    assertEquals(200, r.statusCode(), r.body());
    String body = r.body();
    assertTrue(body.contains("<html lang=\"th\">"));
    assertTrue(body.contains("เทศบาลตำบลบ้านแหวน"), "the organization");
    assertTrue(body.contains("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"), "the plan's title");
    assertTrue(body.contains("<span class=\"badge status-not-met\">ไม่บรรลุเป้าหมาย</span>"), "the results");
    assertTrue(body.contains(TestPlans.COMMITTEE_MEETINGS), "the indicators");
    assertTrue(body.contains("<table class=\"step-chart\">"), "the chart");
  }

  @Test
  void itNamesNoStaffMemberAndLinksToNoRecord() {
    String body = server.browser().get("/public/ban-waen/2569").body();
    for (String name : NAMES) {
      assertFalse(body.contains(name), "the public page names " + name);
    }
    assertFalse(body.contains("/records/"), "no link to a record");
    assertFalse(body.contains("/indicators/"), "no link to the signed-in pages");
  }

  @Test
  void itsResourceHasNoRecordIdsAndNoNames() {
    HttpResponse<String> r = server.browser().get("/api/v1/organizations/ban-waen/public?year=2569");
    assertEquals(200, r.statusCode(), r.body());
    ApiSchemas.of(server).assertMatches("Results", r.body());
    for (String name : NAMES) {
      assertFalse(r.body().contains(name), "the public resource names " + name);
    }
    JsonNode results = ApiSchemas.tree(r.body()).get("results");
    for (JsonNode result : results) {
      assertFalse(result.has("recordIds"), result.toString());
    }
  }

  @Test
  void aSignedInPersonSeesTheSamePage() {
    HttpResponse<String> r = server.browser().loggedInAs("staff").get("/public/ban-waen/2569?lang=en");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Results of the KM plan"), r.body());
  }

  @Test
  void anUnknownOrganizationOrYearIsNamed() {
    HttpResponse<String> org = server.browser().get("/public/nowhere/2569");
    assertEquals(404, org.statusCode());
    assertTrue(org.body().contains("nowhere"), org.body());
    HttpResponse<String> year = server.browser().get("/public/ban-waen/2570");
    assertEquals(404, year.statusCode());
    assertTrue(year.body().contains("2570"), year.body());
  }
}
