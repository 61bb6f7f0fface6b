package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.transfer.FolderTransfer;
import th.km.web.security.PasswordHasher;

/**
 * The audit log names the client address a change came from: the connection's when km is reached
 * directly (a forged X-Forwarded-For changes nothing), the browser's as the proxy forwards it under
 * {@code --https-proxy}.
 */
class AuditAddressTest {

  private static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  private static final Clock NOVEMBER =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);
  private static final String PASSWORD = "an audit test password";
  private static final String BROWSER = "203.0.113.45";

  @TempDir Path folder;

  @Test
  void directlyTheLogNamesTheConnectionsAddressAndIgnoresAForgedHeader() throws Exception {
    assertEquals(List.of("127.0.0.1"), addressesOfAWrite(false));
  }

  @Test
  void behindTheHttpsProxyTheLogNamesTheBrowsersAddressTheProxyForwards() throws Exception {
    assertEquals(List.of(BROWSER), addressesOfAWrite(true));
  }

  /** Starts km, writes a meeting sending X-Forwarded-For, returns the addresses the log names. */
  private List<String> addressesOfAWrite(boolean https) throws Exception {
    try (Database database = Database.open(DatabaseLocation.embedded(folder))) {
      PasswordHasher hasher = new PasswordHasher();
      new FolderTransfer(database.planStore(NOVEMBER), database.recordStore())
          .importPlan(DemoYear.shippedPlan());
      database.accountStore()
          .save(new Account("secretary", hasher.hash(PASSWORD), Role.SECRETARY, BAN_WAEN, Optional.empty(), Optional.empty()));
      Javalin app =
          WebApp.create(
                  WebConfig.defaults(NOVEMBER).withHttps(https),
                  Backend.of(database, NOVEMBER, HolidayFiles.shipped()),
                  hasher)
              .start("127.0.0.1", 0);
      try {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + app.port();
        HttpResponse<String> in =
            client.send(
                json(base + "/api/v1/session", "{\"username\": \"secretary\", \"password\": \"" + PASSWORD + "\"}", "", ""),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, in.statusCode(), in.body());
        String csrf = ApiSchemas.tree(in.body()).get("csrfToken").asText();
        // Sent by hand: behind the proxy the cookie is Secure, which a client sends over HTTPS only.
        String cookie =
            in.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebApp.SESSION_COOKIE))
                .findFirst()
                .orElseThrow()
                .split(";")[0];
        HttpResponse<String> meeting =
            client.send(
                json(base + "/api/v1/organizations/ban-waen/meetings",
                    "{\"meetingKind\": \"WORKSHOP\", \"title\": \"เวทีทดสอบ\", \"date\": \"2569-03-02\","
                        + " \"otherAttendees\": 5}",
                    csrf, cookie),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, meeting.statusCode(), meeting.body());
        return database.auditLog().entries(BAN_WAEN).stream()
            .filter(e -> e.action().equals("meeting.add"))
            .map(e -> e.actor().address().orElse("none"))
            .toList();
      } finally {
        app.stop();
      }
    }
  }

  private static HttpRequest json(String uri, String body, String csrf, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return request
        .header("Content-Type", "application/json")
        .header("X-CSRF-Token", csrf)
        .header("X-Forwarded-For", BROWSER)
        .header("X-Forwarded-Proto", "https")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }
}
