package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trainings page and resource, as of 15 March 2026. */
class TrainingsTest {

  private static TestServer server;
  private static Browser secretary;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    secretary = server.browser().loggedInAs("secretary");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> rows(String body) {
    List<String> rows = new ArrayList<>();
    int at = body.indexOf("<tbody>");
    while ((at = body.indexOf("<tr id=\"training-", at)) > 0) {
      int end = body.indexOf("</tr>", at);
      rows.add(body.substring(at, end));
      at = end;
    }
    return rows;
  }

  @Test
  void theOverdueReportIsListedFirstThenTheDueOnesThenTheSubmitted() {
    List<String> rows = rows(secretary.get("/organizations/ban-waen/trainings").body());
    assertEquals(5, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains(TestYears.OVERDUE_COURSE), rows.get(0));
    assertTrue(rows.get(0).contains("<span class=\"badge report-overdue\">เลยกำหนดส่ง</span>"), rows.get(0));
    assertTrue(rows.get(0).contains("เลยกำหนด 39 วัน"), rows.get(0));
    assertTrue(rows.get(0).contains("<strong>4 กุมภาพันธ์ พ.ศ. 2569</strong>"), "the due day in B.E.");
    assertTrue(rows.get(1).contains("รอส่ง (ยังไม่ถึงกำหนด)"), rows.get(1));
    assertTrue(rows.get(2).contains("ส่งล่าช้า"), rows.get(2));
    assertTrue(rows.get(3).contains("ส่งตามกำหนด"), rows.get(3));
    assertTrue(rows.get(4).contains("ไม่ต้องรายงาน"), rows.get(4));
  }

  @Test
  void aDueDayMovedOverAWeekendSaysWhy() {
    String late =
        rows(secretary.get("/organizations/ban-waen/trainings").body()).stream()
            .filter(r -> r.contains(TestYears.LATE_COURSE))
            .findFirst()
            .orElseThrow();
    assertTrue(late.contains("<strong>9 มีนาคม พ.ศ. 2569</strong>"), late);
    assertTrue(late.contains("ซึ่งเป็นวันหยุด (วันเสาร์, วันอาทิตย์) เลื่อนเป็นวันจันทร์ที่"), late);
  }

  @Test
  void theSignOffChainRunsUpToTheMayorOrSaysItHasNotReachedHimYet() {
    List<String> rows = rows(secretary.get("/organizations/ban-waen/trainings").body());
    String onTime = rows.get(3);
    assertTrue(onTime.contains("<li class=\"head\">นายกเทศมนตรี <small>15 ธันวาคม พ.ศ. 2568</small></li>"), onTime);
    String late = rows.get(2);
    assertTrue(late.contains("ผู้อำนวยการกองคลัง"), late);
    assertTrue(late.contains("<li class=\"pending\">ยังไม่ถึงนายกเทศมนตรี</li>"), late);
  }

  @Test
  void theResourceGivesTheSameOrderAndTheDueDaysReason() throws Exception {
    String json = secretary.get("/api/v1/organizations/ban-waen/trainings").body();
    ApiSchemas.of(server).assertMatches("Trainings", json);
    JsonNode root = ApiSchemas.tree(json);
    JsonNode items = root.get("items");
    assertEquals("t2", items.get(0).get("id").asText());
    assertEquals("OVERDUE", items.get(0).get("status").asText());
    assertEquals(39, items.get(0).get("daysOverdue").asInt());
    assertEquals(1, root.get("counts").get("OVERDUE").asInt());
    JsonNode late = items.get(2);
    assertEquals("t5", late.get("id").asText());
    assertEquals("2026-03-09", late.get("due").get("date").asText());
    assertTrue(late.get("due").get("shifted").asBoolean());
    assertTrue(late.get("due").get("reason").get("en").asText().contains("a day off (Saturday, Sunday)"), json);
    assertFalse(late.get("report").get("reachedHead").asBoolean());
    assertEquals(15, root.get("rule").get("days").asInt());
  }

  @Test
  void beforeTheFirstTrainingThereIsNothingToRemindOf() {
    String body = secretary.get("/organizations/ban-waen/trainings?asOf=2025-11-01").body();
    assertTrue(body.contains("ยังไม่มีการฝึกอบรมในปีนี้"), body);
  }
}
