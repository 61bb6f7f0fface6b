package th.km.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.demo.DemoYear;

/** {@code km export-table} and {@code km evaluate --bom} through the command line's entry point. */
class ExportTableCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static final String AS_OF = "2026-03-31";

  @TempDir static Path dir;

  private static Path plan;

  @BeforeAll
  static void writeTheDemoYear() {
    Run run = km("demo-year", "--out", dir.resolve("demo").toString());
    assertEquals(0, run.exitCode(), run.err());
    plan = dir.resolve("demo").resolve("plan.json");
  }

  private static Run export(String name, String format, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("export-table", name, "--plan", plan.toString(), "--records", plan.getParent().toString(),
                "--as-of", AS_OF, "--format", format, "-o", out.toString()));
    args.addAll(List.of(more));
    return km(args.toArray(String[]::new));
  }

  @Test
  void theResultsWorkbookHasTheEvaluationsIndicatorsWithNumbersAndBuddhistEraDates() throws IOException {
    Path file = dir.resolve("results.xlsx");
    Run run = export("results", "xlsx", file);
    assertEquals(0, run.exitCode(), run.err());
    KmPlan p = DemoYear.shippedPlan();
    YearRecords records = DemoYear.generate(p);
    var evaluation = Evaluator.evaluate(p, records, LocalDate.parse(AS_OF), HolidayFiles.shipped());
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("ผลการประเมินตัวชี้วัด", sheet.getSheetName());
      assertEquals("ตัวชี้วัด", sheet.getRow(0).getCell(3).getStringCellValue());
      assertEquals(evaluation.results().size(), sheet.getLastRowNum());
      var first = evaluation.results().get(0);
      assertEquals(first.indicatorText(), sheet.getRow(1).getCell(3).getStringCellValue());
      assertEquals(first.status().thaiName(), sheet.getRow(1).getCell(4).getStringCellValue());
      assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType(), "the goal is a number");
      var from = sheet.getRow(1).getCell(11);
      assertTrue(DateUtil.isCellDateFormatted(from));
      assertEquals(first.period().start(), from.getLocalDateTimeCellValue().toLocalDate());
      assertTrue(from.getCellStyle().getDataFormatString().contains("107041E"), "shown in the Buddhist era");
    }
  }

  @Test
  void theCsvBeginsWithTheBomAndKeepsThaiAndCrlf() throws IOException {
    Path file = dir.resolve("form1.csv");
    Run run = export("form1", "csv", file);
    assertEquals(0, run.exitCode(), run.err());
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    String text = new String(bytes, 3, bytes.length - 3, UTF_8);
    assertTrue(text.startsWith("ส่วนราชการ,ลำดับ,กิจกรรม,เป้าประสงค์,ตัวชี้วัด,ระยะเวลา/ผู้รับผิดชอบ,องค์ความรู้ที่จำเป็น\r\n"), text.lines().findFirst().orElse(""));
    assertTrue(text.contains(DemoYear.shippedPlan().form1().get(0).activity()));
    Run english = export("form1", "csv", dir.resolve("form1-en.csv"), "--lang", "en");
    assertEquals(0, english.exitCode(), english.err());
    assertTrue(Files.readString(dir.resolve("form1-en.csv"), UTF_8).startsWith("\uFEFFDivision,No.,Activity,"));
  }

  @Test
  void anUnknownTableIsRefusedWithTheListOfNamesAndNothingIsWritten() {
    Path file = dir.resolve("nothing.csv");
    Run run = export("budget", "csv", file);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("budget"), run.err());
    assertTrue(run.err().contains("results, trainings, assets, findings, form1, action-plan"), run.err());
    assertFalse(Files.exists(file));
  }

  @Test
  void anUnknownFormatIsUnusableInput() {
    Run run = export("results", "pdf", dir.resolve("r.pdf"));
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("xlsx or csv"), run.err());
  }

  @Test
  void aFileThatCannotBeWrittenIsUnusableInputAndTheOldFileStays() throws IOException {
    Run run = export("findings", "csv", dir.resolve("no-such-dir").resolve("f.csv"));
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("cannot write file"), run.err());
  }

  @Test
  void theDatabaseGivesTheSameCellsAsTheFiles() throws IOException {
    String db = "jdbc:h2:file:" + dir.resolve("db").resolve("km");
    assertEquals(0, km("db", "import-plan", plan.toString(), "--db", db).exitCode());
    assertEquals(0, km("db", "import-records", "--org", "ban-waen", plan.getParent().toString(), "--db", db).exitCode());
    for (String name : List.of("results", "trainings", "assets", "findings", "form1", "action-plan")) {
      Path fromFiles = dir.resolve("files-" + name + ".csv");
      Path fromDb = dir.resolve("db-" + name + ".csv");
      assertEquals(0, export(name, "csv", fromFiles).exitCode());
      Run run =
          km("export-table", name, "--db", db, "--org", "ban-waen", "--year", "2569", "--as-of", AS_OF,
              "--format", "csv", "-o", fromDb.toString());
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(Files.readString(fromFiles, UTF_8), Files.readString(fromDb, UTF_8), name);
    }
  }

  @Test
  void evaluateWritesTheBomOnlyWhenAsked() {
    String records = plan.getParent().toString();
    Run plain = km("evaluate", "--plan", plan.toString(), "--records", records, "--as-of", AS_OF, "--format", "csv");
    Run bom = km("evaluate", "--plan", plan.toString(), "--records", records, "--as-of", AS_OF, "--format", "csv", "--bom");
    assertEquals(0, bom.exitCode(), bom.err());
    assertTrue(plain.out().startsWith("row,scope,"), "scripts reading the CSV today see no change");
    assertEquals("\uFEFF" + plain.out(), bom.out());
    assertEquals(2, km("evaluate", "--plan", plan.toString(), "--records", records, "--as-of", AS_OF, "--bom").exitCode());
  }
}
