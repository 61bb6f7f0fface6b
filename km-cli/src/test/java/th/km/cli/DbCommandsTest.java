package th.km.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFolder;

/**
 * {@code km db import-plan}, {@code import-records}, {@code export} and {@code km evaluate --db}
 * through the command line's entry point, on an H2 file of the test's own.
 */
class DbCommandsTest {

  private static final String AS_OF = "2026-03-31";

  /** What one run of the command line printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir Path tmp;
  private Path demo;
  private String db;

  @BeforeEach
  void writeTheDemoYear() {
    demo = tmp.resolve("demo");
    assertEquals(0, km("demo-year", "--out", demo.toString()).exitCode());
    db = "jdbc:h2:file:" + tmp.resolve("db").resolve("km");
  }

  private Run ok(String... args) {
    Run run = km(args);
    assertEquals(0, run.exitCode(), "km " + String.join(" ", args) + "\n" + run.err());
    return run;
  }

  private void importDemo() {
    ok("db", "import-plan", demo.resolve("plan.json").toString(), "--db", db);
    ok("db", "import-records", "--org", "ban-waen", demo.toString(), "--db", db);
  }

  @Test
  void theDatabaseGivesTheFileBasedOutputByteForByteInEveryFormat() {
    importDemo();

    for (String format : List.of("json", "table", "csv")) {
      String fromFiles =
          ok("evaluate", "--plan", demo.resolve("plan.json").toString(), "--records",
                  demo.toString(), "--as-of", AS_OF, "--format", format)
              .out();
      String fromDatabase =
          ok("evaluate", "--db", db, "--org", "ban-waen", "--as-of", AS_OF, "--format", format)
              .out();
      assertTrue(fromFiles.length() > 1000, format + " output is " + fromFiles.length() + " chars");
      assertEquals(fromFiles, fromDatabase, format);
    }
  }

  @Test
  void importingTwiceStoresNothingTwice() {
    importDemo();

    Run plan = ok("db", "import-plan", demo.resolve("plan.json").toString(), "--db", db);
    Run records = ok("db", "import-records", "--org", "ban-waen", demo.toString(), "--db", db);

    assertTrue(plan.out().contains("equals version 1 (draft); nothing saved"), plan.out());
    assertTrue(records.out().contains(": 0 added, "), records.out());
    int staff = DemoYear.generate(DemoYear.shippedPlan()).staff().size();
    assertTrue(
        records.out().contains("staff member (บุคลากร): +0 =" + staff + ", " + staff + " in the database"),
        records.out());
  }

  @Test
  void anExportReadsBackAsTheSameFilesAndTheSameEvaluation() throws IOException {
    importDemo();
    Path exported = tmp.resolve("exported");

    Run run = ok("db", "export", "--org", "ban-waen", exported.toString(), "--db", db);

    assertTrue(run.out().contains("wrote version 1 of the plan of ban-waen for FY 2569"), run.out());
    for (RecordKind kind : RecordKind.values()) {
      String name = RecordsFolder.fileName(kind);
      assertEquals(
          Files.readString(demo.resolve(name), UTF_8),
          Files.readString(exported.resolve(name), UTF_8),
          name);
    }
    assertEquals(
        ok("evaluate", "--plan", demo.resolve("plan.json").toString(), "--records",
                demo.toString(), "--as-of", AS_OF, "--format", "json")
            .out(),
        ok("evaluate", "--plan", exported.resolve("plan.json").toString(), "--records",
                exported.toString(), "--as-of", AS_OF, "--format", "json")
            .out());
  }

  @Test
  void aChangedRecordRefusesTheWholeImportNamingTheRecordAndField() throws IOException {
    importDemo();
    Path changed = copyOfDemo();
    Path staff = changed.resolve(RecordsFolder.fileName(RecordKind.STAFF));
    List<String> lines = new ArrayList<>(Files.readAllLines(staff, UTF_8));
    String id = new ObjectMapper().readTree(lines.get(0)).get("id").asText();
    lines.set(0, lines.get(0).replaceFirst("\"name\":\"[^\"]+\"", "\"name\":\"นายเปลี่ยน ชื่อใหม่\""));
    Files.write(staff, lines, UTF_8);
    String before =
        ok("evaluate", "--db", db, "--org", "ban-waen", "--as-of", AS_OF, "--format", "json").out();

    Run run = km("db", "import-records", "--org", "ban-waen", changed.toString(), "--db", db);

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("staff member " + id + " is stored with other content (name)"), run.err());
    assertTrue(run.err().contains("บุคลากร " + id + " บันทึกไว้แล้ว"), run.err());
    // Placed where the person edits it, as a refused reading is.
    assertTrue(run.err().contains("staff.jsonl:1: name: staff member " + id), run.err());
    assertTrue(run.err().contains("staff.jsonl บรรทัด 1 ฟิลด์ name: บุคลากร " + id), run.err());
    assertEquals(
        before,
        ok("evaluate", "--db", db, "--org", "ban-waen", "--as-of", AS_OF, "--format", "json").out());
  }

  @Test
  void aBadRecordIsNamedByFileLineAndFieldAndNothingIsImported() throws IOException {
    ok("db", "import-plan", demo.resolve("plan.json").toString(), "--db", db);
    Path bad = copyOfDemo();
    Path trainings = bad.resolve("trainings.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(trainings, UTF_8));
    lines.set(2, lines.get(2).replaceFirst("\"start\":\"[0-9-]+\"", "\"start\":\"2026-02-30\""));
    Files.write(trainings, lines, UTF_8);

    Run run = km("db", "import-records", "--org", "ban-waen", bad.toString(), "--db", db);

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("trainings.jsonl:3: start:"), run.err());
    assertTrue(run.err().contains("trainings.jsonl บรรทัด 3 ฟิลด์ start:"), run.err());
    Run next = ok("db", "import-records", "--org", "ban-waen", demo.toString(), "--db", db);
    assertTrue(next.out().contains(" added, 0 already stored"), "the bad import stored nothing");
  }

  @Test
  void unusableInputGivesExitTwoAndADatabaseFailureExitThreeInThaiAndEnglish() {
    Run noPlan = km("db", "import-records", "--org", "ban-waen", demo.toString(), "--db", db);
    assertEquals(2, noPlan.exitCode());
    assertTrue(noPlan.err().contains("import the plan first"), noPlan.err());
    assertTrue(noPlan.err().contains("ให้นำเข้าแผนก่อน"), noPlan.err());

    ok("db", "import-plan", demo.resolve("plan.json").toString(), "--db", db);
    Run otherOrg = km("db", "import-records", "--org", "mae-rim", demo.toString(), "--db", db);
    assertEquals(2, otherOrg.exitCode());
    assertTrue(otherOrg.err().contains("holds the records of ban-waen, not of mae-rim"), otherOrg.err());

    Run noSuchYear =
        km("evaluate", "--db", db, "--org", "ban-waen", "--as-of", "2027-03-31");
    assertEquals(2, noSuchYear.exitCode());
    assertTrue(noSuchYear.err().contains("no plan of ban-waen for FY 2570 (it has plans for FY 2569; use --year)"),
        noSuchYear.err());

    Run mixed =
        km("evaluate", "--db", db, "--org", "ban-waen", "--plan", "x.json", "--as-of", AS_OF);
    assertEquals(2, mixed.exitCode());

    Run mysql = km("db", "export", "--org", "ban-waen", tmp.resolve("x").toString(), "--db", "jdbc:mysql://h/km");
    assertEquals(2, mysql.exitCode());
    assertTrue(mysql.err().contains("km works with H2"), mysql.err());

    Run down =
        km("db", "import-plan", demo.resolve("plan.json").toString(), "--db",
            "jdbc:postgresql://127.0.0.1:1/km?connectTimeout=2");
    assertEquals(3, down.exitCode(), down.err());
    assertTrue(down.err().contains("km: เปิดฐานข้อมูล"), down.err());
    assertTrue(down.err().contains("km: cannot open the database"), down.err());
  }

  @Test
  void allEvaluatesEveryOrganizationInCodeOrderEachAsItWouldAlone() throws IOException {
    importDemo();
    Path other = tmp.resolve("chiang-dao");
    KmPlan banWaen = DemoYear.shippedPlan();
    KmPlan chiangDao =
        KmPlan.builder()
            .from(banWaen)
            .organization(
                Organization.builder()
                    .from(banWaen.organization())
                    .code(OrganizationCode.of("chiang-dao"))
                    .name("เชียงดาว")
                    .build())
            .build();
    RecordsFolder.write(DemoYear.generate(chiangDao, 7L), other);
    PlanFiles.write(chiangDao, other.resolve("plan.json"));
    ok("db", "import-plan", other.resolve("plan.json").toString(), "--db", db);
    ok("db", "import-records", "--org", "chiang-dao", other.toString(), "--db", db);

    JsonNode all =
        new ObjectMapper()
            .readTree(ok("evaluate", "--db", db, "--all", "--as-of", AS_OF, "--format", "json").out());

    assertEquals(2, all.size());
    ObjectMapper json = new ObjectMapper();
    assertEquals(json.readTree(single("ban-waen", "json")), all.get(0), "by code: ban-waen first");
    assertEquals(json.readTree(single("chiang-dao", "json")), all.get(1));

    String csv = ok("evaluate", "--db", db, "--all", "--as-of", AS_OF, "--format", "csv").out();
    List<String> rows = EvaluationOutput.csvRecords(csv);
    assertTrue(rows.get(0).startsWith("organization,row,scope,"), rows.get(0));
    assertEquals(1, rows.stream().filter(r -> r.startsWith("organization,")).count());
    assertEquals(
        EvaluationOutput.csvRecords(single("ban-waen", "csv")).size()
            + EvaluationOutput.csvRecords(single("chiang-dao", "csv")).size()
            - 1,
        rows.size());

    String table = ok("evaluate", "--db", db, "--all", "--as-of", AS_OF).out();
    assertEquals(single("ban-waen", "table") + "\n" + single("chiang-dao", "table"), table);
  }

  private String single(String org, String format) {
    return ok("evaluate", "--db", db, "--org", org, "--as-of", AS_OF, "--format", format).out();
  }

  @Test
  void csvRecordsAreSplitOnlyOutsideQuotes() {
    assertEquals(
        List.of("a,b", "\"x\r\ny\",\"q\"\"\"", "c"),
        EvaluationOutput.csvRecords("a,b\r\n\"x\r\ny\",\"q\"\"\"\r\nc\r\n"));
  }

  private Path copyOfDemo() throws IOException {
    Path copy = tmp.resolve("copy");
    Files.createDirectories(copy);
    try (var files = Files.list(demo)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }
}
