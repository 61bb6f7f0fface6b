package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.YearRecords;
import th.km.web.records.RecordFields;
import org.junit.jupiter.api.Test;

/** The overview and the detail of an indicator, through the real server as of 15 March 2026. */
class OverviewTest extends SignedInOverviewFixture {

  @Test
  void signingInLeadsToTheOverview() {
    assertEquals(
        "/organizations/ban-waen/overview", staff.get("/").headers().firstValue("Location").orElseThrow());
  }

  @Test
  void everyStatusIsABadgeThatSaysItsNameNotAColourAlone() {
    String body = staff.get("/organizations/ban-waen/overview").body();
    assertTrue(body.contains("<span class=\"badge status-not-met\">ไม่บรรลุเป้าหมาย</span>"), body);
    assertTrue(body.contains("<span class=\"badge status-at-risk\">มีความเสี่ยง</span>"), body);
    assertTrue(body.contains("<span class=\"badge status-met\">บรรลุเป้าหมาย</span>"), body);
    assertTrue(body.contains("<span class=\"badge status-report-only\">รายงานผลเท่านั้น</span>"), body);
    assertTrue(body.contains("<span class=\"badge status-on-track\">เป็นไปตามแผน</span>"), body);
    assertTrue(body.contains("ข้อมูล ณ วันที่ 15 มีนาคม พ.ศ. 2569"), "the as-of day in B.E.");
  }

  @Test
  void theCountsPerStatusAddUpToEveryIndicator() {
    String counts = section(staff.get("/organizations/ban-waen/overview").body(), "counts-h");
    // 1.1 not met; 1.2 at risk and met; 1.3 report only; 4.1 on track (nothing recorded yet, none
    // expected yet); the training reports not met (one of three on time: 100% is out of reach).
    assertTrue(counts.contains("<strong class=\"count\">1</strong> บรรลุเป้าหมาย"), counts);
    assertTrue(counts.contains("<strong class=\"count\">1</strong> มีความเสี่ยง"), counts);
    assertTrue(counts.contains("<strong class=\"count\">2</strong> ไม่บรรลุเป้าหมาย"), counts);
    assertTrue(counts.contains("<strong class=\"count\">1</strong> เป็นไปตามแผน"), counts);
    assertTrue(counts.contains("<strong class=\"count\">1</strong> รายงานผลเท่านั้น"), counts);
    assertTrue(counts.contains("บรรลุเป้าหมายแล้วร้อยละ 20.0 (1 จาก 5 ตัวชี้วัดที่วัดผลได้)"), counts);
  }

  @Test
  void whatIsNotMetComesFirstThenWhatIsAtRiskThenOverdueReports() {
    String attention = section(staff.get("/organizations/ban-waen/overview").body(), "attention-h");
    int notMet = attention.indexOf(TestPlans.COMMITTEE_MEETINGS);
    int atRisk = attention.indexOf(TestPlans.WORKSHOP_ATTENDANCE);
    int overdue = attention.indexOf(TestYears.OVERDUE_COURSE);
    assertTrue(notMet > 0 && atRisk > notMet && overdue > atRisk, attention);
    assertTrue(attention.contains("เลยกำหนดมาแล้ว 39 วัน"), attention);
    assertFalse(attention.contains("บุคลากรรับทราบเป้าหมาย KM"), "a met indicator needs no attention");
  }

  @Test
  void theChartHasARowForEveryStepAndElementWithBarsAndWords() {
    String body = staff.get("/organizations/ban-waen/overview").body();
    String chart = body.substring(body.indexOf("<table class=\"step-chart\">"), body.indexOf("</table>", body.indexOf("<table class=\"step-chart\">")));
    assertTrue(chart.contains("1. การบ่งชี้ความรู้"), chart);
    assertTrue(chart.contains("7. การเรียนรู้"), chart);
    assertTrue(chart.contains("6. การยกย่องชมเชยและให้รางวัล"), chart);
    // Step 6 (share) has two indicators, the most of any step: its bar is full, half each.
    assertTrue(chart.contains("<rect class=\"status-met\" x=\"0\" y=\"0\" width=\"50\" height=\"10\"/><rect class=\"status-at-risk\" x=\"50\" y=\"0\" width=\"50\" height=\"10\"/>"), chart);
    assertTrue(chart.contains("<span class=\"chip status-not-met\">ไม่บรรลุเป้าหมาย 1</span>"), chart);
    assertTrue(chart.contains("ไม่มีตัวชี้วัด"), "a step without indicators says so");
  }

  @Test
  void eachActivityShowsItsValueAgainstItsTargetWithALinkToTheDetail() {
    String goal = section(staff.get("/organizations/ban-waen/overview").body(), "goal-1");
    assertTrue(goal.contains("href=\"/organizations/ban-waen/indicators/goal-1-activity-1-1\">" + TestPlans.COMMITTEE_MEETINGS + "</a>"), goal);
    assertTrue(goal.contains("<td class=\"value\">1</td>"), goal);
    assertTrue(goal.contains("<td>ไม่น้อยกว่า 2 ครั้ง</td>"), goal);
  }

  @Test
  void theOverviewSpeaksEnglishOnRequest() {
    String body = server.browser().loggedInAs("staff").get("/organizations/ban-waen/overview?lang=en").body();
    assertTrue(body.contains("<span class=\"badge status-not-met\">not met</span>"), body);
    assertTrue(body.contains("As of 15 March B.E. 2569"), body);
    assertTrue(body.contains("<td>at least 2 ครั้ง</td>"), body);
  }

  @Test
  void anEarlierDayShowsTheYearAsItWasThen() {
    String body = staff.get("/organizations/ban-waen/overview?asOf=2025-10-15").body();
    assertTrue(body.contains("ข้อมูล ณ วันที่ 15 ตุลาคม พ.ศ. 2568"), body);
    assertFalse(body.contains(TestYears.OVERDUE_COURSE), "no training yet in October");
    assertTrue(
        body.contains("href=\"/organizations/ban-waen/indicators/goal-1-activity-1-1?asOf=2025-10-15\""),
        "links keep the day");
  }

  @Test
  void aDayThatIsNoDateIsABadRequestInBothLanguages() throws Exception {
    HttpResponse<String> page = staff.get("/organizations/ban-waen/overview?asOf=30/02/2569");
    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("ไม่ใช่วันที่ที่มีจริง"), page.body());
    HttpResponse<String> api = staff.get("/api/v1/organizations/ban-waen/results?asOf=yesterday");
    assertEquals(400, api.statusCode());
    assertTrue(api.body().contains("'yesterday' is not a day that exists"), api.body());
  }

  @Test
  void aDayTypedInTheBuddhistEraIsTheSameDay() {
    String body = staff.get("/organizations/ban-waen/overview?asOf=15/10/2568").body();
    assertTrue(body.contains("ข้อมูล ณ วันที่ 15 ตุลาคม พ.ศ. 2568"), body);
    assertEquals(
        staff.get("/api/v1/organizations/ban-waen/results?asOf=2025-10-15").body(),
        staff.get("/api/v1/organizations/ban-waen/results?asOf=2568-10-15").body());
  }

  @Test
  void theDetailOfAPercentageNamesItsRuleNumbersReasonAndRecords() {
    HttpResponse<String> r = staff.get("/organizations/ban-waen/indicators/monitoring-training-report-1");
    assertEquals(200, r.statusCode(), r.body());
    String body = r.body();
    assertTrue(body.contains("<span class=\"badge status-not-met\">ไม่บรรลุเป้าหมาย</span>"), body);
    assertTrue(body.contains("<dd class=\"value\">ร้อยละ 33.3</dd>"), body);
    assertTrue(body.contains("<dd>1 / 3</dd>"), "numerator and denominator");
    assertTrue(body.contains("<dd>ไม่น้อยกว่าร้อยละ 100</dd>"), body);
    assertTrue(body.contains("ที่ส่งรายงานผลภายใน 15 วันนับแต่วันกลับ"), "the rule in words");
    assertTrue(body.contains("ส่งล่าช้า 1 รายการ ยังไม่ส่งและเลยกำหนด 1 รายการ"), "the reason");
    assertTrue(body.contains("1 ตุลาคม พ.ศ. 2568 – 30 กันยายน พ.ศ. 2569"), "the period in B.E.");
    assertTrue(body.contains("<a href=\"/organizations/ban-waen/records/t2?year=2569\">t2</a>"), "the overdue training is counted");
    assertTrue(body.contains("<a href=\"/organizations/ban-waen/records/r1?year=2569\">r1</a>"), body);
  }

  @Test
  void aCountedRecordLeadsToItsOwnPage() {
    String body = staff.get("/organizations/ban-waen/records/r1?year=2569").body();
    assertTrue(body.contains("<h1>บันทึก</h1>"), body);
    assertTrue(body.contains("หลักสูตรการจัดทำคู่มือการปฏิบัติงาน"), "the training it reports on");
    assertTrue(body.contains("<a href=\"/organizations/ban-waen/records/t1?year=2569\">"), body);
    assertTrue(body.contains("นายกเทศมนตรี — 15 ธันวาคม พ.ศ. 2568 ✓"), body);
  }

  @Test
  void anUnknownIndicatorOrRecordIsNamedInTheAnswer() {
    HttpResponse<String> indicator = staff.get("/organizations/ban-waen/indicators/goal-9-activity-1-1");
    assertEquals(404, indicator.statusCode());
    assertTrue(indicator.body().contains("ไม่พบตัวชี้วัด 'goal-9-activity-1-1'"), indicator.body());
    HttpResponse<String> record = staff.get("/api/v1/organizations/ban-waen/records/nothing");
    assertEquals(404, record.statusCode());
    assertTrue(record.body().contains("There is no record with the id 'nothing'"), record.body());
  }

  @Test
  void aRecordWhoseIdHasSlashesThaiLettersAndAHashHasItsOwnPage() {
    String id = "ประชุม/2569#3";
    YearRecords records =
        YearRecords.builder()
            .from(TestYears.banWaenRecords())
            .addMeetings(
                Meeting.builder()
                    .id(id)
                    .meetingKind(MeetingKind.SEMINAR)
                    .title("สัมมนาแลกเปลี่ยนเรียนรู้")
                    .date(LocalDate.of(2026, 1, 15))
                    .build())
            .build();
    DashboardSource source =
        DashboardSource.of(List.of(new YearData(TestPlans.banWaen(), records, TestYears.HOLIDAYS)));
    WebConfig config = WebConfig.defaults(Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND));
    try (TestServer own = TestServer.start(config, source)) {
      Browser b = own.browser().loggedInAs("staff");
      String href = RecordFields.href(TestPlans.banWaen(), id);
      assertEquals("/organizations/ban-waen/records/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1/2569%233?year=2569", href);
      HttpResponse<String> page = b.get(href);
      assertEquals(200, page.statusCode(), page.body());
      assertTrue(page.body().contains("สัมมนาแลกเปลี่ยนเรียนรู้"), page.body());
      HttpResponse<String> api = b.get("/api/v1" + href);
      assertEquals(200, api.statusCode(), api.body());
      assertEquals(id, ApiSchemas.tree(api.body()).get("id").asText());
    }
  }

  @Test
  void anotherOrganizationsAccountSeesNoneOfIt() {
    Browser other = server.browser().loggedInAs("other");
    assertEquals(403, other.get("/organizations/ban-waen/overview").statusCode());
    assertEquals(403, other.get("/api/v1/organizations/ban-waen/results").statusCode());
    assertEquals(403, other.get("/api/v1/organizations/ban-waen/trainings").statusCode());
  }

  @Test
  void aYearWithoutRecordsMeetsNothingAndShowsNoDataOnlyWhereThereIsNone() {
    String body = server.browser().loggedInAs("other").get("/organizations/nong-khwai/overview").body();
    assertTrue(body.contains("<strong class=\"count\">0</strong> บรรลุเป้าหมาย"), body);
    // Events not recorded are data: on track while none is expected yet, at risk or not met after.
    assertTrue(body.contains("<strong class=\"count\">2</strong> เป็นไปตามแผน"), body);
    assertTrue(body.contains("<strong class=\"count\">1</strong> ไม่มีข้อมูล"), body);
  }
}
