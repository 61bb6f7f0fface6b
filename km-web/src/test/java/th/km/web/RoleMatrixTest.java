package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.km.web.http.Routes;

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
          Map.entry("staff-member", Set.of("secretary", "head")),
          // Accesses to asset a1 of the finance division: the secretary, and its head.
          Map.entry("knowledge-access", Set.of("secretary", "head")),
          // The M&E committee's report to the mayor: its secretary, chair and CKO.
          Map.entry("evaluation-report", Set.of("cko", "chair", "secretary")));

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

  /**
   * Every route the running server has (not a list kept by hand) × every role and the anonymous
   * public × the own and another organization: a route that {@link RouteClasses} does not classify
   * fails; an account of the organization the route's class names is let through (any answer but
   * 401, 403 or the way to the login page), any other account is refused with 403, anyone on another
   * organization's route with 403, and the anonymous public sent to sign in (401 on the API).
   */
  @Test
  void everyRouteOfTheServerAnswersEveryRoleOfTheOwnAndAnotherOrganizationAsItsClassSays() {
    try (TestServer server = TestServer.start()) {
      List<String> unclassified = new ArrayList<>();
      List<String> wrong = new ArrayList<>();
      Map<String, Browser> browsers = new java.util.HashMap<>();
      Map<String, String> tokens = new java.util.HashMap<>();
      int cells = 0;
      for (Routes.Route route : server.routes()) {
        Optional<Set<String>> may = RouteClasses.of(route.method().name(), route.path());
        if (may.isEmpty()) {
          unclassified.add(route.method() + " " + route.path() + " (" + route.access() + " in the code)");
          continue;
        }
        boolean perOrganization = route.path().contains("{org}");
        for (String role : ROLES) {
          for (boolean own : perOrganization ? List.of(true, false) : List.of(true)) {
            Browser b = browsers.computeIfAbsent(role, r -> server.browser());
            String csrf = role.isEmpty() ? "none" : tokens.computeIfAbsent(role, b::apiSignIn);
            HttpResponse<String> r = b.send(request(server, route, own, csrf));
            cells++;
            String cell = route.method() + " " + route.path() + " as " + (role.isEmpty() ? "nobody" : role)
                + (own ? "" : " on another organization") + ": " + r.statusCode();
            expect(route, may.get(), role, own, r).ifPresent(why -> wrong.add(cell + ", " + why));
            if (route.path().equals("/logout") || route.path().equals("/api/v1/session")) {
              tokens.remove(role); // signed out, or signed in afresh: sign in again for the next route
              browsers.remove(role);
            }
          }
        }
      }
      List<String> routes =
          server.routes().stream().map(r -> r.method() + " " + r.path()).toList();
      List<String> stale =
          RouteClasses.all().keySet().stream().filter(k -> !routes.contains(k)).toList();
      assertEquals(List.of(), stale, "classified in RouteClasses, but the server has no such route");
      assertEquals(List.of(), unclassified, "routes that RouteClasses does not classify; wrong too: " + wrong);
      assertEquals(List.of(), wrong, "of " + cells + " route × role × organization cells");
      assertTrue(cells > 500, "only " + cells + " cells");
    }
  }

  /** Why the answer is wrong for the cell, or empty when it is right. */
  private static Optional<String> expect(
      Routes.Route route, Set<String> may, String role, boolean own, HttpResponse<String> r) {
    boolean api = route.path().startsWith("/api/");
    // Signing out ends on the login page: that is its answer, not a refusal.
    boolean toLogin =
        r.statusCode() == 303 && r.headers().firstValue("Location").orElse("").startsWith("/login")
            && !(route.path().equals("/logout") && !role.isEmpty());
    boolean refused = r.statusCode() == 401 || r.statusCode() == 403 || toLogin;
    if (may.isEmpty()) { // RouteClasses.ANYONE; a form sent without its page's CSRF token is a 403
      boolean csrf = r.statusCode() == 403 && !api && route.method().name().equals("POST");
      return refused && !csrf ? Optional.of("a public route refused") : Optional.empty();
    }
    if (role.isEmpty()) {
      boolean signIn = api ? r.statusCode() == 401 : toLogin;
      return signIn ? Optional.empty() : Optional.of("expected to be sent to sign in");
    }
    if (!own || !may.contains(role)) {
      return r.statusCode() == 403 ? Optional.empty() : Optional.of("expected 403");
    }
    return refused ? Optional.of("expected to be let through") : Optional.empty();
  }

  private static java.net.http.HttpRequest request(TestServer server, Routes.Route route, boolean own, String csrf) {
    String path = RouteAccessTest.samplePath(route.path());
    if (!own) {
      path = path.replace(TestPlans.ORG.value(), TestPlans.OTHER_ORG.value());
    }
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(server.uri(path + (path.contains("?") ? "&" : "?") + "year=2569"))
            .header("X-CSRF-Token", csrf);
    if (route.method().name().equals("POST")) {
      if (route.path().startsWith("/api/")) {
        b.header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
      } else {
        b.header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf));
      }
    } else {
      b.method(route.method().name(), java.net.http.HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
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
