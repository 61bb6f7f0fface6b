package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Progress saved through the form, as the pages show it on 15 March 2026: the percent and note per
 * activity on the action plan, the overview and the indicator page, the planned months told apart
 * from what was done, the late flag of an activity whose period (October to December) has passed
 * below 100%, and the timeline of each activity's updates.
 */
class ProgressPagesTest {

  private TestServer server;
  private Browser secretary;

  @BeforeEach
  void start() {
    server = TestServer.start();
    secretary = server.browser();
    String csrf = secretary.apiSignIn("secretary");
    report(csrf, "1.1", "1/11/2568", "30", "รวบรวมรายการความรู้ของกองคลังแล้ว");
    report(csrf, "1.1", "20/12/2568", "70", "รวบรวมครบสามกองแล้ว");
    report(csrf, "1.2", "12/3/2569", "100", "จัดอบรมครบตามแผน");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void report(String csrf, String activity, String date, String percent, String note) {
    Map<String, List<String>> v = EntryValues.valid("progress-update");
    v.put("activity", List.of(activity));
    v.put("date", List.of(date));
    v.put("percent", List.of(percent));
    v.put("narrative", List.of(note));
    HttpResponse<String> r =
        secretary.postJson("/api/v1/organizations/ban-waen/progress-updates", EntryValues.json(v), Map.of("X-CSRF-Token", csrf));
    assertEquals(201, r.statusCode(), r.body());
  }

  @Test
  void theActionPlanShowsPlannedMonthsBesideReportedProgressAndFlagsTheLateActivity() {
    String page = server.browser().loggedInAs("staff").get("/organizations/ban-waen/action-plan?year=2569").body();
    assertFalse(page.contains("class=\"m on\""), "no solid month that reads as done");
    assertTrue(page.contains("class=\"m planned\""));
    assertTrue(page.contains("เดือนตามแผน"));
    String first = between(page, "id=\"progress-1-1\"", "</div>");
    assertTrue(first.contains("ร้อยละ 70"), first);
    assertTrue(first.contains("ล่าช้า"), "October to December has passed at 70%");
    assertTrue(first.contains("รวบรวมครบสามกองแล้ว"), "the latest note");
    assertTrue(first.contains("ลำดับการรายงาน (2 ครั้ง)"), first);
    assertTrue(first.indexOf("ร้อยละ 30") < first.indexOf("ร้อยละ 70", first.indexOf("<ol>")), "the timeline runs oldest first");
    String second = between(page, "id=\"progress-1-2\"", "</div>");
    assertTrue(second.contains("เสร็จแล้ว") && !second.contains("ล่าช้า"), second);
    String fourth = between(page, "id=\"progress-4-1\"", "</div>");
    assertTrue(fourth.contains("ยังไม่มีรายงาน") && !fourth.contains("ล่าช้า"), "its period runs to October");

    String before = server.browser().loggedInAs("staff").get("/organizations/ban-waen/action-plan?year=2569&asOf=2025-12-31").body();
    assertFalse(between(before, "id=\"progress-1-1\"", "</div>").contains("ล่าช้า"), "not late on the period's last day");
  }

  @Test
  void theOverviewAndTheIndicatorPageShowTheActivitysProgress() {
    Browser staff = server.browser().loggedInAs("staff");
    String overview = staff.get("/organizations/ban-waen/overview?year=2569").body();
    assertTrue(overview.contains("id=\"activity-progress\""));
    assertTrue(between(overview, "id=\"progress-1-1\"", "</div>").contains("ร้อยละ 70"));
    String indicator = staff.get("/organizations/ban-waen/indicators/goal-1-activity-2-1?year=2569").body();
    assertTrue(between(indicator, "id=\"progress-1-2\"", "</div>").contains("จัดอบรมครบตามแผน"), indicator);
    String english = staff.get("/organizations/ban-waen/action-plan?year=2569&lang=en").body();
    assertTrue(between(english, "id=\"progress-1-1\"", "</div>").contains("Late"));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, () -> "no " + start);
    int to = text.indexOf(end, from);
    return text.substring(from, to);
  }
}
