package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.javalin.http.HandlerType;
import th.km.web.http.Routes;

/**
 * Requests a browser or a scanner may send besides the usual ones: HEAD on every route answers as
 * GET does without a body, a path that climbs out of the static folder gets km's own error page,
 * and a method a page does not take is a 405 that says which it takes.
 */
class RequestsTest {

  private static TestServer server;
  private static Browser secretary;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    secretary = server.browser().loggedInAs("secretary");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void headOnEveryRouteAnswersAsGetWithoutABody() {
    List<Routes.Route> gets = server.routes().stream().filter(r -> r.method() == HandlerType.GET).toList();
    assertTrue(gets.size() > 20, gets.toString());
    for (Routes.Route route : gets) {
      String path = RouteAccessTest.samplePath(route.path());
      for (Browser who : List.of(secretary, server.browser())) {
        HttpResponse<String> get = who.get(path);
        HttpResponse<String> head = who.send(request("HEAD", path));
        assertEquals(get.statusCode(), head.statusCode(), "HEAD " + path + ": " + head.body());
        assertEquals("", head.body(), "HEAD " + path + " has no body");
        assertEquals(
            get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
      }
    }
    HttpResponse<String> css = secretary.send(request("HEAD", "/static/km.css"));
    assertEquals(200, css.statusCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2fth/km/web/i18n/messages_th.properties",
        "/static/%2e%2e/th/km/web/WebApp.class",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/static/%00",
        "/organizations/%2e%2e/overview"
      })
  void aPathThatClimbsOutGetsKmsOwnErrorPage(String path) {
    HttpResponse<String> r = secretary.get(path);
    assertTrue(List.of(400, 403, 404).contains(r.statusCode()), path + " answered " + r.statusCode());
    assertEquals(
        "text/html;charset=utf-8",
        r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT),
        path + " " + r.headers() + r.body());
    assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), path + ": security headers");
    assertTrue(r.headers().firstValue("X-Content-Type-Options").isPresent(), path);
    assertTrue(r.body().contains("lang=\"th\""), path + ": km's page in Thai: " + r.body());
    assertTrue(!r.body().contains("Powered by Jetty") && !r.body().contains("<h2>HTTP ERROR"), r.body());
  }

  @Test
  void anApiPathThatClimbsOutGetsProblemJson() {
    HttpResponse<String> r = secretary.get("/api/v1/%2e%2e/%2e%2e/etc/passwd");
    assertTrue(r.statusCode() == 400 || r.statusCode() == 404, r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
    JsonAssert.hasBothLanguages(r.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
  void aMethodAPageDoesNotTakeIs405WithAllow(String method) {
    for (String path : List.of("/organizations/ban-waen/overview", "/organizations/ban-waen/record/training", "/login")) {
      HttpResponse<String> r = secretary.send(request(method, path));
      assertEquals(405, r.statusCode(), method + " " + path + ": " + r.body());
      String allow = r.headers().firstValue("Allow").orElse("");
      assertTrue(allow.contains("GET"), method + " " + path + " Allow: " + allow);
      assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
    }
    HttpResponse<String> api = secretary.send(request(method, "/api/v1/organizations/ban-waen/trainings"));
    assertEquals(405, api.statusCode(), api.body());
    assertTrue(api.headers().firstValue("Allow").orElse("").contains("GET"));
    JsonAssert.hasBothLanguages(api.body());
  }

  @Test
  void anonymousPageViewsMakeNoServerSession() {
    for (String path :
        List.of("/", "/?lang=en", "/login", "/login?lang=en", "/public/ban-waen/2569", "/organizations/ban-waen/overview", "/no-such-page",
            "/static/km.css", "/api/v1/session", "/api/v1/organizations/ban-waen/public")) {
      Browser anonymous = server.browser();
      HttpResponse<String> r = anonymous.get(path);
      assertTrue(
          r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(WebApp.SESSION_COOKIE)),
          path + " made a session: " + r.headers().allValues("Set-Cookie"));
    }
  }

  private static HttpRequest request(String method, String path) {
    return HttpRequest.newBuilder(server.uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build();
  }
}
