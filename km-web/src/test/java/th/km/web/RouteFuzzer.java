package th.km.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import th.km.core.testing.fuzz.FuzzRun;
import th.km.web.http.Routes;

/**
 * Sends a run's malformed inputs to every write route of a fuzz server, one dynamic test per
 * route, each input checked by a {@link FuzzTally}. Routes are enumerated from the server, so a
 * new write route fails the suite until {@link FormInputs} has its valid input.
 */
final class RouteFuzzer {

  /** The write routes of uploaded documents: {@code PlanUploadFuzzTest} fuzzes them. */
  static final Set<String> UPLOADS =
      Set.of(
          "/organizations/{org}/plan/import", "/organizations/{org}/plan/import/review",
          "/api/v1/organizations/{org}/plan-imports");

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private RouteFuzzer() {}

  /** The write routes of the server that are, or are not, the API's; sign-ins last, as they throttle. */
  static List<Routes.Route> writes(FuzzServer server, boolean api) {
    List<Routes.Route> routes =
        server.routes().stream()
            .filter(r -> WRITES.contains(r.method().name()))
            .filter(r -> r.path().startsWith(Routes.API_PREFIX) == api)
            .sorted(Comparator.comparing(r -> r.path().equals("/login") || r.path().equals("/api/v1/session") && r.method().name().equals("POST")))
            .toList();
    assertTrue(routes.size() >= (api ? 12 : 14), "too few write routes found: " + routes);
    return routes;
  }

  /** One dynamic test per write route, uploads aside. */
  static Stream<DynamicTest> tests(FuzzServer server, FuzzRun run, boolean api) {
    return writes(server, api).stream()
        .filter(r -> !UPLOADS.contains(r.path()))
        .map(r -> DynamicTest.dynamicTest(r.method() + " " + r.path(), () -> fuzz(server, run, r, api)));
  }

  private static void fuzz(FuzzServer server, FuzzRun run, Routes.Route route, boolean api) {
    String method = route.method().name();
    FormInputs.Target target =
        FormInputs.target(method, route.path())
            .orElseThrow(() -> new AssertionError(route + " has no valid input in FormInputs: add one, so that it is fuzzed"));
    String entryPoint = method + " " + route.path();
    RandomGenerator g = run.random(entryPoint);
    FuzzTally tally = new FuzzTally(run, entryPoint);
    FuzzClient client = client(server, target, api);
    Map<String, Long> before = server.rows();
    String path = target.path().replace("{org}", "ban-waen");
    for (int i = 0; i < run.count(); i++) {
      FormInputs.Request q =
          api
              ? FormInputs.json(g, method, path, validJson(route, target), client.csrf())
              : FormInputs.form(g, path, target.fields(), client.csrf());
      HttpResponse<String> r = client.send(q.method(), q.path(), q.contentType(), q.body(), q.headers());
      Map<String, Long> after = server.rows();
      tally.check(i, r, before, after, q.echoed());
      before = after;
      boolean signedOut = route.path().equals("/logout") || route.path().equals("/api/v1/session");
      if (signedOut && r.statusCode() < 400) {
        tally.reconnected(client);
        client = client(server, target, api);
      }
    }
    tally.reconnected(client);
    tally.assertClean();
  }

  private static FuzzClient client(FuzzServer server, FormInputs.Target target, boolean api) {
    FuzzClient client = new FuzzClient(server.port());
    if (!target.account().isEmpty()) {
      client.signIn(target.account());
    } else if (!api) {
      client.pageCsrf("/login");
    }
    return client;
  }

  private static String validJson(Routes.Route route, FormInputs.Target target) {
    if (route.method().name().equals("DELETE")) {
      return "";
    }
    if (route.path().equals("/api/v1/session")) {
      return "{\"username\": \"" + FormInputs.SIGN_IN_ACCOUNT + "\", \"password\": \"" + TestServer.PASSWORD + "\"}";
    }
    return target.fields().isEmpty() ? "{}" : EntryValues.json(target.fields());
  }
}
