package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The knowledge assets page and resource, as of 15 March 2026. */
class AssetsTest {

  private static TestServer server;
  private static Browser staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = server.browser().loggedInAs("staff");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void assetsAreGroupedByDivisionInThePlansOrderThenTheWholeOrganization() {
    String body = staff.get("/organizations/ban-waen/assets").body();
    int clerk = body.indexOf(">สำนักปลัดเทศบาล <small>(1 รายการ)</small></h2>");
    int finance = body.indexOf(">กองคลัง <small>(1 รายการ)</small></h2>");
    int all = body.indexOf(">ทั้งองค์กร <small>(1 รายการ)</small></h2>");
    assertTrue(clerk > 0 && finance > clerk && all > finance, body);
    assertTrue(body.contains("<h3>คู่มือการปฏิบัติงาน</h3>"), "grouped by kind");
    assertFalse(body.contains("คู่มือที่ยังไม่ได้เขียน"), "an asset made after the day is not shown");
  }

  @Test
  void eachAssetShowsItsStatusChannelsAndAccessesUpToTheDay() {
    String body = staff.get("/organizations/ban-waen/assets").body();
    String manual = body.substring(body.indexOf("<tr id=\"asset-a1\">"), body.indexOf("</tr>", body.indexOf("<tr id=\"asset-a1\">")));
    assertTrue(manual.contains("<span class=\"badge asset-published\">เผยแพร่แล้ว</span>"), manual);
    assertTrue(manual.contains("เว็บไซต์ <small>ตั้งแต่ 5 ธันวาคม พ.ศ. 2568</small> · เข้าถึง 12 ครั้ง"), manual);
    assertTrue(manual.contains("บอร์ดประชาสัมพันธ์"), manual);
    assertTrue(manual.contains("<td class=\"value\">15</td>"), "April's accesses are not counted in March");
    assertTrue(manual.contains(TestYears.PRASERT), "the author, for the signed-in");
    assertTrue(body.contains("<span class=\"badge asset-draft\">ร่าง</span>"), body);
  }

  @Test
  void theResourceMatchesItsSchema() {
    String json = staff.get("/api/v1/organizations/ban-waen/assets").body();
    ApiSchemas.of(server).assertMatches("Assets", json);
    JsonNode root = ApiSchemas.tree(json);
    assertEquals(15, root.get("accesses").asLong());
    assertEquals(2, root.get("counts").get("PUBLISHED").asInt());
    JsonNode last = root.get("divisions").get(root.get("divisions").size() - 1);
    assertFalse(last.has("division"), "the organization-wide group names no division");
  }

  @Test
  void laterTheAccessesOfAprilCount() {
    JsonNode root = ApiSchemas.tree(staff.get("/api/v1/organizations/ban-waen/assets?asOf=2026-09-30").body());
    assertEquals(115, root.get("accesses").asLong());
  }
}
