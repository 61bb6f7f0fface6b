package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanVersion;
import th.km.persistence.db.DatabaseLocation;

/**
 * The import over the demo's H2 database, as {@code km demo} serves it: reading a document through
 * the API leaves every table as it was, and saving the review stores a new draft version whose
 * audit entry names the secretary.
 */
class PlanImportDatabaseTest {

  private static final Clock MARCH = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), WebConfig.THAILAND);
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"");

  @TempDir Path folder;

  @Test
  void readingWritesNoTableAndSavingTheReviewStoresADraftNamingTheSecretary() throws Exception {
    Demo demo = Demo.start(0, Optional.empty(), MARCH, DatabaseLocation.embedded(folder));
    try {
      OrganizationCode code = demo.loaded().plan().organization().code();
      FiscalYear year = demo.loaded().plan().fiscalYear();
      URI base = URI.create("http://127.0.0.1:" + demo.app().port());
      HttpClient secretary =
          HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
      String page = send(secretary, HttpRequest.newBuilder(base.resolve("/login")).build()).body();
      String login = "_csrf=" + csrf(page) + "&username=secretary&password=" + enc(password(demo, "secretary"));
      assertEquals(303, send(secretary, form(base.resolve("/login"), login)).statusCode());
      String token = csrf(send(secretary, HttpRequest.newBuilder(base.resolve("/organizations/ban-waen/plan/import")).build()).body());

      Map<String, Long> before = rowCounts(demo);
      HttpResponse<String> read =
          send(
              secretary,
              Multipart.request(base.resolve("/api/v1/organizations/ban-waen/plan-imports"), Map.of("code", "ban-waen"), "plan.txt", Multipart.banWaenText())
                  .header("X-CSRF-Token", token)
                  .build());
      assertEquals(200, read.statusCode(), read.body());
      assertEquals(before, rowCounts(demo), "reading through the API writes no row of any table");

      List<PlanVersion> versions = demo.database().planStore(MARCH).versions(code, year);
      HttpResponse<String> uploaded =
          send(
              secretary,
              Multipart.request(
                      base.resolve("/organizations/ban-waen/plan/import"),
                      Map.of("_csrf", token, "code", "ban-waen"),
                      "plan.txt",
                      Multipart.banWaenText())
                  .build());
      assertEquals(303, uploaded.statusCode(), uploaded.body());
      String review = uploaded.headers().firstValue("Location").orElseThrow();
      String draft = review.substring(review.indexOf("draft=") + "draft=".length());
      assertEquals(200, send(secretary, HttpRequest.newBuilder(base.resolve(review)).build()).statusCode());
      HttpResponse<String> saved =
          send(
              secretary,
              form(
                  base.resolve("/organizations/ban-waen/plan/import/review"),
                  "_csrf=" + token + "&draft=" + draft + "&goal-2-title=" + enc("เป้าหมายที่ ๒ ตามที่แก้")));
      assertEquals(303, saved.statusCode(), saved.body());

      List<PlanVersion> after = demo.database().planStore(MARCH).versions(code, year);
      assertEquals(versions.size() + 1, after.size());
      assertEquals(
          "เป้าหมายที่ ๒ ตามที่แก้",
          demo.database().planStore(MARCH).latest(code, year).orElseThrow().plan().goal(2).orElseThrow().title());
      assertTrue(
          demo.database().auditLog().entries(code).stream()
              .anyMatch(e -> e.action().equals("plan.save-draft") && e.actor().name().equals("secretary")),
          "the audit log names the secretary: " + demo.database().auditLog().entries(code));
    } finally {
      demo.stop();
    }
  }

  /** The number of rows of every table of the database, by table. */
  private static Map<String, Long> rowCounts(Demo demo) throws SQLException {
    DatabaseLocation at = demo.database().location();
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(at.jdbcUrl(), at.user().orElse(""), at.password().orElse(""));
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
          r.next();
          counts.put(table, r.getLong(1));
        }
      }
    }
    assertTrue(counts.size() >= 5, "found the tables " + counts.keySet());
    return counts;
  }

  private static HttpRequest form(URI uri, String body) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertTrue(m.find(), page);
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String password(Demo demo, String username) {
    return demo.loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .map(th.km.web.security.DemoAccounts.Credentials::password)
        .collect(Collectors.toList())
        .get(0);
  }
}
