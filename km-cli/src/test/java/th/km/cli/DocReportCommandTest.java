package th.km.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
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
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.document.Digits;
import th.km.persistence.document.PdfDocuments;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFolder;

/**
 * {@code km doc report} through the command line's entry point: what the DOCX, PDF and XLSX say,
 * read back, against the evaluation of the same day and the notes the committee entered.
 */
class DocReportCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static final LocalDate YEAR_END = LocalDate.of(2026, 9, 30);
  private static final String ANNUAL_PROBLEM = "บุคลากรติดภารกิจ จึงเข้าร่วมกิจกรรมแลกเปลี่ยนเรียนรู้น้อย";
  private static final String ANNUAL_ADVICE = "ควรจัดกิจกรรมชุมชนนักปฏิบัติช่วงบ่ายวันศุกร์";
  private static final String ACTIVITY_ADVICE = "ควรติดตามการส่งรายงานผลการฝึกอบรมภายในสิบห้าวัน";
  private static final String QUARTER_ADVICE = "ไตรมาสแรกควรประชุมคณะกรรมการให้เร็วขึ้น";

  @TempDir static Path demo;
  @TempDir Path out;

  private static KmPlan plan;
  private static YearRecords records;

  @BeforeAll
  static void writeTheDemoYearWithTheCommitteesNotes() throws IOException {
    assertEquals(0, km("demo-year", "--out", demo.toString()).exitCode());
    Files.writeString(
        demo.resolve("monitoring-notes.jsonl"),
        "{\"id\":\"mn-1\",\"round\":\"ANNUAL\",\"roundNumber\":1,\"date\":\"2026-09-20\","
            + "\"problems\":[\"" + ANNUAL_PROBLEM + "\"],\"recommendations\":[\"" + ANNUAL_ADVICE
            + "\"],\"enteredBy\":\"เลขานุการ\"}\n"
            + "{\"id\":\"mn-2\",\"round\":\"ANNUAL\",\"roundNumber\":1,\"date\":\"2026-09-21\","
            + "\"goal\":1,\"activity\":1,\"problems\":[],\"recommendations\":[\"" + ACTIVITY_ADVICE
            + "\"],\"enteredBy\":\"ประธาน\"}\n"
            + "{\"id\":\"mn-3\",\"round\":\"QUARTER\",\"roundNumber\":1,\"date\":\"2025-12-20\","
            + "\"recommendations\":[\"" + QUARTER_ADVICE + "\"],\"enteredBy\":\"เลขานุการ\"}\n",
        UTF_8);
    plan = PlanFiles.read(demo.resolve("plan.json"));
    records = RecordsFolder.read(demo);
  }

  private Run report(String kind, String asOf, String format, Path file) {
    return km(
        "doc", "report", "--plan", demo.resolve("plan.json").toString(), "--records",
        demo.toString(), "--as-of", asOf, "--kind", kind, "--format", format, "-o", file.toString());
  }

  private static Evaluation evaluation(LocalDate day) {
    return Evaluator.evaluate(plan, records, day, HolidayFiles.shipped());
  }

  private static String chair() {
    CommitteeMember chair =
        plan.committees().stream()
            .filter(c -> c.kind() == CommitteeKind.MONITORING_AND_EVALUATION)
            .flatMap(c -> c.members().stream())
            .filter(m -> m.role() == CommitteeRole.CHAIR)
            .findFirst()
            .orElseThrow();
    return chair.personName().orElse(chair.position().orElseThrow());
  }

  @Test
  void theAnnualDocxGivesEveryIndicatorTheEvaluationsStatusAndValueAndEndsWithTheNotesAndChair()
      throws IOException {
    Path file = out.resolve("annual.docx");
    Run run = report("annual", "2026-09-30", "docx", file);
    assertEquals(0, run.exitCode(), run.err());

    List<List<String>> rows = new ArrayList<>();
    String text;
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument docx = new XWPFDocument(in)) {
      for (XWPFTable t : docx.getTables()) {
        for (XWPFTableRow r : t.getRows()) {
          rows.add(r.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
      }
      try (XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
        text = words.getText();
      }
    }
    int checked = 0;
    for (IndicatorResult r : evaluation(YEAR_END).results()) {
      if (!(r.subject() instanceof IndicatorSubject.Activity a)) {
        continue;
      }
      String prefix = Digits.THAI.apply(a.goal() + "." + a.activity()) + " ";
      // The activity's rows come in the order of its indicators, numbered from 1.
      List<List<String>> activityRows =
          rows.stream().filter(c -> c.size() == 6 && c.get(0).startsWith(prefix)).toList();
      assertTrue(activityRows.size() >= r.indicatorNumber(), "no row for " + r.subject().key());
      List<String> row = activityRows.get(r.indicatorNumber() - 1);
      assertEquals(r.indicatorText().strip(), row.get(1), r.subject().key());
      assertEquals(r.status().thaiName(), row.get(4), r.subject().key());
      String value =
          r.value().map(v -> v.toPlainString() + (r.unit().name().equals("PERCENT") ? "%" : ""))
              .orElse("-");
      assertTrue(row.get(3).startsWith(Digits.THAI.apply(value)), row + " vs " + value);
      r.recordIds().forEach(id -> assertTrue(row.get(5).contains(id), id + " in " + row));
      checked++;
    }
    assertTrue(checked >= 24, "only " + checked + " activity indicators checked");
    assertTrue(text.contains(ANNUAL_PROBLEM), "the annual problem");
    assertTrue(text.contains(ANNUAL_ADVICE), "the annual recommendation");
    assertTrue(text.contains(ACTIVITY_ADVICE), "the activity's recommendation");
    assertFalse(text.contains(QUARTER_ADVICE), "a quarter's note is not the annual report's");
    assertTrue(text.contains(chair()), "the chair signs: " + chair());
    assertTrue(text.contains("นายกเทศมนตรี"), "addressed to the mayor");
  }

  @Test
  void theQuarterlyXlsxHoldsTheEvaluationsNumbersAsNumbersAndTheQuartersNote() throws IOException {
    Path file = out.resolve("q1.xlsx");
    Run run = report("quarter", "2025-12-31", "xlsx", file);
    assertEquals(0, run.exitCode(), run.err());

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertEquals(5, book.getNumberOfSheets());
      XSSFSheet indicators = book.getSheet("ตัวชี้วัด");
      int checked = 0;
      for (IndicatorResult r : evaluation(LocalDate.of(2025, 12, 31)).results()) {
        if (!(r.subject() instanceof IndicatorSubject.Activity a)) {
          continue;
        }
        Row row = find(indicators, a.goal(), a.activity(), r.indicatorNumber());
        assertEquals(r.status().englishName(), row.getCell(12).getStringCellValue());
        if (r.value().isPresent()) {
          assertEquals(CellType.NUMERIC, row.getCell(7).getCellType());
          assertEquals(r.value().get().doubleValue(), row.getCell(7).getNumericCellValue(), 1e-9);
        }
        assertEquals(r.recordIds().size(), (int) row.getCell(13).getNumericCellValue());
        checked++;
      }
      assertTrue(checked >= 24, "only " + checked + " checked");
      XSSFSheet notes = book.getSheet("ปัญหาอุปสรรคและข้อเสนอแนะ");
      assertEquals(2, notes.getPhysicalNumberOfRows(), "header and the quarter's one entry");
      assertEquals(QUARTER_ADVICE, notes.getRow(1).getCell(7).getStringCellValue());
      XSSFSheet signatories = book.getSheet("ผู้ลงนาม");
      boolean chairListed = false;
      for (Row r : signatories) {
        for (int c = 0; c < r.getLastCellNum(); c++) {
          chairListed |= r.getCell(c) != null && r.getCell(c).toString().contains(chair());
        }
      }
      assertTrue(chairListed, "the chair is among the signatories");
    }
  }

  private static Row find(XSSFSheet sheet, int goal, int activity, int number) {
    for (Row r : sheet) {
      if (r.getRowNum() > 0
          && r.getCell(0).getCellType() == CellType.NUMERIC
          && (int) r.getCell(0).getNumericCellValue() == goal
          && (int) r.getCell(1).getNumericCellValue() == activity
          && (int) r.getCell(4).getNumericCellValue() == number) {
        return r;
      }
    }
    throw new AssertionError("no row for " + goal + "." + activity + "/" + number);
  }

  @Test
  void theHalfYearPdfSaysTheStatusesTheNotesAndTheChair() throws IOException {
    Path file = out.resolve("half.pdf");
    Files.writeString(
        demo.resolve("monitoring-notes.jsonl"),
        Files.readString(demo.resolve("monitoring-notes.jsonl"), UTF_8)
            + "{\"id\":\"mn-4\",\"round\":\"HALF_YEAR\",\"roundNumber\":1,\"date\":\"2026-03-25\","
            + "\"problems\":[\"งบประมาณจำกัด\"],\"enteredBy\":\"เลขานุการ\"}\n",
        UTF_8);
    try {
      Run run = report("half-year", "2026-03-31", "pdf", file);
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.err().contains("PDF printed by"), run.err());
      String text = PdfDocuments.squeeze(String.join("", PdfDocuments.pageTexts(Files.readAllBytes(file))));
      assertTrue(text.contains(PdfDocuments.squeeze("งบประมาณจำกัด")), "the half-year problem");
      assertFalse(text.contains(PdfDocuments.squeeze(ANNUAL_ADVICE)), "no annual note");
      assertTrue(text.contains(PdfDocuments.squeeze(chair())), "the chair");
      for (IndicatorResult r : evaluation(LocalDate.of(2026, 3, 31)).results()) {
        assertTrue(text.contains(PdfDocuments.squeeze(r.status().thaiName())), r.status().name());
      }
    } finally {
      List<String> lines = Files.readAllLines(demo.resolve("monitoring-notes.jsonl"), UTF_8);
      Files.write(demo.resolve("monitoring-notes.jsonl"), lines.subList(0, 3), UTF_8);
    }
  }

  @Test
  void aWrongKindOrAnImpossibleDayIsUnusableInputNamedInThaiAndEnglish() {
    Run kind = report("monthly", "2026-09-30", "docx", out.resolve("x.docx"));
    Run early = report("annual", "2025-05-01", "docx", out.resolve("x.docx"));
    Run noSuchDay = report("annual", "2026-02-30", "docx", out.resolve("x.docx"));
    Run format = report("annual", "2026-09-30", "odt", out.resolve("x.odt"));

    assertEquals(2, kind.exitCode());
    assertTrue(kind.err().contains("--kind 'monthly' is not a reporting round"), kind.err());
    assertTrue(kind.err().contains("ไม่ใช่รอบการรายงาน"), kind.err());
    assertEquals(2, early.exitCode());
    assertTrue(early.err().contains("--as-of 2025-05-01 is outside"), early.err());
    assertTrue(early.err().contains("อยู่นอกช่วง"), early.err());
    assertEquals(2, noSuchDay.exitCode());
    assertTrue(noSuchDay.err().contains("2026-02-30"), noSuchDay.err());
    assertEquals(2, format.exitCode());
    assertTrue(format.err().contains("odt"), format.err());
    assertFalse(Files.exists(out.resolve("x.docx")), "nothing written");
  }
}
