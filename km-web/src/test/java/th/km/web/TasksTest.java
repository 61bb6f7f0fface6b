package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "My tasks" as of 15 March 2026 and the calendar feed: Prasert's overdue report and his two
 * acknowledgements; the chair's report waiting at the second signature; the clerk's office's
 * activity of the month and its member's report due on 27 March; a feed that parses as RFC 5545
 * and holds exactly the dated tasks, reached without a session and dead once revoked.
 */
class TasksTest {

  private static final String PAGE = "/organizations/ban-waen/tasks";
  private static final Pattern FEED = Pattern.compile("<code class=\"feed-url\">http://[^/]+(/calendar/[^<]+)</code>");

  @Test
  void prasertIsToldOfHisOverdueReportAndHisAcknowledgements() {
    try (TestServer server = TestServer.start()) {
      String page = server.browser().loggedInAs("prasert").get(PAGE).body();
      String report = item(page, "report-t2");
      assertTrue(report.contains("class=\"overdue\""), report);
      assertTrue(report.contains("href=\"/organizations/ban-waen/record/training-report?year=2569&amp;training=t2\""), report);
      assertTrue(report.contains("เกินกำหนดตั้งแต่ 4 กุมภาพันธ์ พ.ศ. 2569"), report);
      assertTrue(item(page, "acknowledgement-KM_GOALS").contains("record/acknowledgement?year=2569&amp;topic=KM_GOALS"));
      assertTrue(page.contains("id=\"task-acknowledgement-KM_PRINCIPLES\""));
      assertFalse(page.contains("task-report-t4"), "not his training");
      assertFalse(page.contains("task-activity-"), "finance carries out no activity of the plan");
      assertFalse(page.contains("task-sign-off-"), "staff sign nothing");
    }
  }

  @Test
  void eachRoleSeesTheWorkOfItsStep() {
    try (TestServer server = TestServer.start()) {
      String chair = server.browser().loggedInAs("chair").get(PAGE).body();
      assertTrue(item(chair, "sign-off-r5").contains("record/sign-off?year=2569&amp;report=r5"), chair);
      String head = server.browser().loggedInAs("head").get(PAGE).body();
      assertFalse(head.contains("task-sign-off-r5"), "the director of finance has signed it already");
      assertTrue(head.contains("task-report-t2"), "the own division's overdue report");
      String clerk = server.browser().loggedInAs("clerkhead").get(PAGE).body();
      String activity = item(clerk, "activity-1.2");
      assertTrue(activity.contains("record/progress-update?year=2569&amp;activity=1.2"), activity);
      assertTrue(item(clerk, "report-t4").contains("กำหนด 27 มีนาคม พ.ศ. 2569"), clerk);
      assertFalse(clerk.contains("task-activity-1.1"), "1.1 ended in December");
      String english = server.browser().loggedInAs("clerkhead").get(PAGE + "?lang=en").body();
      assertTrue(item(english, "activity-1.2").contains("Activity 1.2 "), english);
      assertTrue(english.contains("Activities of the plan this month"), english);
    }
  }

  @Test
  void theFeedParsesAndHoldsTheDatedTasksWithoutASessionUntilRevoked() {
    try (TestServer server = TestServer.start()) {
      Browser clerk = server.browser().loggedInAs("clerkhead");
      HttpResponse<String> made = clerk.postForm(PAGE + "/calendar", Map.of("_csrf", Browser.csrfOf(clerk.get(PAGE))));
      assertEquals(303, made.statusCode(), made.body());
      Matcher url = FEED.matcher(clerk.get(PAGE).body());
      assertTrue(url.find(), "the tasks page shows the feed's address");
      String path = url.group(1);

      HttpResponse<String> feed = server.browser().get(path);
      assertEquals(200, feed.statusCode());
      assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
      List<Map<String, String>> events = parse(feed.body());
      assertEquals(2, events.size(), feed.body());
      Map<String, String> report = events.stream().filter(e -> e.get("UID").startsWith("report-t4@")).findFirst().orElseThrow();
      assertEquals("20260327", report.get("DTSTART;VALUE=DATE"));
      assertEquals("20260328", report.get("DTEND;VALUE=DATE"));
      assertTrue(report.get("SUMMARY").startsWith("ส่งรายงานผลการฝึกอบรม ศึกษาดูงานการจัดการขยะชุมชน"), report.toString());
      Map<String, String> activity = events.stream().filter(e -> e.get("UID").equals("activity-1.2@ban-waen.km")).findFirst().orElseThrow();
      assertEquals("20260930", activity.get("DTSTART;VALUE=DATE"));
      List<Map<String, String>> english = parse(server.browser().get(path + "?lang=en").body());
      assertTrue(english.stream().anyMatch(e -> e.get("SUMMARY").startsWith("Activity 1.2 ")), english.toString());
      assertTrue(english.stream().anyMatch(e -> e.get("SUMMARY").startsWith("Hand in the report on ")), english.toString());

      assertEquals(404, server.browser().get(path.replace("/km.ics", "x/km.ics")).statusCode(), "a wrong token");
      clerk.postForm(PAGE + "/calendar/revoke", Map.of("_csrf", Browser.csrfOf(clerk.get(PAGE))));
      assertEquals(404, server.browser().get(path).statusCode(), "revoked");
      assertFalse(FEED.matcher(clerk.get(PAGE).body()).find());
    }
  }

  @Test
  void theFeedsFormsNeedTheirToken() {
    try (TestServer server = TestServer.start()) {
      Browser clerk = server.browser().loggedInAs("clerkhead");
      clerk.get(PAGE);
      assertEquals(403, clerk.postForm(PAGE + "/calendar", Map.of()).statusCode());
      assertFalse(FEED.matcher(clerk.get(PAGE).body()).find(), "no feed was made");
      assertEquals(303, server.browser().get(PAGE).statusCode(), "the page needs a session");
    }
  }

  private static String item(String page, String id) {
    int start = page.indexOf("<li id=\"task-" + id + "\"");
    assertTrue(start >= 0, () -> "no task " + id + " on\n" + page);
    return page.substring(start, page.indexOf("</li>", start));
  }

  /**
   * The events of an iCalendar text, checked as RFC 5545 asks: CRLF line ends, lines of at most 75
   * octets, folded lines joined, BEGIN and END nested and matched, the properties every event needs.
   */
  private static List<Map<String, String>> parse(String ics) {
    assertTrue(ics.endsWith("\r\n"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "longer than 75 octets: " + line);
      assertFalse(line.contains("\n") || line.contains("\r"), "bare line break");
    }
    String unfolded = ics.replace("\r\n ", "");
    Deque<String> open = new ArrayDeque<>();
    List<Map<String, String>> events = new ArrayList<>();
    Map<String, String> event = null;
    for (String line : unfolded.split("\r\n")) {
      int colon = line.indexOf(':');
      assertTrue(colon > 0, () -> "not a content line: " + line);
      String name = line.substring(0, colon);
      String value = line.substring(colon + 1);
      if (name.equals("BEGIN")) {
        open.push(value);
        if (value.equals("VEVENT")) {
          event = new java.util.HashMap<>();
        }
      } else if (name.equals("END")) {
        assertEquals(open.pop(), value, "END matches BEGIN");
        if (value.equals("VEVENT")) {
          for (String needed : List.of("UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY")) {
            assertTrue(event.containsKey(needed), needed);
          }
          events.add(event);
          event = null;
        }
      } else if (event != null) {
        event.put(name, value);
      }
    }
    assertTrue(open.isEmpty(), "every BEGIN has its END");
    assertTrue(unfolded.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    return events;
  }
}
