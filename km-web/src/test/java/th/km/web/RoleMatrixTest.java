package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each role against each write, through the pages and the JSON API: the secretary records
 * everything; the head of finance the finance division's records; staff member Prasert his own
 * training, report and acknowledgement; the CKO and the chair sign reports off and approve the plan
 * and record nothing else; staff without a linked staff id and the anonymous public nothing. A
 * refused write stores nothing.
 */
class RoleMatrixTest {

  /** The accounts, "" for the anonymous public. */
  private static final List<String> ROLES =
      List.of("", "cko", "chair", "secretary", "head", "staff", "prasert");

  /** Who may make each write about Prasert (s1) and the finance division. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("training", Set.of("secretary", "head", "prasert")),
          Map.entry("training-report", Set.of("secretary", "head", "prasert")),
          Map.entry("sign-off", Set.of("cko", "chair", "secretary", "head")),
          Map.entry("supervisor-rating", Set.of("secretary", "head")),
          Map.entry("knowledge-asset", Set.of("secretary", "head")),
          Map.entry("meeting", Set.of("secretary", "head")),
          Map.entry("acknowledgement", Set.of("secretary", "head", "prasert")),
          // Activity 1.2 is the clerk's office's: not the head of finance's.
          Map.entry("progress-update", Set.of("secretary")),
          Map.entry("recognition", Set.of("secretary", "head")),
          // The M&E committee's problems and recommendations: its secretary, chair and CKO.
          Map.entry("monitoring-note", Set.of("cko", "chair", "secretary")),
          // A member of the finance division: the secretary, and its head.
          Map.entry("staff-member", Set.of("secretary", "head")));

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (String form : EntryValues.FORMS) {
      for (String role : ROLES) {
        cells.add(Arguments.of(form, role));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{1} → {0} (page)")
  @MethodSource("cells")
  void theFormOfThePagesIsStoredOnlyForTheRolesThatMayWriteIt(String form, String role) {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser();
      String csrf;
      if (role.isEmpty()) {
        csrf = Browser.csrfOf(b.get("/login"));
      } else {
        b.loggedInAs(role);
        csrf = Browser.csrfOf(b.get("/organizations/ban-waen/overview"));
      }
      int before = server.records().records(TestPlans.ORG, TestPlans.FY2569).size();
      HttpResponse<String> r =
          b.postFormValues(
              "/organizations/ban-waen/record/" + form + "?year=2569",
              EntryValues.form(EntryValues.valid(form), csrf));
      int after = server.records().records(TestPlans.ORG, TestPlans.FY2569).size();
      int changed = changed(server, before, after, form);
      if (role.isEmpty()) {
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElseThrow().startsWith("/login"));
        assertEquals(0, changed, "nothing stored");
      } else if (ALLOWED.get(form).contains(role)) {
        assertEquals(303, r.statusCode(), () -> role + " " + form + ": " + r.body());
        assertEquals(1, changed, role + " " + form + " stored one record");
      } else {
        assertEquals(403, r.statusCode(), () -> role + " " + form + ": " + r.body());
        assertEquals(0, changed, role + " " + form + " stored nothing");
      }
    }
  }

  @ParameterizedTest(name = "{1} → {0} (API)")
  @MethodSource("cells")
  void theJsonApiStoresOnlyForTheRolesThatMayWriteIt(String form, String role) {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser();
      String csrf = role.isEmpty() ? "none" : b.apiSignIn(role);
      int before = server.records().records(TestPlans.ORG, TestPlans.FY2569).size();
      HttpResponse<String> r =
          b.postJson(
              "/api/v1/organizations/ban-waen/" + EntryValues.collection(form) + "?year=2569",
              EntryValues.json(EntryValues.valid(form)),
              Map.of("X-CSRF-Token", csrf));
      int after = server.records().records(TestPlans.ORG, TestPlans.FY2569).size();
      int changed = changed(server, before, after, form);
      if (role.isEmpty()) {
        assertEquals(401, r.statusCode(), r.body());
        assertEquals(0, changed);
      } else if (ALLOWED.get(form).contains(role)) {
        assertEquals(201, r.statusCode(), () -> role + " " + form + ": " + r.body());
        assertEquals(1, changed);
        ApiSchemas.of(server).assertMatches("SavedRecord", r.body());
      } else {
        assertEquals(403, r.statusCode(), () -> role + " " + form + ": " + r.body());
        assertEquals(0, changed);
        ApiSchemas.of(server).assertMatches("Problem", r.body());
        JsonAssert.hasBothLanguages(r.body());
      }
    }
  }

  @ParameterizedTest(name = "{0} approves the plan")
  @MethodSource("roles")
  void onlyTheCkoAndTheChairApproveThePlan(String role) {
    boolean may = role.equals("cko") || role.equals("chair");
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser();
      String csrf = role.isEmpty() ? "none" : b.apiSignIn(role);
      HttpResponse<String> r =
          b.postJson("/api/v1/organizations/ban-waen/plan-versions/1/approval?year=2569", "{}", Map.of("X-CSRF-Token", csrf));
      assertEquals(role.isEmpty() ? 401 : may ? 200 : 403, r.statusCode(), r.body());
      boolean approved =
          server.plans().approved(TestPlans.ORG, TestPlans.FY2569).isPresent();
      assertEquals(may, approved, role + " approved: " + approved);
    }
  }

  static Stream<String> roles() {
    return ROLES.stream();
  }

  /** How many records the write added or corrected: a sign-off corrects a report in place. */
  private static int changed(TestServer server, int before, int after, String form) {
    if (!form.equals("sign-off")) {
      return after - before;
    }
    return server.records().records(TestPlans.ORG, TestPlans.FY2569).trainingReports().stream()
            .filter(rep -> rep.id().equals("r5"))
            .findFirst()
            .orElseThrow()
            .signOffs()
            .size()
        - 1;
  }
}
