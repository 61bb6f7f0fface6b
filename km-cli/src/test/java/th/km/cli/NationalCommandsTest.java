package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code km generate} and {@code km db import --all} through the command line's entry point: the
 * generated folders are read by {@code km check} and {@code km evaluate}, imported in bulk, skipped
 * on a rerun, and a broken organization is named with its file while the others still get in.
 */
class NationalCommandsTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir Path tmp;

  @Test
  void generatedFoldersAreReadByCheckAndEvaluateAndImportedInBulk() throws IOException {
    Path out = tmp.resolve("national");
    Run generated = km("generate", "--orgs", "3", "--seed", "5", "--out", out.toString());
    assertEquals(0, generated.exitCode(), generated.err());
    assertTrue(generated.out().contains("generated 3 organizations for FY 2569"), generated.out());
    List<Path> orgs = folders(out);
    assertEquals(3, orgs.size());

    Path plan = orgs.get(0).resolve("plan.json");
    Run check = km("check", plan.toString());
    assertEquals(0, check.exitCode(), check.out() + check.err());
    Run evaluate =
        km("evaluate", "--plan", plan.toString(), "--records", orgs.get(0).toString(), "--as-of",
            "2026-09-30", "--format", "csv");
    assertEquals(0, evaluate.exitCode(), evaluate.err());
    assertTrue(evaluate.out().lines().count() > 10, evaluate.out());

    String db = "jdbc:h2:file:" + tmp.resolve("db").resolve("km");
    Run first = km("db", "import", "--all", out.toString(), "--db", db);
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("imported 3 organizations, skipped 0"), first.out());
    Run again = km("db", "import", "--all", out.toString(), "--db", db);
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("imported 0 organizations, skipped 3"), again.out());

    String org = orgs.get(1).getFileName().toString();
    Run fromDb = km("evaluate", "--db", db, "--org", org, "--as-of", "2026-09-30", "--format", "csv");
    Run fromFiles =
        km("evaluate", "--plan", orgs.get(1).resolve("plan.json").toString(), "--records",
            orgs.get(1).toString(), "--as-of", "2026-09-30", "--format", "csv");
    assertEquals(fromFiles.out(), fromDb.out(), "the database evaluates as the files do");
  }

  @Test
  void aBrokenOrganizationIsNamedWithItsFileAndTheOthersGetIn() throws IOException {
    Path out = tmp.resolve("national");
    assertEquals(0, km("generate", "--orgs", "2", "--seed", "8", "--out", out.toString()).exitCode());
    Path broken = folders(out).get(0);
    Path staff = broken.resolve("staff.jsonl");
    Files.writeString(staff, Files.readString(staff) + "{\"id\":\"x\"}\n");
    String db = "jdbc:h2:file:" + tmp.resolve("db").resolve("km");

    Run run = km("db", "import", "--all", out.toString(), "--db", db);

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(broken.getFileName().toString()), run.err());
    assertTrue(run.err().contains("staff.jsonl"), run.err());
    assertTrue(run.err().contains("ไม่ได้นำเข้า"), run.err());
    assertTrue(run.out().contains("imported 1 organizations, skipped 0 already imported, refused 1"), run.out());
  }

  @Test
  void generateNeedsExactlyOneDestination() {
    Run run = km("generate", "--orgs", "2", "--seed", "1");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--out") && run.err().contains("--db"), run.err());
  }

  private static List<Path> folders(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}
