package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.plan.KmPlan;
import th.km.core.textimport.ImportOptions;
import th.km.core.textimport.PlanTextImporter;
import th.km.persistence.planfile.PlanFiles;

class ImportTextCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** A text fixture of km-core's import tests, copied into the folder. */
  private static Path fixture(Path dir, String name) throws IOException {
    try (InputStream in =
        ImportTextCommandTest.class.getResourceAsStream("/th/km/core/textimport/" + name)) {
      Path file = dir.resolve(Path.of(name).getFileName().toString());
      Files.write(file, Objects.requireNonNull(in, name).readAllBytes());
      return file;
    }
  }

  @Test
  void theSeedBecomesAPlanFileThatReadsBackAsTheSamePlan(@TempDir Path dir) throws IOException {
    Path text = fixture(dir, "ban-waen-2569.txt");
    Path json = dir.resolve("plan.json");
    Run run = km("import-text", text.toString(), "-o", json.toString());
    assertEquals(0, run.exitCode(), run.err());
    KmPlan imported =
        PlanTextImporter.importText(
                Files.readString(text, StandardCharsets.UTF_8), ImportOptions.defaults())
            .plan()
            .orElseThrow();
    assertEquals(imported, PlanFiles.read(json));
    assertTrue(
        run.out().contains("เทศบาลตำบลบ้านแหวน (baan-wan), FY B.E. 2569: 4 goals"), run.out());
    assertTrue(
        run.err().contains(text + ":15: WARNING: the announcement's date cannot exist"), run.err());
  }

  @Test
  void aCodeGivenOnTheCommandLineIsUsed(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("plan.json");
    Run run =
        km(
            "import-text",
            fixture(dir, "ban-waen-2569.txt").toString(),
            "-o",
            json.toString(),
            "--code",
            "ban-waen");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("ban-waen", PlanFiles.read(json).organization().code().value());
    assertEquals(
        2,
        km("import-text", json.toString(), "-o", json.toString(), "--code", "Ban Waen").exitCode());
  }

  @Test
  void aDamagedPlanIsWrittenWithExitCodeOneAndItsLines(@TempDir Path dir) throws IOException {
    Path text = fixture(dir, "damaged.txt");
    Path json = dir.resolve("plan.json");
    Run run = km("import-text", text.toString(), "-o", json.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(Files.exists(json));
    assertTrue(
        run.err().contains(text + ":22: ERROR: this row has fewer cells than its header"),
        run.err());
    assertTrue(run.err().contains(text + ":13: WARNING: "), run.err());
  }

  @Test
  void textThatIsNoPlanWritesNothing(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("letter.txt");
    Files.writeString(text, "เรียน ท่านผู้อ่าน\nขอบคุณครับ\n", StandardCharsets.UTF_8);
    Path json = dir.resolve("plan.json");
    Run run = km("import-text", text.toString(), "-o", json.toString());
    assertEquals(2, run.exitCode());
    assertFalse(Files.exists(json));
    assertTrue(run.err().contains(text + ":1: ERROR: no local government is named"), run.err());
    assertTrue(run.err().contains("did not write " + json), run.err());
  }

  @Test
  void textWithoutAnActionPlanIsUnusableAndWritesNothing(@TempDir Path dir) throws IOException {
    // pdftotext's output has no tabs: the organization and year are read, but no activity is.
    Path text = fixture(dir, "corpus/08-hang-dong-pdftotext-no-tabs.txt");
    Path json = dir.resolve("plan.json");
    Run run = km("import-text", text.toString(), "-o", json.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertFalse(Files.exists(json));
    assertTrue(run.err().contains("has no KM goal or no activity that could be read"), run.err());
    assertTrue(run.err().contains("ไม่พบเป้าหมาย KM หรือกิจกรรมที่อ่านได้"), run.err());
  }

  @Test
  void aMissingOrNonUtf8FileIsUnusableInput(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("plan.json");
    Run missing = km("import-text", dir.resolve("none.txt").toString(), "-o", json.toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("does not exist"), missing.err());
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {(byte) 0xe0, (byte) 0xb8});
    Run bad = km("import-text", latin1.toString(), "-o", json.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("is not UTF-8 text"), bad.err());
  }
}
