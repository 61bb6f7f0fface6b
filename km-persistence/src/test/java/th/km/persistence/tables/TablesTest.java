package th.km.persistence.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.calendar.DueDates;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.plan.KmPlan;
import th.km.core.records.Training;
import th.km.core.records.TrainingSetting;
import th.km.core.testing.CsvRows;
import th.km.core.training.ReportStatus;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.demo.DemoYear;

class TablesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final KmPlan PLAN = DemoYear.shippedPlan();
  private static final YearInput YEAR =
      YearInput.evaluate(PLAN, DemoYear.generate(PLAN), AS_OF, HolidayFiles.shipped());

  @ParameterizedTest
  @EnumSource(TableName.class)
  void theWorkbookHoldsEveryCellTypedWithABoldFrozenHeader(TableName name) throws IOException {
    Table table = Tables.build(name, YEAR);
    assertFalse(table.rows().isEmpty(), name + " has rows in the demo year");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(table, TableFormat.XLSX, TableLanguage.TH)))) {
      assertEquals(1, book.getNumberOfSheets());
      Sheet sheet = book.getSheetAt(0);
      assertEquals(name.thaiTitle().substring(0, Math.min(31, name.thaiTitle().length())).strip(), sheet.getSheetName());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
      Row header = sheet.getRow(0);
      for (int c = 0; c < table.columns().size(); c++) {
        assertEquals(table.columns().get(c).thai(), header.getCell(c).getStringCellValue());
        assertTrue(book.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold(), "header bold");
        assertEquals(table.columns().get(c).width() * 256, sheet.getColumnWidth(c));
      }
      assertEquals(table.rows().size(), sheet.getLastRowNum());
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = sheet.getRow(r + 1);
        for (int c = 0; c < table.columns().size(); c++) {
          assertCell(table.rows().get(r).get(c), row.getCell(c), name + " row " + (r + 1) + " col " + (c + 1));
        }
      }
    }
  }

  private static void assertCell(Cell expected, org.apache.poi.ss.usermodel.Cell actual, String where) {
    switch (expected) {
      case Cell.Text t -> {
        if (t.text().th().isEmpty()) {
          assertTrue(actual == null, where + " is empty");
        } else {
          assertEquals(CellType.STRING, actual.getCellType(), where);
          assertEquals(t.text().th(), actual.getStringCellValue(), where);
        }
      }
      case Cell.Number n -> {
        assertEquals(CellType.NUMERIC, actual.getCellType(), where);
        assertEquals(n.value().doubleValue(), actual.getNumericCellValue(), 1e-9, where);
      }
      case Cell.Date d -> {
        assertTrue(DateUtil.isCellDateFormatted(actual), where + " is a date cell");
        assertEquals(XlsxTableWriter.DATE_FORMAT, actual.getCellStyle().getDataFormatString(), where);
        assertEquals(d.value(), actual.getLocalDateTimeCellValue().toLocalDate(), where);
      }
      case Cell.Blank b -> assertTrue(actual == null, where + " is empty");
    }
  }

  @ParameterizedTest
  @EnumSource(TableName.class)
  void theCsvIsUtf8WithBomCrlfAndReadsBackToTheSameCells(TableName name) throws IOException {
    Table table = Tables.build(name, YEAR);
    for (TableLanguage language : TableLanguage.values()) {
      byte[] csv = bytes(table, TableFormat.CSV, language);
      assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "BOM");
      List<List<String>> rows = CsvRows.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
      assertEquals(table.headers(language), rows.get(0));
      assertEquals(table.rows().size() + 1, rows.size());
      for (int r = 0; r < table.rows().size(); r++) {
        assertEquals(table.rows().get(r).stream().map(c -> c.plain(language)).toList(), rows.get(r + 1));
      }
    }
  }

  @Test
  void theResultsAreTheEvaluationsIndicatorsWithTheirNumbersAndThaiText() {
    Table table = Tables.build(TableName.RESULTS, YEAR);
    List<IndicatorResult> results = YEAR.evaluation().results();
    assertEquals(results.size(), table.rows().size());
    IndicatorResult first = results.get(0);
    List<Cell> row = table.rows().get(0);
    assertEquals(first.indicatorText(), row.get(3).plain(TableLanguage.TH));
    assertEquals(first.status().thaiName(), row.get(4).plain(TableLanguage.TH));
    assertEquals(first.status().englishName(), row.get(4).plain(TableLanguage.EN));
    List<String> expected =
        results.stream()
            .map(r -> r.indicatorText() + " = " + r.value().map(v -> v.stripTrailingZeros().toPlainString()).orElse(""))
            .sorted()
            .toList();
    List<String> actual =
        table.rows().stream()
            .map(x -> x.get(3).plain(TableLanguage.TH) + " = " + x.get(5).plain(TableLanguage.TH))
            .sorted()
            .toList();
    assertEquals(expected, actual);
    assertTrue(table.rows().stream().anyMatch(x -> x.get(5) instanceof Cell.Number), "some values are numbers");
  }

  @Test
  void everyTrainingBegunByTheDayIsListedWithItsReportDueDay() {
    Table table = Tables.build(TableName.TRAININGS, YEAR);
    List<Training> begun = YEAR.records().trainings().stream().filter(t -> !t.start().isAfter(AS_OF)).toList();
    assertEquals(begun.size(), table.rows().size());
    for (Training t : begun) {
      List<Cell> row = table.rows().stream().filter(x -> x.get(0).plain(TableLanguage.TH).equals(t.id())).findFirst().orElseThrow();
      assertEquals(t.title(), row.get(1).plain(TableLanguage.TH));
      assertEquals(Cell.date(t.returned()), row.get(8));
      if (t.setting() == TrainingSetting.EXTERNAL) {
        assertEquals(Cell.date(DueDates.reportDue(t.returned(), 15, HolidayFiles.shipped()).due()), row.get(9), t.id());
      } else {
        assertEquals(Cell.blank(), row.get(9), "the plan asks reports of outside trainings only: " + t.id());
        assertEquals("ไม่ต้องรายงาน", row.get(11).plain(TableLanguage.TH));
      }
    }
    List<String> states = table.rows().stream().map(r -> r.get(11).plain(TableLanguage.TH)).toList();
    List<String> urgency = Arrays.stream(ReportStatus.values()).map(ReportStatus::thaiName).toList();
    List<Integer> ranks = states.stream().map(urgency::indexOf).toList();
    assertFalse(ranks.contains(-1), states.toString());
    assertEquals(ranks.stream().sorted().toList(), ranks, "the most urgent first: " + states);
  }

  @Test
  void form1AndTheActionPlanKeepThePlansThaiWords() {
    Table form1 = Tables.build(TableName.FORM1, YEAR);
    assertEquals(PLAN.form1().size(), form1.rows().size());
    assertEquals(PLAN.form1().get(0).activity(), form1.rows().get(0).get(2).plain(TableLanguage.TH));
    Table actions = Tables.build(TableName.ACTION_PLAN, YEAR);
    long activities = PLAN.goals().stream().mapToLong(g -> g.activities().size()).sum();
    assertEquals(activities, actions.rows().size());
    assertEquals(PLAN.goals().get(0).activities().get(0).indicator(), actions.rows().get(0).get(9).plain(TableLanguage.EN));
    assertEquals(Cell.number(1), actions.rows().get(0).get(0));
  }

  @Test
  void aFieldWithACommaAQuoteOrALineBreakIsQuoted() {
    assertEquals("ก,ข", CsvTableWriter.quote("ก,ข").replace("\"", ""));
    assertEquals("\"a \"\"b\"\"\"", CsvTableWriter.quote("a \"b\""));
    assertEquals("\"1\n2\"", CsvTableWriter.quote("1\n2"));
    assertEquals("ตัวชี้วัด", CsvTableWriter.quote("ตัวชี้วัด"));
  }

  @Test
  void aNumberIsWrittenInPlainDigits() {
    assertEquals("85.5", new Cell.Number(new BigDecimal("85.50")).plain(TableLanguage.TH));
    assertEquals("100", new Cell.Number(new BigDecimal("1E+2")).plain(TableLanguage.TH));
    assertEquals("2026-03-31", Cell.date(AS_OF).plain(TableLanguage.TH));
  }

  @Test
  void aSheetNameLosesWhatExcelRefuses() {
    assertEquals("a b", XlsxTableWriter.sheetName("a/b"));
    assertEquals(31, XlsxTableWriter.sheetName("x".repeat(40)).length());
  }

  @Test
  void aFileIsReplacedWholeAndNoTemporaryFileIsLeft(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("results.xlsx");
    Files.writeString(file, "old");
    TableFiles.write(Tables.build(TableName.RESULTS, YEAR), TableFormat.XLSX, TableLanguage.TH, file);
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      assertEquals("ตัวชี้วัด", book.getSheetAt(0).getRow(0).getCell(3).getStringCellValue());
    }
    try (var listing = Files.list(dir)) {
      assertEquals(List.of(file), listing.toList());
    }
    assertEquals("ban-waen-2569-action-plan.csv", TableFiles.fileName(YEAR, TableName.ACTION_PLAN, TableFormat.CSV));
  }

  @Test
  void namesAreFoundBySlug() {
    assertEquals(TableName.ACTION_PLAN, TableName.of(" Action-Plan ").orElseThrow());
    assertTrue(TableName.of("nope").isEmpty());
    assertEquals("results, trainings, assets, findings, form1, action-plan", TableName.slugs());
  }

  private static byte[] bytes(Table table, TableFormat format, TableLanguage language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableFiles.write(table, format, language, out);
    return out.toByteArray();
  }
}
