package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.web.http.Routes;
import th.km.web.security.Access;

/** Walks every route the server has, so that a new route cannot slip past the access rules. */
class RouteAccessTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRouteThatIsNotPublicTurnsAwayAnonymousRequests() {
    List<Routes.Route> closed = server.routes().stream().filter(r -> r.access() != Access.PUBLIC).toList();
    assertTrue(closed.size() >= 10, "found only " + closed);
    for (Routes.Route route : closed) {
      HttpResponse<String> r = server.browser().send(request(route));
      if (route.path().startsWith("/api/")) {
        assertEquals(401, r.statusCode(), route + " answered " + r.body());
      } else {
        assertEquals(303, r.statusCode(), route + " answered " + r.body());
        assertTrue(r.headers().firstValue("Location").orElseThrow().startsWith("/login"), route.toString());
      }
    }
  }

  @Test
  void everyRouteForFewerThanAllAccountsTurnsAwayStaff() {
    Browser staff = server.browser().loggedInAs("staff");
    Optional<Account> staffAccount =
        Optional.of(new Account("staff", "x", Role.STAFF, TestPlans.ORG, Optional.of(TestPlans.FINANCE), Optional.empty()));
    List<Routes.Route> restricted =
        server.routes().stream().filter(r -> !r.access().allows(staffAccount)).toList();
    assertTrue(!restricted.isEmpty(), "no restricted route to check");
    for (Routes.Route route : restricted) {
      assertEquals(403, staff.send(request(route)).statusCode(), route.toString());
    }
  }

  /** The route's path with its parameters filled in. */
  static String samplePath(String path) {
    return path.replace("{org}", TestPlans.ORG.value())
        .replace("{indicator}", "goal-1-activity-1-1")
        .replace("<id>", "t1")
        .replace("{year}", "2569")
        .replace("{number}", "1")
        .replace("{a}", "1")
        .replace("{b}", "1")
        .replace("{name}", "results")
        .replace("{token}", "not-a-token")
        .replace("{province}", "50")
        .replace("{asset}", "asset-1")

        // An account no test signs in as here: the accounts page deactivates the one it names.
        .replace("{username}", "clerkhead");
  }

  private static HttpRequest request(Routes.Route route) {
    String path = samplePath(route.path());
    return HttpRequest.newBuilder(server.uri(path))
        .method(route.method().name(), HttpRequest.BodyPublishers.noBody())
        .build();
  }
}
