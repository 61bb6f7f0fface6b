package th.km.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.persistence.tables.TableFiles;
import th.km.persistence.tables.TableFormat;
import th.km.persistence.tables.TableLanguage;
import th.km.persistence.tables.TableName;
import th.km.persistence.tables.Tables;
import th.km.persistence.tables.YearInput;
import th.km.web.http.Routes;
import th.km.web.tables.TablesApi;

/** The download of the dashboard's tables as XLSX and CSV, as of 15 March 2026. */
class TablesDownloadTest {

  private static final String TABLES = "/api/v1/organizations/ban-waen/tables/";

  private static TestServer server;
  private static Browser secretary;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    secretary = server.browser().loggedInAs("secretary");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static YearInput year() {
    return YearInput.evaluate(
        TestPlans.banWaen(), TestYears.banWaenRecords(), LocalDate.of(2026, 3, 15), TestYears.HOLIDAYS);
  }

  private static XSSFWorkbook workbook(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  @Test
  void everyTableDownloadsWithItsTypeAndFileNameAndTheCellsTheCommandLineWrites() throws IOException {
    for (TableName name : TableName.values()) {
      for (TableFormat format : TableFormat.values()) {
        HttpResponse<byte[]> r = secretary.getBytes(TABLES + name.slug() + "?format=" + format.extension());
        assertEquals(200, r.statusCode(), name + " " + format);
        assertEquals(format.mediaType(), r.headers().firstValue("Content-Type").orElseThrow(), name + " " + format);
        assertEquals(
            "attachment; filename=\"ban-waen-2569-" + name.slug() + "." + format.extension() + "\"",
            r.headers().firstValue("Content-Disposition").orElseThrow());
        if (format == TableFormat.CSV) {
          ByteArrayOutputStream expected = new ByteArrayOutputStream();
          TableFiles.write(Tables.build(name, year()), format, TableLanguage.TH, expected);
          assertArrayEquals(expected.toByteArray(), r.body(), name + ": the same bytes as km export-table");
          assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(r.body(), 3));
        } else {
          try (XSSFWorkbook book = workbook(r.body())) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen header");
            assertEquals(Tables.build(name, year()).rows().size(), sheet.getLastRowNum(), name.slug());
          }
        }
      }
    }
  }

  @Test
  void theTrainingsWorkbookReadsAsThePageTheOverdueFirstWithItsDueDay() throws IOException {
    HttpResponse<byte[]> r = secretary.getBytes(TABLES + "trainings?format=xlsx");
    try (XSSFWorkbook book = workbook(r.body())) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertEquals("หลักสูตร", header.getCell(1).getStringCellValue());
      assertEquals("ครบกำหนดส่งรายงาน", header.getCell(9).getStringCellValue());
      assertEquals(5, sheet.getLastRowNum(), "the five trainings the page lists");
      Row first = sheet.getRow(1);
      assertEquals(TestYears.OVERDUE_COURSE, first.getCell(1).getStringCellValue());
      assertTrue(DateUtil.isCellDateFormatted(first.getCell(9)));
      assertEquals(LocalDate.of(2026, 2, 4), first.getCell(9).getLocalDateTimeCellValue().toLocalDate());
      assertEquals("เลยกำหนดส่ง", first.getCell(11).getStringCellValue());
      assertEquals(39, (int) first.getCell(12).getNumericCellValue(), "days overdue as a number");
      List<String> states = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        states.add(sheet.getRow(i).getCell(11).getStringCellValue());
      }
      assertEquals(
          List.of("เลยกำหนดส่ง", "รอส่ง (ยังไม่ถึงกำหนด)", "ส่งล่าช้า", "ส่งตามกำหนด", "ไม่ต้องรายงาน"), states);
    }
  }

  @Test
  void theResultsWorkbookListsTheOverviewsIndicatorsInItsOrder() throws IOException {
    String overview = secretary.get("/organizations/ban-waen/overview").body();
    List<String> onPage = new ArrayList<>();
    Matcher m = Pattern.compile("<a href=\"/organizations/ban-waen/indicators/[^\"]+\">([^<]+)</a></td>").matcher(overview);
    while (m.find()) {
      onPage.add(m.group(1));
    }
    assertTrue(onPage.size() >= 3, overview);
    try (XSSFWorkbook book = workbook(secretary.getBytes(TABLES + "results?format=xlsx").body())) {
      Sheet sheet = book.getSheetAt(0);
      List<String> inFile = new ArrayList<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        inFile.add(escape(sheet.getRow(i).getCell(3).getStringCellValue()));
      }
      assertEquals(onPage, inFile);
    }
  }

  @Test
  void theAssetsAndFindingsFilesListWhatTheirPagesListInTheSameOrder() {
    String assetsPage = secretary.get("/organizations/ban-waen/assets").body();
    List<String> assetIds = new ArrayList<>();
    Matcher m = Pattern.compile("<tr id=\"asset-([^\"]+)\">").matcher(assetsPage);
    while (m.find()) {
      assetIds.add(m.group(1));
    }
    List<List<String>> assets = csvRows(TABLES + "assets?format=csv");
    assertEquals(assetIds, assets.stream().skip(1).map(r -> r.get(2)).toList());
    String findingsPage = secretary.get("/organizations/ban-waen/findings").body();
    List<String> codes = new ArrayList<>();
    m = Pattern.compile("<td><code>([A-Z_]+)</code></td>").matcher(findingsPage);
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertTrue(!codes.isEmpty(), findingsPage);
    assertEquals(codes, csvRows(TABLES + "findings?format=csv").stream().skip(1).map(r -> r.get(r.size() - 1)).toList());
  }

  /**
   * The CSV answer's records, split simply: good for the assets' first columns and the findings'
   * last, which hold no quotes in the test year.
   */
  private static List<List<String>> csvRows(String path) {
    String csv = new String(secretary.getBytes(path).body(), StandardCharsets.UTF_8).substring(1);
    List<List<String>> rows = new ArrayList<>();
    for (String line : csv.split("\r\n")) {
      rows.add(List.of(line.split(",", -1)));
    }
    return rows;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
  }

  @Test
  void theReadersLanguageHeadsTheFile() {
    HttpResponse<byte[]> r = secretary.getBytes(TABLES + "findings?format=csv&lang=en");
    String csv = new String(r.body(), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFSeverity,Where,Message,Code\r\n"), csv);
  }

  @Test
  void everyPageThatShowsATableOffersItsDownloadsWithTheYearAndDay() {
    for (TableName name : TableName.values()) {
      String page = secretary.get("/organizations/ban-waen/" + TablesApi.PAGE.get(name) + "?year=2569").body();
      for (String format : List.of("xlsx", "csv")) {
        String href = TABLES + name.slug() + "?format=" + format + "&amp;year=2569";
        assertTrue(page.contains("href=\"" + href + "\""), name + " page lacks " + href);
        assertEquals(200, secretary.getBytes(href.replace("&amp;", "&")).statusCode(), href);
      }
    }
  }

  @Test
  void aTableTakesTheRolesOfItsPage() {
    for (TableName name : TableName.values()) {
      String pagePath = "/organizations/{org}/" + TablesApi.PAGE.get(name);
      Routes.Route page =
          server.routes().stream().filter(r -> r.path().equals(pagePath)).findFirst().orElseThrow(() -> new AssertionError(pagePath));
      assertEquals(page.access(), TablesApi.PAGE_ACCESS.get(name), name.slug());
    }
    assertEquals(401, server.browser().getBytes(TABLES + "results?format=csv").statusCode());
    assertEquals(200, server.browser().loggedInAs("staff").getBytes(TABLES + "trainings?format=csv").statusCode());
    HttpResponse<byte[]> other = server.browser().loggedInAs("other").getBytes(TABLES + "results?format=csv");
    assertEquals(403, other.statusCode(), "an account of another organization");
    JsonAssert.hasBothLanguages(new String(other.body(), StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownTableIsA404ThatNamesTheTablesInThaiAndEnglish() {
    HttpResponse<String> r = secretary.get(TABLES + "budget?format=xlsx");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    JsonNode problem = JsonAssert.hasBothLanguages(r.body());
    assertTrue(problem.path("message").path("th").asText().contains("budget"), r.body());
    assertTrue(problem.path("message").path("en").asText().contains(TableName.slugs()), r.body());
  }

  @Test
  void aFormatOtherThanXlsxOrCsvIsA400() {
    HttpResponse<String> r = secretary.get(TABLES + "results?format=pdf");
    assertEquals(400, r.statusCode());
    JsonAssert.hasBothLanguages(r.body());
    assertEquals(400, secretary.get(TABLES + "results").statusCode());
  }

  @Test
  void theOpenApiDocumentDescribesTheRouteAndItsFiles() {
    JsonNode doc = ApiSchemas.tree(server.browser().get("/api/v1/openapi.json").body());
    JsonNode get = doc.path("paths").path("/api/v1/organizations/{org}/tables/{name}").path("get");
    assertEquals("getTable", get.path("operationId").asText(), get.toString());
    JsonNode content = get.path("responses").path("200").path("content");
    assertTrue(content.has(TableFormat.XLSX.mediaType()) && content.has("text/csv"), content.toString());
    assertTrue(get.path("responses").has("404"));
    assertEquals("form1", doc.path("components").path("parameters").path("name").path("schema").path("enum").get(4).asText());
  }
}
