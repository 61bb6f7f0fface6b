package th.km.web;

import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.web.http.Routes;

/**
 * Every HTML page of the server as a path to open, from its routes: each GET route outside the API,
 * the static files and the calendar feeds, with its path parameters filled from sample values of the test year. A
 * route with a parameter this class has no sample for fails the test that asks, so that a new page
 * cannot escape the page-wide checks.
 */
final class PagePaths {

  /** A value of the test year for each path parameter name. */
  private static final Map<String, String> SAMPLES =
      Map.of(
          "org", TestPlans.ORG.value(),
          "indicator", "goal-1-activity-1-1",
          "id", "m1",
          "year", String.valueOf(TestPlans.FY2569.buddhistYear()),
          "number", "1",
          "username", "staff",
          "province", "50",
          "asset", "asset-1");

  private static final Pattern PARAMETER = Pattern.compile("[{<]([^}>]+)[}>]");

  private PagePaths() {}

  /** The pages' paths, in the order the routes were declared. */
  static List<String> of(TestServer server) {
    List<String> paths = new ArrayList<>();
    for (Routes.Route route : server.routes()) {
      if (route.method() != HandlerType.GET
          || route.path().startsWith(Routes.API_PREFIX)
          || route.path().startsWith("/static")
          || route.path().endsWith(".ics")) {
        continue;
      }
      paths.add(filled(route.path()));
    }
    return paths;
  }

  private static String filled(String path) {
    Matcher m = PARAMETER.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String sample = SAMPLES.get(m.group(1));
      if (sample == null) {
        fail("no sample value for {" + m.group(1) + "} in " + path + ": add one to PagePaths.SAMPLES");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(sample));
    }
    m.appendTail(out);
    return out.toString();
  }
}
