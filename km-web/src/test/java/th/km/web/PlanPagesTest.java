package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages and API resources of the plan, through the real server. */
class PlanPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
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
  void theCommitteesPageListsBothCommitteesWithTheirSeatsInThai() {
    HttpResponse<String> r = staff.get("/organizations/ban-waen/committees");
    assertEquals(200, r.statusCode());
    String body = r.body();
    assertTrue(body.contains("<html lang=\"th\">"), "Thai by default");
    assertTrue(body.contains("เทศบาลตำบลบ้านแหวน"), "organization in the header");
    assertTrue(body.contains("ปีงบประมาณ พ.ศ. 2569"), "fiscal year in the header");
    assertTrue(body.contains("<h2>คณะกรรมการจัดการความรู้</h2>"));
    assertTrue(body.contains("<h2>คณะกรรมการติดตามและประเมินผลแผนการจัดการความรู้</h2>"));
    assertTrue(body.contains("นายสมชาย ใจดี"));
    assertTrue(body.contains("ผู้บริหารด้านการจัดการความรู้ (CKO)"), "seat named in Thai");
    assertTrue(body.contains("รายงานนายกเทศมนตรีอย่างน้อยปีละ ๑ ครั้ง"), "the M&E remit");
    assertTrue(body.contains("กำกับดูแลการจัดการความรู้ของเทศบาล"), "the chair's duties");
  }

  @Test
  void whatAPlanSaysIsEscapedNeverRunAsMarkup() {
    String body = staff.get("/organizations/ban-waen/committees").body();
    assertFalse(body.contains(TestPlans.HOSTILE_TEXT), "markup from the plan reached the page as markup");
    assertTrue(body.contains("&lt;script&gt;"), body);
  }

  @Test
  void theKnowledgeMapGroupsForm1ByDivision() {
    String body = staff.get("/organizations/ban-waen/knowledge-map").body();
    assertTrue(body.contains("<h2>ชื่อส่วนราชการ : กองคลัง</h2>"), body);
    assertTrue(body.contains("การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง"));
    assertTrue(body.contains("<li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li>"));
  }

  @Test
  void theScopesPageShowsTheThreeKindsOfBenefit() {
    String body = staff.get("/organizations/ban-waen/scopes").body();
    assertTrue(body.contains("ขอบเขตที่ 1: การพัฒนางานที่ปฏิบัติ"), body);
    assertTrue(body.contains("<li>ทำงานได้รวดเร็วขึ้น</li>"));
    assertTrue(body.contains("<li>ตัดสินใจได้ดีขึ้น</li>"));
    assertTrue(body.contains("<li>นโยบายพัฒนาบุคลากร</li>"));
  }

  @Test
  void theActionPlanRunsOctoberToSeptemberWithBarsAndTodaysLine() {
    String body = staff.get("/organizations/ban-waen/action-plan").body();
    assertTrue(body.contains("ข้อมูล ณ วันที่ 15 มีนาคม พ.ศ. 2569"), "the as-of date in B.E.");
    int oct = body.indexOf("<span>ต.ค.</span>");
    int sep = body.indexOf("<span>ก.ย.</span>");
    assertTrue(oct > 0 && sep > oct, "months run from October to September");
    assertEquals(3, activeCells(rowOf(body, "1. การบ่งชี้ความรู้")), "Oct-Dec is three months");
    assertEquals(12, activeCells(rowOf(body, "2. การแบ่งปันแลกเปลี่ยนความรู้")), "the whole year");
    assertEquals(0, activeCells(rowOf(body, "3. การเรียนรู้")));
    assertTrue(body.contains("อ่านช่วงเวลา &#39;ตลอดปีงบประมาณ&#39; เป็นเดือนไม่ได้")
        || body.contains("อ่านช่วงเวลา 'ตลอดปีงบประมาณ' เป็นเดือนไม่ได้"), "an unreadable period is said so");
    assertEquals(2, activeCells(rowOf(body, "1. ยกย่องชมเชยบุคลากร")), "Aug-Sep inside the year; October 2569 is not");
    assertTrue(body.contains("ช่วงเวลาบางส่วนอยู่นอกปีงบประมาณ"));
    assertEquals(4, count(body, "class=\"today-line\""), "one line per activity row, in March");
    assertTrue(body.contains("x1=\"46.8\""), "15 March is 46.8% through the month");
    assertTrue(body.contains("class=\"month current\"><span>มี.ค.</span>"), "March is marked as current");
  }

  @Test
  void anotherYearOrAnUnknownOrganizationIsNamedInTheAnswer() {
    HttpResponse<String> year = staff.get("/organizations/ban-waen/action-plan?year=2570");
    assertEquals(404, year.statusCode());
    assertTrue(year.body().contains("ไม่พบแผนการจัดการความรู้ขององค์กร &#39;ban-waen&#39; ปีงบประมาณ พ.ศ. 2570")
        || year.body().contains("ไม่พบแผนการจัดการความรู้ขององค์กร 'ban-waen' ปีงบประมาณ พ.ศ. 2570"), year.body());
    HttpResponse<String> bad = staff.get("/organizations/ban-waen/action-plan?year=soon");
    assertEquals(400, bad.statusCode());
    assertEquals(200, staff.get("/organizations/ban-waen/action-plan?year=๒๕๖๙").statusCode(), "Thai digits");
  }

  @Test
  void theApiGivesTheActionPlanWithReadableMonths() throws Exception {
    HttpResponse<String> r = staff.get("/api/v1/organizations/ban-waen/action-plan");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode plan = JSON.readTree(r.body());
    assertEquals("ban-waen", plan.get("organization").asText());
    assertEquals(2569, plan.get("fiscalYear").asInt());
    JsonNode first = plan.get("items").get(0).get("activities").get(0);
    assertEquals("KM_PROCESS:1", first.get("step").get("key").asText());
    assertEquals("2025-10", first.get("period").get("start").asText());
    assertEquals("2025-12", first.get("period").get("end").asText());
    JsonNode unreadable = plan.get("items").get(0).get("activities").get(2).get("period");
    assertEquals("ตลอดปีงบประมาณ", unreadable.get("text").asText());
    assertFalse(unreadable.has("start"), "no month where the text cannot be read");
  }

  @Test
  void theApiGivesTheCommitteesScopesAndKnowledgeMap() throws Exception {
    JsonNode committees = JSON.readTree(staff.get("/api/v1/organizations/ban-waen/committees").body());
    assertEquals("KNOWLEDGE_MANAGEMENT", committees.get("items").get(0).get("kind").asText());
    assertEquals("CKO", committees.get("items").get(0).get("members").get(0).get("role").asText());
    JsonNode scopes = JSON.readTree(staff.get("/api/v1/organizations/ban-waen/scopes").body());
    assertEquals("การพัฒนางานที่ปฏิบัติ", scopes.get("items").get(0).get("title").asText());
    JsonNode map = JSON.readTree(staff.get("/api/v1/organizations/ban-waen/knowledge-map").body());
    assertEquals("finance", map.get("items").get(0).get("division").asText());
  }

  @Test
  void anUnknownApiPathIsAProblemNotAPage() throws Exception {
    HttpResponse<String> r = staff.get("/api/v1/organizations/ban-waen/nothing-here");
    assertEquals(404, r.statusCode());
    assertEquals("urn:km:problem:not-found", JSON.readTree(r.body()).get("type").asText());
  }

  @Test
  void homeLeadsTheSignedInToTheirOrganizationAndOthersToLogin() {
    assertEquals("/organizations/ban-waen/overview", staff.get("/").headers().firstValue("Location").orElseThrow());
    assertEquals("/login", server.browser().get("/").headers().firstValue("Location").orElseThrow());
  }

  private static String rowOf(String body, String activityHeading) {
    int start = body.indexOf(activityHeading);
    if (start < 0) {
      throw new AssertionError("no row " + activityHeading);
    }
    int end = body.indexOf("</tr>", start);
    return body.substring(start, end);
  }

  private static int activeCells(String row) {
    return count(row, "class=\"m planned\"");
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
