package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that fails half-way through a command: a short message in both languages, exit 3. */
class DatabaseFailureTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** A database whose schema lost a table after km made it. */
  private static String brokenDatabase(Path dir) throws Exception {
    Path demo = dir.resolve("demo");
    assertEquals(0, km("demo-year", "--out", demo.toString()).exitCode());
    String db = "jdbc:h2:file:" + dir.resolve("km");
    assertEquals(0, km("db", "import-plan", "--db", db, demo.resolve("plan.json").toString()).exitCode());
    try (Connection c = DriverManager.getConnection(db);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE division CASCADE");
    }
    return db;
  }

  @Test
  void aFailingQueryIsTwoLinesWithTheUrlAndCauseAndNoStackTrace(@TempDir Path dir) throws Exception {
    String db = brokenDatabase(dir);
    Run run = km("evaluate", "--db", db, "--org", "ban-waen", "--as-of", "2026-03-31");
    assertEquals(3, run.exitCode(), run.err());
    assertEquals(2, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("km: อ่านหรือเขียนฐานข้อมูลไม่สำเร็จ ("), run.err());
    assertTrue(run.err().contains("km: the database could not be read or written ("), run.err());
    assertFalse(run.err().contains("select "), "no SQL statement: " + run.err());
    assertTrue(run.err().contains("(" + db + ")"), "names the database: " + run.err());
    assertTrue(run.err().toUpperCase(java.util.Locale.ROOT).contains("DIVISION"), "names the cause: " + run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void verboseAddsTheStackTrace(@TempDir Path dir) throws Exception {
    String db = brokenDatabase(dir);
    Run run = km("evaluate", "--db", db, "--org", "ban-waen", "--as-of", "2026-03-31", "--verbose");
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("\tat "), run.err());
  }
}
