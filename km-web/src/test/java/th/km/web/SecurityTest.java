package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.web.security.Csrf;

/** Security behaviour through the real server: headers, cookies, CSRF, login and roles. */
class SecurityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FORM_ERROR = Pattern.compile("<p class=\"form-error\"[^>]*>([^<]*)</p>");

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
  void everyKindOfAnswerCarriesTheSecurityHeaders() {
    Browser b = server.browser();
    for (String path : List.of("/login", "/static/km.css", "/no-such-page", "/api/v1/no-such-thing")) {
      HttpResponse<String> r = b.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndLaxAndNotSecureOverPlainHttp() {
    Browser b = server.browser();
    String csrfCookie = cookieHeader(b.get("/login"), Csrf.COOKIE);
    assertTrue(csrfCookie.contains("HttpOnly"), csrfCookie);
    assertTrue(csrfCookie.contains("SameSite=Strict"), csrfCookie);
    assertFalse(csrfCookie.contains("Secure"), csrfCookie);
    String setCookie = sessionCookieHeader(b.logIn("staff", TestServer.PASSWORD));
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    assertFalse(setCookie.contains("Secure"), setCookie);
  }

  @Test
  void overHttpsTheSessionCookieIsSecureAndHstsIsSent() {
    WebConfig https =
        WebConfig.defaults(Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND)).withHttps(true);
    try (TestServer secure = TestServer.start(https)) {
      Browser b = secure.browser();
      HttpResponse<String> form = b.get("/login");
      assertTrue(cookieHeader(form, Csrf.COOKIE).contains("Secure"), cookieHeader(form, Csrf.COOKIE));
      // The form's Secure cookie never goes back over this plain-HTTP test client: sign in by the API.
      HttpResponse<String> r =
          b.postJson(
              "/api/v1/session", "{\"username\":\"staff\",\"password\":\"" + TestServer.PASSWORD + "\"}", Map.of());
      assertTrue(sessionCookieHeader(r).contains("Secure"), sessionCookieHeader(r));
      assertTrue(r.headers().firstValue("Strict-Transport-Security").isPresent());
    }
  }

  @Test
  void aFormPostWithoutTheTokenIsRefusedWithThaiAndEnglish() {
    Browser b = server.browser();
    b.get("/login");
    HttpResponse<String> thai =
        b.postForm("/login", Map.of("username", "secretary", "password", TestServer.PASSWORD));
    assertEquals(403, thai.statusCode());
    assertTrue(thai.body().contains("รหัสป้องกันการปลอมแปลงคำขอ (CSRF)"), thai.body());
    assertTrue(b.cookie(Csrf.COOKIE).isPresent(), "the login page gave its token in a cookie");
    assertTrue(b.cookie(WebApp.SESSION_COOKIE).isEmpty(), "and made no server session");
    HttpResponse<String> english =
        b.postForm("/login?lang=en", Map.of("username", "secretary", "password", TestServer.PASSWORD));
    assertEquals(403, english.statusCode());
    assertTrue(english.body().contains("lacks a valid CSRF token"), english.body());
  }

  @Test
  void theLoginFormsTokenMustBeTheOneItsCookieCarriesAndSignedByTheServer() {
    Browser b = server.browser();
    String token = Browser.csrfOf(b.get("/login"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", "secretary");
    form.put("password", TestServer.PASSWORD);
    form.put("_csrf", token + "x");
    assertEquals(403, b.postForm("/login", form).statusCode(), "a token the cookie does not carry");
    String unsigned = "A".repeat(86);
    form.put("_csrf", unsigned);
    assertEquals(
        403,
        server.browser().plantCookie(Csrf.COOKIE, unsigned).postForm("/login", form).statusCode(),
        "a pair the server did not sign");
    Browser other = server.browser();
    form.put("_csrf", token);
    assertEquals(403, other.postForm("/login", form).statusCode(), "another browser's token without its cookie");
    assertEquals(303, b.logIn("secretary", TestServer.PASSWORD).statusCode(), "the form as the page gave it");
  }

  @Test
  void aFormPostWithAWrongTokenIsRefusedEvenWhenSignedIn() {
    Browser b = server.browser().loggedInAs("secretary");
    HttpResponse<String> r = b.postForm("/logout", Map.of("_csrf", "forged-token"));
    assertEquals(403, r.statusCode());
    assertEquals(200, b.get("/organizations/ban-waen/committees").statusCode(), "still signed in");
  }

  @Test
  void anApiChangeWithoutTheTokenHeaderGetsProblemJsonInBothLanguages() throws Exception {
    Browser b = server.browser().loggedInAs("secretary");
    HttpResponse<String> r =
        b.send(HttpRequest.newBuilder(server.uri("/api/v1/session")).DELETE().build());
    assertEquals(403, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    JsonNode problem = JSON.readTree(r.body());
    assertEquals("urn:km:problem:csrf", problem.get("type").asText());
    assertEquals(403, problem.get("status").asInt());
    assertEquals("/api/v1/session", problem.get("instance").asText());
    assertTrue(problem.get("message").get("th").asText().contains("CSRF"), r.body());
    assertTrue(problem.get("message").get("en").asText().contains("CSRF token"), r.body());
  }

  @Test
  void aWrongUsernameAndAWrongPasswordGetTheSameAnswer() {
    HttpResponse<String> wrongUser = server.browser().logIn("nobody-here", TestServer.PASSWORD);
    HttpResponse<String> wrongPassword = server.browser().logIn("chair", "not the password");
    assertEquals(401, wrongUser.statusCode());
    assertEquals(wrongUser.statusCode(), wrongPassword.statusCode());
    assertEquals("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", formError(wrongUser));
    assertEquals(formError(wrongUser), formError(wrongPassword));
    assertEquals(normalized(wrongUser.body()), normalized(wrongPassword.body()));
  }

  @Test
  void theApiLoginFailureNamesNeitherPart() throws Exception {
    HttpResponse<String> r =
        server.browser().postJson("/api/v1/session", "{\"username\":\"chair\",\"password\":\"x\"}", Map.of());
    assertEquals(401, r.statusCode());
    JsonNode message = JSON.readTree(r.body()).get("message");
    assertEquals("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", message.get("th").asText());
    assertEquals("Wrong username or password", message.get("en").asText());
  }

  @Test
  void theApiLoginTakesOnlyJsonSoThatNoCrossSiteFormCanPostIt() {
    HttpResponse<String> r =
        server.browser().postForm("/api/v1/session", Map.of("username", "chair", "password", TestServer.PASSWORD));
    assertEquals(415, r.statusCode(), r.body());
  }

  @Test
  void anApiClientSignsInAndUsesTheTokenItWasGiven() throws Exception {
    Browser b = server.browser();
    HttpResponse<String> in =
        b.postJson(
            "/api/v1/session",
            "{\"username\":\"chair\",\"password\":\"" + TestServer.PASSWORD + "\"}",
            Map.of());
    assertEquals(200, in.statusCode(), in.body());
    JsonNode session = JSON.readTree(in.body());
    assertEquals("CHAIR", session.get("role").asText());
    String token = session.get("csrfToken").asText();
    HttpResponse<String> out =
        b.send(
            HttpRequest.newBuilder(server.uri("/api/v1/session"))
                .header("X-CSRF-Token", token)
                .DELETE()
                .build());
    assertEquals(204, out.statusCode(), out.body());
    assertEquals(401, b.get("/api/v1/organizations/ban-waen/committees").statusCode());
  }

  @Test
  void signingInGivesTheSessionANewId() {
    Browser b = server.browser();
    // A session id planted by someone else (session fixation) is never the one signed in.
    b.plantCookie(WebApp.SESSION_COOKIE, "planted-session-id");
    b.loggedInAs("staff");
    assertNotEquals("planted-session-id", b.cookie(WebApp.SESSION_COOKIE).orElseThrow());
  }

  @Test
  void manyFailuresSlowTheClientThatFailedEvenWithTheRightPassword() {
    WebConfig config = WebConfig.defaults(Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND));
    try (TestServer own = TestServer.start(config)) {
      for (int i = 0; i < config.maxLoginFailures(); i++) {
        assertEquals(401, own.browser().logIn("head", "wrong " + i).statusCode());
      }
      HttpResponse<String> locked = own.browser().logIn("head", TestServer.PASSWORD);
      assertEquals(429, locked.statusCode());
      assertTrue(formError(locked).contains("จากเครื่องนี้"), formError(locked));
      assertTrue(locked.headers().firstValue("Retry-After").isPresent());
      assertEquals(303, own.browser().logIn("chair", TestServer.PASSWORD).statusCode(), "others may sign in");
    }
  }

  @Test
  void emptyFieldsAreNamedNextToTheField() {
    Browser b = server.browser();
    String token = Browser.csrfOf(b.get("/login"));
    HttpResponse<String> r = b.postForm("/login", Map.of("_csrf", token, "username", " ", "password", ""));
    assertEquals(422, r.statusCode());
    assertTrue(r.body().contains("id=\"username-error\">กรุณากรอกชื่อผู้ใช้<"), r.body());
    assertTrue(r.body().contains("id=\"password-error\">กรุณากรอกรหัสผ่าน<"), r.body());
  }

  @Test
  void afterSigningInAPersonReturnsToThePageAskedForButNeverToAnotherSite() {
    Browser b = server.browser();
    HttpResponse<String> asked = b.get("/organizations/ban-waen/scopes");
    assertEquals(303, asked.statusCode());
    String location = asked.headers().firstValue("Location").orElseThrow();
    assertEquals("/login?next=%2Forganizations%2Fban-waen%2Fscopes", location);
    String token = Browser.csrfOf(b.get(location));
    HttpResponse<String> in =
        b.postForm(
            "/login",
            Map.of("_csrf", token, "username", "cko", "password", TestServer.PASSWORD, "next", "/organizations/ban-waen/scopes"));
    assertEquals("/organizations/ban-waen/scopes", in.headers().firstValue("Location").orElseThrow());

    Browser c = server.browser();
    String t2 = Browser.csrfOf(c.get("/login"));
    HttpResponse<String> evil =
        c.postForm(
            "/login",
            Map.of("_csrf", t2, "username", "cko", "password", TestServer.PASSWORD, "next", "//evil.example/x"));
    assertEquals("/organizations/ban-waen/overview", evil.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void staffCannotReachTheSecretarysPageButTheSecretaryCan() {
    HttpResponse<String> staff = server.browser().loggedInAs("staff").get("/organizations/ban-waen/accounts");
    assertEquals(403, staff.statusCode());
    assertTrue(staff.body().contains("บทบาทของบัญชีนี้ไม่มีสิทธิ์"), staff.body());
    HttpResponse<String> secretary =
        server.browser().loggedInAs("secretary").get("/organizations/ban-waen/accounts");
    assertEquals(200, secretary.statusCode());
    assertTrue(secretary.body().contains("<td>staff</td>"), secretary.body());
    assertFalse(secretary.body().contains("<td>other</td>"), "accounts of another organization are not listed");
    assertFalse(secretary.body().contains("$argon2"), "no password hash on the page");
  }

  @Test
  void theNavigationShowsTheAccountsPageOnlyToTheSecretary() {
    assertFalse(server.browser().loggedInAs("chair").get("/organizations/ban-waen/committees").body().contains("/accounts"));
    assertTrue(server.browser().loggedInAs("secretary").get("/organizations/ban-waen/committees").body().contains("/organizations/ban-waen/accounts"));
  }

  @Test
  void anAccountSeesOnlyItsOwnOrganization() {
    Browser b = server.browser().loggedInAs("other");
    assertEquals(403, b.get("/organizations/ban-waen/committees").statusCode());
    assertEquals(403, b.get("/api/v1/organizations/ban-waen/committees").statusCode());
    assertEquals(200, b.get("/organizations/nong-khwai/committees").statusCode());
  }

  @Test
  void anonymousPeopleAreSentToLoginAndAnonymousApiCallsGet401ProblemJson() throws Exception {
    Browser b = server.browser();
    HttpResponse<String> page = b.get("/organizations/ban-waen/committees");
    assertEquals(303, page.statusCode());
    assertTrue(page.headers().firstValue("Location").orElseThrow().startsWith("/login"));
    HttpResponse<String> api = b.get("/api/v1/organizations/ban-waen/committees");
    assertEquals(401, api.statusCode());
    assertTrue(api.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(api.body());
    assertEquals("Unauthorized", problem.get("title").asText());
    assertEquals("กรุณาเข้าสู่ระบบก่อนใช้งานส่วนนี้", problem.get("message").get("th").asText());
    assertEquals(problem.get("detail").asText(), problem.get("message").get("en").asText());
  }

  @Test
  void signingOutEndsTheSession() {
    Browser b = server.browser().loggedInAs("chair");
    String token = Browser.csrfOf(b.get("/organizations/ban-waen/committees"));
    assertEquals(303, b.postForm("/logout", Map.of("_csrf", token)).statusCode());
    assertEquals(303, b.get("/organizations/ban-waen/committees").statusCode());
  }

  private static String sessionCookieHeader(HttpResponse<String> r) {
    return cookieHeader(r, WebApp.SESSION_COOKIE);
  }

  private static String cookieHeader(HttpResponse<String> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + r.headers().map()));
  }

  private static String formError(HttpResponse<String> r) {
    Matcher m = FORM_ERROR.matcher(r.body());
    return m.find() ? m.group(1) : "(no form error)";
  }

  /** The page without what differs between two visits: the CSRF token and the typed username. */
  private static String normalized(String body) {
    return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
        .replaceAll("name=\"username\" type=\"text\"([^>]*)value=\"[^\"]*\"", "");
  }
}
