package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.web.http.Routes;

/**
 * Javalin tries a method's routes in the order they were registered and takes the first whose path
 * matches, testing one regular expression per route. So no route may stand after one that takes
 * its requests, and the pages asked for most often stand near the front: each route before them
 * costs every one of their requests a failed match (with some hundred routes, a tenth of a public
 * page's processor time under load).
 */
class RouteOrderTest {

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
