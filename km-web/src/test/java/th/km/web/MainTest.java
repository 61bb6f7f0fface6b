package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void demoSaysPlainlyThatItIsNotAvailableYetInsteadOfServingMadeUpData() {
    Run r = run("demo");
    assertEquals(Main.UNUSABLE_INPUT, r.code());
    assertTrue(r.err().contains("demo is not available in this build yet"), r.err());
    assertTrue(r.err().contains("โหมดสาธิตยังใช้ไม่ได้"), r.err());
  }

  @Test
  void serveReadsItsOptions() {
    assertEquals(
        new Main.Command.Serve(Optional.of("jdbc:h2:mem:km"), 8080),
        Main.parse(java.util.List.of("serve", "--db", "jdbc:h2:mem:km", "--port", "8080")));
    assertEquals(new Main.Command.Demo(Main.DEFAULT_PORT), Main.parse(java.util.List.of("demo")));
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
