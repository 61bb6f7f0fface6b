package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind an HTTPS proxy ({@code --https-proxy}): the client address is the proxy's X-Forwarded-For,
 * so one client guessing a password is slowed down while the owner, from a client that has not
 * failed, still signs in; the secretary sees and lifts the throttle; the cookie is Secure and HSTS
 * is sent.
 */
class ThrottleAndProxyTest {

  private static final String ATTACKER = "203.0.113.9";
  private static final String OWNER = "198.51.100.7";

  private TestServer server;

  @BeforeEach
  void start() {
    server =
        TestServer.start(
            WebConfig.defaults(Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND)).withHttps(true));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anonymousFailuresSlowTheirClientButNeverLockTheOwnerOut() {
    Browser attacker = server.browser();
    int throttled = 0;
    for (int i = 0; i < 12; i++) {
      int status = signIn(attacker, "secretary", "wrong " + i, ATTACKER).statusCode();
      assertTrue(status == 401 || status == 429, "attempt " + i + ": " + status);
      throttled += status == 429 ? 1 : 0;
    }
    assertTrue(throttled > 0, "the guessing client is slowed down");
    HttpResponse<String> owner = signIn(server.browser(), "secretary", TestServer.PASSWORD, OWNER);
    assertEquals(200, owner.statusCode(), "the right password from a clean client: " + owner.body());
    assertTrue(
        owner.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(WebApp.SESSION_COOKIE) && c.contains("Secure")),
        owner.headers().toString());
    assertTrue(owner.headers().firstValue("Strict-Transport-Security").isPresent());
  }

  @Test
  void theSecretarySeesTheThrottleOnTheAccountsPageAndInTheApiAndLiftsIt() {
    Browser attacker = server.browser();
    for (int i = 0; i < 8; i++) {
      signIn(attacker, "staff", "wrong " + i, ATTACKER);
    }
    assertEquals(429, signIn(attacker, "staff", TestServer.PASSWORD, ATTACKER).statusCode(), "the guessing client waits");

    Browser secretary = server.browser();
    HttpResponse<String> in = signIn(secretary, "secretary", TestServer.PASSWORD, OWNER);
    String csrf = ApiSchemas.tree(in.body()).get("csrfToken").asText();
    // The cookie is Secure: a client sends it over HTTPS only, which the proxy is here.
    String cookie = in.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(WebApp.SESSION_COOKIE)).findFirst().orElseThrow().split(";")[0];
    HttpResponse<String> list = secretary.send(
        HttpRequest.newBuilder(server.uri("/api/v1/organizations/ban-waen/login-throttles"))
            .header("X-Forwarded-For", OWNER).header("Cookie", cookie).GET().build());
    assertEquals(200, list.statusCode(), list.body());
    ApiSchemas.of(server).assertMatches("LoginThrottles", list.body());
    JsonNode first = ApiSchemas.tree(list.body()).get("throttles").get(0);
    assertEquals("staff", first.get("username").asText());
    assertTrue(first.get("failures").asInt() >= 5, list.body());
    String page = secretary.send(
        HttpRequest.newBuilder(server.uri("/organizations/ban-waen/accounts")).header("Cookie", cookie).GET().build()).body();
    assertTrue(page.contains("การหน่วงเวลาเข้าสู่ระบบ") && page.contains("/accounts/staff/lift-throttle"), page);

    HttpResponse<String> lifted = secretary.send(
        HttpRequest.newBuilder(server.uri("/api/v1/organizations/ban-waen/login-throttles/staff"))
            .header("X-CSRF-Token", csrf).header("X-Forwarded-For", OWNER).header("Cookie", cookie).DELETE().build());
    assertEquals(204, lifted.statusCode(), lifted.body());
    assertEquals(200, signIn(attacker, "staff", TestServer.PASSWORD, ATTACKER).statusCode(), "lifted");

    HttpResponse<String> other = secretary.send(
        HttpRequest.newBuilder(server.uri("/api/v1/organizations/ban-waen/login-throttles/other"))
            .header("X-CSRF-Token", csrf).header("Cookie", cookie).DELETE().build());
    assertEquals(404, other.statusCode(), "another organization's account is not the secretary's to lift");
  }

  private static HttpResponse<String> signIn(Browser b, String username, String password, String from) {
    return b.postJson(
        "/api/v1/session",
        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}",
        Map.of("X-Forwarded-For", from, "X-Forwarded-Proto", "https"));
  }
}
