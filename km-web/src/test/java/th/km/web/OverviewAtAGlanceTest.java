package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The overview read at a glance, as of 15 March 2026: a division's share of the plan, "met of N"
 * without the report-only indicators, percentages with one decimal, the trend by month's end, and
 * who must act on each item that needs attention.
 */
class OverviewAtAGlanceTest extends SignedInOverviewFixture {

  @Test
  void aGoalCountsOnlyTheIndicatorsThatCanBeMet() {
    // Goal 1: 1.1 not met, 1.2 at risk and met, 1.3 report only: 1 met of 3 measurable.
    String goal = section(staff.get("/organizations/ban-waen/overview").body(), "goal-1");
    assertTrue(goal.contains("บรรลุ 1 จาก 3 ตัวชี้วัดที่วัดผลได้"), goal);
  }

  @Test
  void percentagesHaveOneDecimalRoundedDown() {
    String body = staff.get("/organizations/ban-waen/overview").body();
    assertTrue(section(body, "counts-h").contains("บรรลุเป้าหมายแล้วร้อยละ 20.0 (1 จาก 5"), body);
    // The training reports: one of three on time is 33.33…%, shown 33.3, never 33.33 or 33.
    String monitoring = section(body, "monitoring");
    assertTrue(monitoring.contains("ร้อยละ 33.3 <small>(1 / 3)</small>"), monitoring);
    assertFalse(monitoring.contains("33.33"), monitoring);
  }

  @Test
  void aDivisionSeesOnlyWhatItAnswersFor() {
    String clerk = staff.get("/organizations/ban-waen/overview?division=clerk").body();
    assertTrue(clerk.contains("<option value=\"clerk\" selected>สำนักปลัดเทศบาล</option>"), clerk);
    assertTrue(section(clerk, "goal-1").contains(TestPlans.COMMITTEE_MEETINGS), clerk);
    // The monitoring rules are the whole organization's: the training reports are not counted.
    String counts = section(clerk, "counts-h");
    assertTrue(counts.contains("<strong class=\"count\">1</strong> ไม่บรรลุเป้าหมาย"), counts);
    assertFalse(clerk.contains("id=\"monitoring\""), "no monitoring rules for a division");
    assertFalse(section(clerk, "attention-h").contains(TestYears.OVERDUE_COURSE), "no overdue reports");

    String finance = staff.get("/organizations/ban-waen/overview?division=finance").body();
    assertTrue(finance.contains("ส่วนราชการนี้ไม่ได้รับผิดชอบกิจกรรมใดในแผน"), finance);
    assertFalse(finance.contains("id=\"goal-1\""), finance);
  }

  @Test
  void anUnknownDivisionIsABadRequestThatNamesIt() {
    HttpResponse<String> answer = staff.get("/organizations/ban-waen/overview?division=nowhere");
    assertEquals(400, answer.statusCode());
    assertTrue(answer.body().contains("ไม่มีส่วนราชการรหัส \"nowhere\""), answer.body());
  }

  @Test
  void theTrendHasEveryMonthEndSoFarThenTheDay() {
    String trend = section(staff.get("/organizations/ban-waen/overview").body(), "trend-h");
    String[] days = {
      "31 ตุลาคม พ.ศ. 2568", "30 พฤศจิกายน พ.ศ. 2568", "31 ธันวาคม พ.ศ. 2568",
      "31 มกราคม พ.ศ. 2569", "28 กุมภาพันธ์ พ.ศ. 2569", "15 มีนาคม พ.ศ. 2569"
    };
    int at = 0;
    for (String day : days) {
      int next = trend.indexOf("<th scope=\"row\">" + day + "</th>", at);
      assertTrue(next >= at, day + " in order in " + trend);
      at = next;
    }
    assertFalse(trend.contains("31 มีนาคม พ.ศ. 2569"), "no month end after the as-of day");
    // On 31 October the committee still had time for its two meetings; by 15 March it has not.
    String october = trend.substring(trend.indexOf(days[0]), trend.indexOf(days[1]));
    String march = trend.substring(trend.indexOf(days[5]));
    assertFalse(october.contains("ไม่บรรลุเป้าหมาย 2"), october);
    assertTrue(march.contains("ไม่บรรลุเป้าหมาย 2"), march);
  }

  @Test
  void theAttentionListSaysWhoMustAct() {
    String attention = section(staff.get("/organizations/ban-waen/overview").body(), "attention-h");
    assertTrue(attention.contains("ผู้รับผิดชอบ: สำนักปลัดเทศบาล"), attention);
    assertTrue(attention.contains("ผู้รับผิดชอบ: รองปลัดเทศบาล"), "the monitoring committee's chair");
    String overdue = attention.substring(attention.indexOf(TestYears.OVERDUE_COURSE));
    assertTrue(overdue.contains("ผู้รับผิดชอบ: " + TestYears.PRASERT), overdue);
  }

  @Test
  void theEnglishOverviewSaysTheSame() {
    String body =
        server.browser().loggedInAs("staff").get("/organizations/ban-waen/overview?lang=en&division=clerk").body();
    assertTrue(body.contains("Responsible: สำนักปลัดเทศบาล"), body);
    assertTrue(body.contains("Trend of statuses at each month end"), body);
    assertTrue(body.contains("1 of 3 measurable indicators met"), body);
  }
}
