package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.km.core.records.StaffMember;

/**
 * The staff form and list: the secretary adds a member who joins in March, then corrects the
 * member's leaving day from the list's link; the retirement day follows the birth date; a division
 * head writes only the own division's staff, staff see no list, and a form without its CSRF token
 * stores nothing.
 */
class StaffFormTest {

  private static final String FORM = "/organizations/ban-waen/record/staff-member?year=2569";

  @Test
  void theSecretaryAddsAMemberAndCorrectsTheLeavingDayFromTheList() {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser().loggedInAs("secretary");
      String csrf = Browser.csrfOf(b.get(FORM));
      HttpResponse<String> added =
          b.postFormValues(FORM, EntryValues.form(EntryValues.valid("staff-member"), csrf));
      assertEquals(303, added.statusCode(), added.body());
      assertTrue(added.headers().firstValue("Location").orElseThrow().startsWith("/organizations/ban-waen/staff"));
      StaffMember stored = member(server, "นางสาวสมหญิง ใจดี");
      assertEquals(LocalDate.of(2026, 3, 1), stored.activeFrom().orElseThrow());
      // Born 2 October 2509 (1966): turns 60 in fiscal year 2570, so retires on 30 September 2027.
      assertEquals(LocalDate.of(2027, 9, 30), stored.retiresOn().orElseThrow());

      String list = b.get("/organizations/ban-waen/staff?year=2569").body();
      String row = list.substring(list.indexOf("<tr id=\"staff-" + stored.id() + "\""));
      row = row.substring(0, row.indexOf("</tr>"));
      assertTrue(row.contains("นางสาวสมหญิง ใจดี") && row.contains("กองคลัง"), row);
      assertTrue(row.contains("1 มีนาคม พ.ศ. 2569"), "joined: " + row);
      assertTrue(row.contains("30 กันยายน พ.ศ. 2570"), "retires: " + row);
      String link = FORM + "&id=" + stored.id();
      assertTrue(row.contains(link), row);

      String edit = b.get(link).body();
      assertTrue(edit.contains("value=\"นางสาวสมหญิง ใจดี\""), "the form opens on the stored values");
      assertTrue(edit.contains("name=\"version\" value=\"0\""), edit);
      Map<String, List<String>> values = new java.util.LinkedHashMap<>(EntryValues.valid("staff-member"));
      values.put("id", List.of(stored.id()));
      values.put("version", List.of("0"));
      values.put("leftOn", List.of("14/3/2569"));
      HttpResponse<String> corrected = b.postFormValues(FORM, EntryValues.form(values, Browser.csrfOf(b.get(FORM))));
      assertEquals(303, corrected.statusCode(), corrected.body());
      assertEquals(LocalDate.of(2026, 3, 14), member(server, "นางสาวสมหญิง ใจดี").activeUntil().orElseThrow());
      assertEquals(3, server.records().records(TestPlans.ORG, TestPlans.FY2569).staff().size(), "corrected, not added");

      HttpResponse<String> stale = b.postFormValues(FORM, EntryValues.form(values, Browser.csrfOf(b.get(FORM))));
      assertEquals(409, stale.statusCode(), "a correction of version 0 after version 1 is a conflict");
    }
  }

  @Test
  void leavingBeforeJoiningIsAFieldError() {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser().loggedInAs("secretary");
      Map<String, List<String>> values = new java.util.LinkedHashMap<>(EntryValues.valid("staff-member"));
      values.put("leftOn", List.of("1/2/2569"));
      HttpResponse<String> r = b.postFormValues(FORM, EntryValues.form(values, Browser.csrfOf(b.get(FORM))));
      assertEquals(422, r.statusCode());
      assertTrue(r.body().contains("วันที่พ้นจากองค์กร (1 กุมภาพันธ์ พ.ศ. 2569) อยู่ก่อนวันที่เริ่มปฏิบัติงาน")
          || r.body().contains("อยู่ก่อนวันที่เริ่มปฏิบัติงาน"), r.body());
      assertEquals(2, server.records().records(TestPlans.ORG, TestPlans.FY2569).staff().size());
    }
  }

  @Test
  void aDivisionHeadWritesOnlyTheOwnDivisionsStaff() {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser().loggedInAs("clerkhead");
      HttpResponse<String> r =
          b.postFormValues(FORM, EntryValues.form(EntryValues.valid("staff-member"), Browser.csrfOf(b.get(FORM))));
      assertEquals(403, r.statusCode(), r.body());
      String list = b.get("/organizations/ban-waen/staff?year=2569").body();
      assertTrue(list.contains("&id=s2\""), "the clerk's office's member can be corrected");
      assertFalse(list.contains("&id=s1\""), "finance's cannot");
      assertEquals(2, server.records().records(TestPlans.ORG, TestPlans.FY2569).staff().size());
    }
  }

  @Test
  void staffSeeNoListAndAFormWithoutItsTokenStoresNothing() {
    try (TestServer server = TestServer.start()) {
      assertEquals(403, server.browser().loggedInAs("prasert").get("/organizations/ban-waen/staff").statusCode());
      Browser b = server.browser().loggedInAs("secretary");
      b.get(FORM);
      HttpResponse<String> r = b.postFormValues(FORM, EntryValues.valid("staff-member"));
      assertEquals(403, r.statusCode());
      assertEquals(2, server.records().records(TestPlans.ORG, TestPlans.FY2569).staff().size());
    }
  }

  private static StaffMember member(TestServer server, String name) {
    return server.records().records(TestPlans.ORG, TestPlans.FY2569).staff().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
