package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.PersistenceException;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.db.PoolSettings;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.transfer.FolderTransfer;
import th.km.web.http.ApiOperation;
import th.km.web.http.Routes;
import th.km.web.security.Access;
import th.km.web.security.PasswordHasher;

/**
 * An overloaded server says so: with its pool of one database connection taken by a write that
 * waits (on a row the test has locked), a request that needs the database is answered 503 with
 * {@code Retry-After} once the pool's wait (1 s here) is over, as problem JSON under the API and as
 * a page elsewhere, and stores nothing; a read the server has cached is still answered. A failure
 * of the database itself stays a 500.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a guard against hanging, not a measurement
class OverloadTest {

  private static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  private static final Clock NOVEMBER =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);
  private static final String PASSWORD = "an overload test password";
  private static final String MEETINGS = "/api/v1/organizations/ban-waen/meetings";
  private static final String RESULTS = "/api/v1/organizations/ban-waen/results?year=2569&asOf=2026-03-31";
  private static final String FAILING = "/failing";

  @TempDir Path folder;

  @Test
  void aRequestThatFindsNoFreeConnectionGets503WithRetryAfterAndStoresNothing() throws Exception {
    try (Database database = Database.open(DatabaseLocation.embedded(folder), new PoolSettings(1, 1))) {
      Javalin app = start(database);
      try {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + app.port();
        String csrf = signIn(client, base);
        assertEquals(200, get(client, base + RESULTS).statusCode()); // now cached

        HttpResponse<String> waiting;
        try (Connection lock = DriverManager.getConnection(database.location().jdbcUrl())) {
          lock.setAutoCommit(false);
          try (Statement s = lock.createStatement()) {
            s.executeQuery("SELECT ID FROM ORGANIZATION WHERE CODE = 'ban-waen' FOR UPDATE").close();
          }
          // Every write takes its organization's row: this one holds the pool's only connection.
          CompletableFuture<HttpResponse<String>> first =
              client.sendAsync(meeting(base, csrf, "เวทีที่รอแถวข้อมูล"), utf8());
          awaitBlockedBy(lock);

          HttpResponse<String> cached = get(client, base + RESULTS);
          HttpResponse<String> refused = client.send(meeting(base, csrf, "เวทีที่ถูกปฏิเสธ"), utf8());
          HttpResponse<String> page = get(client, base + "/organizations/ban-waen/audit?lang=en");

          assertEquals(200, cached.statusCode(), "a cached read needs no connection: " + cached.body());
          assertEquals(503, refused.statusCode(), refused.body());
          assertEquals(Optional.of("1"), refused.headers().firstValue("Retry-After"));
          assertTrue(
              refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
              refused.headers().toString());
          JsonNode problem = ApiSchemas.tree(refused.body());
          assertEquals("urn:km:problem:busy", problem.get("type").asText());
          assertEquals(503, problem.get("status").asInt());
          assertEquals(
              "km is too busy to answer this request right now; please try again in 1 seconds",
              problem.get("message").get("en").asText());
          assertTrue(problem.get("message").get("th").asText().contains("โปรดลองอีกครั้งในอีก 1 วินาที"), refused.body());
          assertEquals(503, page.statusCode(), page.body());
          assertEquals(Optional.of("1"), page.headers().firstValue("Retry-After"));
          assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.body());
          assertTrue(page.body().contains("please try again in 1 seconds"), page.body());
          lock.rollback();
          waiting = first.get(2, TimeUnit.MINUTES);
        }

        assertEquals(201, waiting.statusCode(), "the write that waited is stored: " + waiting.body());
        List<String> stored =
            database.auditLog().entries(BAN_WAEN).stream()
                .filter(e -> e.action().equals("meeting.add"))
                .map(e -> e.after().orElse(""))
                .toList();
        assertEquals(1, stored.size(), stored.toString());
        assertTrue(stored.get(0).contains("เวทีที่รอแถวข้อมูล"), stored.toString());
        assertFalse(stored.get(0).contains("เวทีที่ถูกปฏิเสธ"), stored.toString());
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void aFailureOfTheDatabaseItselfStaysA500WithoutRetryAfterAndTheApiDocumentsThe503() throws Exception {
    try (Database database = Database.open(DatabaseLocation.embedded(folder), new PoolSettings(1, 1))) {
      Javalin app = start(database);
      try {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + app.port();
        HttpResponse<String> page = get(client, base + FAILING);
        HttpResponse<String> api = get(client, base + "/api/v1" + FAILING);

        assertEquals(500, page.statusCode(), page.body());
        assertEquals(Optional.empty(), page.headers().firstValue("Retry-After"));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.body());
        assertEquals(500, api.statusCode(), api.body());
        assertEquals(Optional.empty(), api.headers().firstValue("Retry-After"));
        assertEquals("urn:km:problem:internal", ApiSchemas.tree(api.body()).get("type").asText());
        JsonNode write =
            ApiSchemas.tree(get(client, base + "/api/v1/openapi.json").body())
                .path("paths").path("/api/v1/organizations/{org}/meetings").path("post");
        assertTrue(write.path("responses").has("503"), "the API documents the overload: " + write);
      } finally {
        app.stop();
      }
    }
  }

  /** The server on the database, with Ban Waen's plan, a secretary, and two routes that fail. */
  private static Javalin start(Database database) {
    PasswordHasher hasher = new PasswordHasher();
    new FolderTransfer(database.planStore(NOVEMBER), database.recordStore())
        .importPlan(DemoYear.shippedPlan());
    database.accountStore()
        .save(new Account("secretary", hasher.hash(PASSWORD), Role.SECRETARY, BAN_WAEN, Optional.empty(), Optional.empty()));
    return WebApp.create(
            WebConfig.defaults(NOVEMBER), Backend.of(database, NOVEMBER, HolidayFiles.shipped()), hasher,
            (Routes r) -> {
              // What H2's pool throws when its wait runs out, but from a failing database: not busy.
              SQLException broken = new SQLException("Login timeout", "08001", 8001);
              r.get(FAILING, Access.PUBLIC, ctx -> {
                throw new PersistenceException("the database is broken", broken);
              });
              r.api(
                  HandlerType.GET, "/api/v1" + FAILING, Access.PUBLIC,
                  ctx -> {
                    throw new PersistenceException("the database is broken", broken);
                  },
                  new ApiOperation(
                      "failing", "Fails", "ล้มเหลว", List.of(), Optional.empty(), Optional.empty(), 200));
            })
        .start("127.0.0.1", 0);
  }

  /** Waits until another session of the database waits for a lock {@code lock}'s session holds. */
  private static void awaitBlockedBy(Connection lock) throws SQLException, InterruptedException {
    try (PreparedStatement blocked =
        lock.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = SESSION_ID()")) {
      while (true) {
        try (ResultSet r = blocked.executeQuery()) {
          r.next();
          if (r.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
  }

  private static String signIn(HttpClient client, String base) throws Exception {
    HttpResponse<String> in =
        client.send(
            post(base + "/api/v1/session", "{\"username\": \"secretary\", \"password\": \"" + PASSWORD + "\"}", ""),
            utf8());
    assertEquals(200, in.statusCode(), in.body());
    return ApiSchemas.tree(in.body()).get("csrfToken").asText();
  }

  private static HttpRequest meeting(String base, String csrf, String title) {
    return post(
        base + MEETINGS,
        "{\"meetingKind\": \"WORKSHOP\", \"title\": \"" + title + "\", \"date\": \"2569-03-02\", \"otherAttendees\": 5}",
        csrf);
  }

  private static HttpRequest post(String uri, String body, String csrf) {
    return HttpRequest.newBuilder(URI.create(uri))
        .header("Content-Type", "application/json")
        .header("X-CSRF-Token", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private static HttpResponse<String> get(HttpClient client, String uri) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), utf8());
  }

  private static HttpResponse.BodyHandler<String> utf8() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }
}
