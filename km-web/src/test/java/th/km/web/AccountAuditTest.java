package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.AuditEntry;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.security.DemoAccounts;

/**
 * The secretary's changes to accounts, and an account's own calendar address, are in the audit log
 * with who made them and from where, without the password's hash or the token, and the audit page
 * shows them in words to the secretary, the CKO and the chair, not to a division head.
 */
class AccountAuditTest {

  private static final Clock NOVEMBER =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);
  private static final String ORG = "/organizations/ban-waen";

  @TempDir Path folder;

  @Test
  void accountChangesAreLoggedAndShownOnTheAuditPage() {
    Demo demo = Demo.start(0, Optional.empty(), NOVEMBER, DatabaseLocation.embedded(folder));
    try {
      var code = demo.loaded().plan().organization().code();
      Client secretary = new Client(demo.app().port());
      String csrf = secretary.signIn("secretary", password(demo, "secretary"));
      assertEquals(303, secretary.form(ORG + "/accounts",
          Map.of("_csrf", csrf, "username", "somsri", "role", "chair", "division", "", "staffId", "", "email", ""))
          .statusCode());
      assertEquals(303, secretary.form(ORG + "/accounts/somsri/password", Map.of("_csrf", csrf)).statusCode());
      assertEquals(303, secretary.form(ORG + "/accounts/somsri/deactivate", Map.of("_csrf", csrf)).statusCode());
      assertEquals(303, secretary.form(ORG + "/accounts/somsri/activate", Map.of("_csrf", csrf)).statusCode());
      assertEquals(303, secretary.form(ORG + "/tasks/calendar", Map.of("_csrf", csrf)).statusCode());

      List<AuditEntry> somsri = demo.database().auditLog().entries(code, "account", "somsri");
      assertEquals(
          List.of("account.create", "account.password", "account.deactivate", "account.activate"),
          somsri.stream().map(AuditEntry::action).toList());
      for (AuditEntry e : somsri) {
        assertEquals("secretary", e.actor().name());
        assertTrue(e.actor().address().isPresent(), "from where");
        assertFalse(e.after().orElseThrow().contains("argon2"), "no password hash: " + e.after());
      }
      assertTrue(somsri.get(1).after().orElseThrow().contains("\"newPassword\":true"), somsri.get(1).toString());
      assertTrue(somsri.get(2).after().orElseThrow().contains("\"active\":false"));
      List<AuditEntry> feed = demo.database().auditLog().entries(code, "account", "secretary");
      assertEquals("account.calendar", feed.get(feed.size() - 1).action());
      assertTrue(feed.get(feed.size() - 1).after().orElseThrow().contains("\"calendarFeed\":true"));

      String page = secretary.get(ORG + "/audit").body();
      assertTrue(page.contains("สร้างบัญชีผู้ใช้"), page);
      assertTrue(page.contains("ระงับบัญชีผู้ใช้"), page);
      assertTrue(page.contains("somsri"), page);
      String english = secretary.get(ORG + "/audit?lang=en").body();
      assertTrue(english.contains("Deactivated: account"), english);

      Client head = new Client(demo.app().port());
      head.signIn("head", password(demo, "head"));
      assertEquals(403, head.get(ORG + "/audit").statusCode());
    } finally {
      demo.stop();
    }
  }

  private static String password(Demo demo, String username) {
    return demo.loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .map(DemoAccounts.Credentials::password)
        .findFirst()
        .orElseThrow();
  }

  /** A client with its own cookies. */
  private static final class Client {
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    Client(int port) {
      this.port = port;
    }

    String signIn(String username, String password) {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(uri("/api/v1/session"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(
                      "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"))
                  .build());
      assertEquals(200, r.statusCode(), r.body());
      return ApiSchemas.tree(r.body()).get("csrfToken").asText();
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> form(String path, Map<String, String> values) {
      String body =
          values.entrySet().stream()
              .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                  + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }

    private URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
