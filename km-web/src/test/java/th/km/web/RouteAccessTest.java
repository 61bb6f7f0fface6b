package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import th.km.core.account.Account;
import th.km.core.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.web.http.Routes;
import th.km.web.security.Access;

/**
 * Walks every route the server has, so that a new route cannot slip past the access rules, nor
 * stand behind a route that takes its requests. Javalin tries a method's routes in the order they
 * were registered and takes the first whose path matches, one regular expression per route: so the
 * answers asked for most stand near the front, as each route before them costs every one of their
 * requests a failed match (with some hundred routes, a tenth of a public page's processor time
 * under load).
 */
class RouteAccessTest {

  /** The answers served most, as the benchmark and the public ask for them. */
  private static final List<String> BUSIEST =
      List.of(
          "/public/{org}/{year}",
          "/api/v1/organizations/{org}/results",
          "/organizations/{org}/overview");

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
        .replace("{asset}", TestKnowledge.ASSET)
        .replace("{attachment}", TestKnowledge.ATTACHMENT)

        // An account no test signs in as here: the accounts page deactivates the one it names.
        .replace("{username}", "clerkhead");
  }

  private static HttpRequest request(Routes.Route route) {
    String path = samplePath(route.path());
    return HttpRequest.newBuilder(server.uri(path))
        .method(route.method().name(), HttpRequest.BodyPublishers.noBody())
        .build();
  }

  @Test
  void everyRouteTakesItsOwnRequestsNoEarlierRouteDoes() {
    List<Routes.Route> routes = server.routes();
    assertTrue(routes.size() > 100, "found only " + routes.size() + " routes");
    for (Routes.Route route : routes) {
      String sample = sample(route.path());
      Routes.Route first =
          routes.stream()
              .filter(r -> r.method() == route.method() && pattern(r.path()).matcher(sample).matches())
              .findFirst()
              .orElseThrow(() -> new AssertionError(route + " does not match its own sample " + sample));
      assertEquals(route, first, sample + " goes to an earlier route");
    }
  }

  @Test
  void theBusiestAnswersAreTriedFirst() {
    List<String> gets =
        server.routes().stream().filter(r -> r.method() == HandlerType.GET).map(Routes.Route::path).toList();
    for (String path : BUSIEST) {
      int at = gets.indexOf(path);
      assertTrue(at >= 0, path + " is not a route: " + gets);
      assertTrue(at < 16, path + " is tried after " + at + " other GET routes: " + gets.subList(0, at));
    }
  }

  /** A path of the route with a value in each parameter that no route spells as a literal. */
  private static String sample(String path) {
    return path.replaceAll("\\{[^}/]+}", "p1x").replaceAll("<[^>]+>", "p2x/p3x");
  }

  /** The route's path as Javalin matches it: {@code {x}} one segment, {@code <x>} any text. */
  private static Pattern pattern(String path) {
    StringBuilder regex = new StringBuilder();
    for (String part : path.split("(?=[{<])|(?<=[}>])")) {
      if (part.startsWith("{")) {
        regex.append("[^/]+?");
      } else if (part.startsWith("<")) {
        regex.append(".+?");
      } else {
        regex.append(Pattern.quote(part));
      }
    }
    return Pattern.compile(regex + "/?");
  }
}
