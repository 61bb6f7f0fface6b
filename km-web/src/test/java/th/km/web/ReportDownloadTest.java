package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.persistence.document.PdfDocuments;

/**
 * The M&amp;E report download: a note the committee enters through the API appears in the report
 * any signed-in account downloads from the overview's route; bad parameters are problems in both
 * languages.
 */
class ReportDownloadTest {

  private static final String REPORT =
      "/api/v1/organizations/ban-waen/documents/report?year=2569&asOf=2026-03-15";
  private static final String ADVICE = "ควรจัดเวทีแลกเปลี่ยนเรียนรู้ทุกเดือน";

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    Browser chair = server.browser();
    String csrf = chair.apiSignIn("chair");
    HttpResponse<String> saved =
        chair.postJson(
            "/api/v1/organizations/ban-waen/monitoring-notes?year=2569",
            "{\"round\":\"ANNUAL-1\",\"date\":\"2026-03-14\",\"recommendations\":\"" + ADVICE
                + "\\nควรติดตามรายงานการอบรม\"}",
            Map.of("X-CSRF-Token", csrf));
    assertEquals(201, saved.statusCode(), saved.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theAnnualDocxCarriesTheCommitteesNoteAndItsChair() throws IOException {
    Browser staff = server.browser().loggedInAs("staff");
    HttpResponse<byte[]> r = staff.getBytes(REPORT + "&kind=annual&format=docx");

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().contains("wordprocessingml"));
    assertTrue(
        r.headers().firstValue("Content-Disposition").orElseThrow().contains("annual-2026-03-15.docx"));
    String text;
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(r.body()));
        XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
      text = words.getText();
    }
    assertTrue(text.contains(ADVICE), "the note's recommendation");
    assertTrue(text.contains("ควรติดตามรายงานการอบรม"), "its second line, a second recommendation");
    assertTrue(text.contains("บันทึกโดย chair"), "who entered it");
    assertTrue(text.contains("รองปลัดเทศบาล"), "the M&E committee's chair signs");
  }

  @Test
  void theQuarterXlsxHasItsSheetsAndLeavesTheAnnualNoteOut() throws IOException {
    HttpResponse<byte[]> r =
        server.browser().loggedInAs("head").getBytes(REPORT + "&kind=quarter&format=xlsx");

    assertEquals(200, r.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      assertEquals(5, book.getNumberOfSheets());
      assertEquals(1, book.getSheet("ปัญหาอุปสรรคและข้อเสนอแนะ").getPhysicalNumberOfRows(), "header only");
      assertTrue(book.getSheet("ตัวชี้วัด").getPhysicalNumberOfRows() > 1, "indicator rows");
    }
  }

  @Test
  void theReportNeedsASignInAndAKnownKindAndFormat() {
    HttpResponse<String> anonymous = server.browser().get(REPORT + "&kind=annual&format=docx");
    Browser staff = server.browser().loggedInAs("staff");
    HttpResponse<String> kind = staff.get(REPORT + "&kind=monthly&format=docx");
    HttpResponse<String> format = staff.get(REPORT + "&kind=annual&format=odt");
    HttpResponse<String> early =
        staff.get(
            "/api/v1/organizations/ban-waen/documents/report?year=2569&asOf=2025-06-01&kind=annual");

    assertEquals(401, anonymous.statusCode());
    assertEquals(400, kind.statusCode(), kind.body());
    assertTrue(kind.body().contains("monthly"), kind.body());
    JsonAssert.hasBothLanguages(kind.body());
    assertEquals(400, format.statusCode(), format.body());
    assertTrue(format.body().contains("odt"), format.body());
    assertEquals(400, early.statusCode(), early.body());
    JsonAssert.hasBothLanguages(early.body());
  }

  @Test
  void thePdfIsAlwaysPrintedAndNamesItsRenderer() {
    HttpResponse<byte[]> r =
        server.browser().loggedInAs("staff").getBytes(REPORT + "&kind=annual&format=pdf");
    assertEquals(200, r.statusCode());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
    String text = PdfDocuments.squeeze(String.join("", PdfDocuments.pageTexts(r.body())));
    assertTrue(text.contains(PdfDocuments.squeeze("รายงานผลการติดตามและประเมินผล")), "the report's title");
    assertEquals(
        PdfDocuments.choose(null).orElseThrow().name(),
        r.headers().firstValue("X-KM-PDF-Engine").orElseThrow());
  }

  @Test
  void theOverviewOffersTheDownload() {
    String body = server.browser().loggedInAs("staff").get("/organizations/ban-waen/overview").body();
    assertTrue(body.contains("action=\"/api/v1/organizations/ban-waen/documents/report\""), body);
    assertTrue(body.contains("<option value=\"annual\">"), body);
  }
}
