package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.km.web.security.DemoAccounts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.db.DatabaseLocation;

class MainTest {

  @TempDir Path folder;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theDemoServesTheShippedPlanAndItsYearAndPrintsTheAccounts() {
    Clock november = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);
    Demo demo = Demo.start(0, Optional.empty(), november, DatabaseLocation.embedded(folder));
    try {
      StringWriter out = new StringWriter();
      demo.print(new PrintWriter(out));
      String text = out.toString();
      assertTrue(text.contains("http://localhost:" + demo.app().port() + "/"), text);
      assertTrue(text.contains("/public/ban-waen/2569"), text);
      assertTrue(text.contains("2026-03-31"), "a day outside the demo year shows 31 March: " + text);
      for (String role : List.of("cko", "chair", "secretary", "head", "staff")) {
        assertTrue(text.contains("  " + role + " "), role + " in " + text);
      }
      assertTrue(text.contains("stored in the database " + folder.toAbsolutePath()), "says where the data is: " + text);

      DemoAccounts.Credentials secretary =
          demo.loaded().accounts().stream().filter(c -> c.account().username().equals("secretary")).findFirst().orElseThrow();
      assertTrue(text.contains(secretary.password()), "the password is printed");
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.app().port() + "/public/ban-waen/2569")).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("ข้อมูล ณ วันที่ 31 มีนาคม พ.ศ. 2569"), "the demo's day");
      assertTrue(page.body().contains("status-at-risk"), "mid-year, some indicator is at risk");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      demo.stop();
    }
  }

  @Test
  void theDemoShowsTodayWhenTodayIsInTheDemoYearOrTheDayAsked() {
    assertEquals(
        LocalDate.of(2026, 5, 2),
        Demo.start(0, Optional.of(LocalDate.of(2026, 5, 2)), Clock.systemUTC(), DatabaseLocation.embedded(folder))
            .stop()
            .today());
    Clock june = Clock.fixed(Instant.parse("2026-06-10T03:00:00Z"), WebConfig.THAILAND);
    assertEquals(
        LocalDate.of(2026, 6, 10),
        Demo.start(0, Optional.empty(), june, DatabaseLocation.embedded(folder)).stop().today());
  }

  @Test
  void aBadAsOfIsRefused() {
    Run r = run("demo", "--as-of", "30/2/2569");
    assertEquals(Main.UNUSABLE_INPUT, r.code());
    assertTrue(r.err().contains("--as-of must be a day that exists"), r.err());
    assertTrue(r.err().contains("--as-of ต้องเป็นวันที่ที่มีจริง"), r.err());
  }

  @Test
  void anAsOfInTheBuddhistEraIsConverted() {
    assertEquals(
        new Main.Command.Demo(Main.DEFAULT_PORT, Optional.of(LocalDate.of(2026, 3, 31))),
        Main.parse(java.util.List.of("demo", "--as-of", "31/3/2569")));
  }

  @Test
  void serveReadsItsOptions() {
    assertEquals(
        new Main.Command.Serve(Optional.of("jdbc:h2:mem:km"), 8080, "127.0.0.1"),
        Main.parse(java.util.List.of("serve", "--db", "jdbc:h2:mem:km", "--port", "8080")));
    assertEquals(new Main.Command.Demo(Main.DEFAULT_PORT, Optional.empty()), Main.parse(java.util.List.of("demo")));
  }

  @Test
  void serveTakesTheHttpsProxyOptionAndTheDemoDoesNot() {
    Object serve = Main.parse(java.util.List.of("serve", "--https-proxy", "--port", "8080"));
    assertEquals(new Main.Command.Serve(Optional.empty(), 8080, "127.0.0.1", true), serve);
    assertEquals(Main.UNUSABLE_INPUT, run("demo", "--https-proxy").code());
  }

  @Test
  void aBadPortIsNamedInBothLanguages() {
    Run r = run("serve", "--port", "99999");
    assertEquals(Main.UNUSABLE_INPUT, r.code());
    assertTrue(r.err().contains("--port must be a number from 1 to 65535, got '99999'"), r.err());
    assertTrue(r.err().contains("--port ต้องเป็นเลข 1-65535"), r.err());
  }

  @Test
  void aDatabaseThatIsNoJdbcUrlIsRefused() {
    Run r = run("serve", "--db", "/tmp/km.db");
    assertEquals(Main.UNUSABLE_INPUT, r.code());
    assertTrue(r.err().contains("--db must be a JDBC URL"), r.err());
  }

  @Test
  void demoTakesNoDatabase() {
    assertEquals(Main.UNUSABLE_INPUT, run("demo", "--db", "jdbc:h2:mem:x").code());
  }

  @Test
  void helpGoesToStandardOutput() {
    Run r = run("--help");
    assertEquals(Main.OK, r.code());
    assertTrue(r.out().contains("km serve [--db <jdbc-url>] [--port N]"), r.out());
  }
}
