package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's rule for dates, held by the date options that had no test of their own: {@code km
 * export-table --as-of} and {@code km doc report --as-of} read a year of 2400 or more as the
 * Buddhist Era, in the forms Thai users type ({@code 2569-03-31}, {@code 31/3/2569}, Thai digits),
 * say so, and give what the Gregorian day gives. ({@code km evaluate --as-of}, {@code km due-date
 * --returned} and {@code km demo --as-of} have theirs in their own tests.)
 */
class BuddhistEraOptionsTest {

  private static final List<String> BUDDHIST_DAYS = List.of("2569-03-31", "31/3/2569", "๓๑/๓/๒๕๖๙");

  @TempDir static Path dir;

  private static Path plan;

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void writeTheDemoYear() {
    Run run = km("demo-year", "--out", dir.resolve("demo").toString());
    assertEquals(0, run.exitCode(), run.err());
    plan = dir.resolve("demo").resolve("plan.json");
  }

  private static Run exportTable(String day, Path out) {
    return km("export-table", "form1", "--plan", plan.toString(), "--records", plan.getParent().toString(),
        "--as-of", day, "--format", "csv", "-o", out.toString());
  }

  @Test
  void exportTableReadsABuddhistEraAsOfAsTheSameDay() throws IOException {
    Path gregorian = dir.resolve("gregorian.csv");
    assertEquals(0, exportTable("2026-03-31", gregorian).exitCode());
    for (String day : BUDDHIST_DAYS) {
      Path file = dir.resolve("buddhist.csv");
      Run run = exportTable(day, file);
      assertEquals(0, run.exitCode(), day + ": " + run.err());
      assertArrayEquals(Files.readAllBytes(gregorian), Files.readAllBytes(file), day);
      assertTrue(run.err().contains("อ่านเป็น พ.ศ. / read as B.E.: 2026-03-31"), run.err());
    }
  }

  @Test
  void docReportReadsABuddhistEraAsOfAsTheSameDay() throws IOException {
    for (String day : BUDDHIST_DAYS) {
      Path file = dir.resolve("report.xlsx");
      Run run = km("doc", "report", "--plan", plan.toString(), "--records", plan.getParent().toString(),
          "--as-of", day, "--kind", "half-year", "--format", "xlsx", "-o", file.toString());
      assertEquals(0, run.exitCode(), day + ": " + run.err());
      assertTrue(Files.size(file) > 0, day);
      assertTrue(run.err().contains("อ่านเป็น พ.ศ. / read as B.E.: 2026-03-31"), run.err());
      assertTrue(!run.err().contains("3112") && !run.out().contains("3112"), "B.E. 2569, not 3112");
    }
  }
}
