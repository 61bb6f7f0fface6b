package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.security.DemoAccounts;
import th.km.web.security.PasswordHasher;

/**
 * The overview, the public page and the results API as the server keeps them between requests,
 * over the demo's H2 database: the same bytes plain or gzip, a 304 for a client that holds them,
 * one rendering shared by a role with each account's own name and token put in, and a write that
 * no web code made (straight to the database) seen by the next request.
 */
class CachedAnswersTest {

  private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);
  private static final String OVERVIEW = "/organizations/ban-waen/overview?year=2569&asOf=2026-03-31";
  private static final String RESULTS = "/api/v1/organizations/ban-waen/results?year=2569&asOf=2026-03-31";
  private static final String PUBLIC = "/public/ban-waen/2569?asOf=2026-03-31";
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String SECOND_PASSWORD = "the second secretary's password";

  @TempDir static Path folder;
  private static Demo demo;

  @BeforeAll
  static void start() {
    demo = Demo.start(0, Optional.empty(), NOVEMBER, DatabaseLocation.embedded(folder));
    demo.database().accountStore().save(account("secretary2", Role.SECRETARY));
  }

  @AfterAll
  static void stop() {
    demo.app().stop();
    demo.database().close();
  }

  @Test
  void theSameBytesComePlainOrGzipAndAClientThatHoldsThemGetsA304() {
    Client anyone = new Client();
    for (String path : new String[] {PUBLIC, "/api/v1/organizations/ban-waen/public?year=2569&asOf=2026-03-31"}) {
      HttpResponse<byte[]> plain = anyone.get(path, "identity", null);
      HttpResponse<byte[]> gzip = anyone.get(path, "gzip, deflate", null);
      assertEquals(200, plain.statusCode(), path);
      assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), path);
      assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""), path);
      assertEquals(text(plain.body()), gunzip(gzip.body()), path);
      String etag = plain.headers().firstValue("ETag").orElseThrow();
      assertEquals(etag, gzip.headers().firstValue("ETag").orElseThrow(), path);
      HttpResponse<byte[]> again = anyone.get(path, "gzip", etag);
      assertEquals(304, again.statusCode(), path);
      assertEquals(0, again.body().length, path);
      assertEquals(200, anyone.get(path, "gzip", "\"another\"").statusCode(), path);
      assertTrue(again.headers().firstValue("Content-Security-Policy").isPresent(), "security headers on a 304 too");
    }
  }

  @Test
  void twoAccountsOfOneRoleShareTheRenderingButEachSeesItsOwnNameAndToken() {
    Client first = new Client().signIn("secretary", demoPassword("secretary"));
    Client second = new Client().signIn("secretary2", SECOND_PASSWORD);
    String a = text(first.get(OVERVIEW, "identity", null).body());
    String b = gunzip(second.get(OVERVIEW, "gzip", null).body());
    assertTrue(a.contains("secretary"), "the first sees its name");
    assertTrue(b.contains("secretary2"), "the second sees its name");
    assertFalse(a.contains("secretary2"), "and not the other's");
    String tokenA = csrf(a);
    String tokenB = csrf(b);
    assertNotEquals(tokenA, tokenB);
    assertEquals(a.replace(tokenA, "T").replace("secretary", "U"), b.replace(tokenB, "T").replace("secretary2", "U"));
    assertNotEquals(
        first.get(OVERVIEW, "gzip", null).headers().firstValue("ETag"),
        second.get(OVERVIEW, "gzip", null).headers().firstValue("ETag"),
        "one account's 304 never answers another's page");
    assertEquals(303, first.postForm("/logout", "_csrf=" + tokenA).statusCode(), "the token put in is the session's");
    HttpResponse<byte[]> after = first.get(OVERVIEW, "gzip", null);
    assertTrue(
        after.headers().firstValue("Location").orElse("").startsWith("/login"),
        "signed out: " + after.statusCode() + " " + after.headers().map());
  }

  @Test
  void aRoleChangedStraightInTheDatabaseIsSeenOnTheNextRequest() {
    demo.database().accountStore().save(account("secretary3", Role.SECRETARY));
    Client third = new Client().signIn("secretary3", SECOND_PASSWORD);
    assertTrue(gunzip(third.get(OVERVIEW, "gzip", null).body()).contains("/organizations/ban-waen/accounts"));
    assertEquals(200, third.get("/organizations/ban-waen/accounts", "gzip", null).statusCode());
    demo.database().accountStore().save(account("secretary3", Role.STAFF));
    assertFalse(
        gunzip(third.get(OVERVIEW, "gzip", null).body()).contains("/organizations/ban-waen/accounts"),
        "the staff's navigation has no accounts page");
    assertEquals(403, third.get("/organizations/ban-waen/accounts", "gzip", null).statusCode());
  }

  private static Account account(String username, Role role) {
    return new Account(
        username, new PasswordHasher().hash(SECOND_PASSWORD), role, new OrganizationCode("ban-waen"),
        Optional.empty(), Optional.empty());
  }

  private static String demoPassword(String username) {
    return demo.loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .map(DemoAccounts.Credentials::password)
        .findFirst()
        .orElseThrow();
  }

  private static String csrf(String page) {
    Matcher m = CSRF_FIELD.matcher(page);
    assertTrue(m.find(), "a CSRF field on the page");
    return m.group(1);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String gunzip(byte[] gzip) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return text(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client with its own cookies that asks for the encoding it is told to. */
  private static final class Client {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    Client signIn(String username, String password) {
      HttpResponse<byte[]> r =
          send(
              HttpRequest.newBuilder(uri("/api/v1/session"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"))
                  .build());
      assertEquals(200, r.statusCode(), () -> text(r.body()));
      return this;
    }

    HttpResponse<byte[]> get(String path, String encoding, String ifNoneMatch) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", encoding);
      if (ifNoneMatch != null) {
        b.header("If-None-Match", ifNoneMatch);
      }
      return send(b.GET().build());
    }

    HttpResponse<byte[]> postForm(String path, String form) {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build());
    }

    private static URI uri(String path) {
      return URI.create("http://127.0.0.1:" + demo.app().port() + path);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
