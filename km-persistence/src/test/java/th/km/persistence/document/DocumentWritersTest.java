package th.km.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The HTML and DOCX writers on a small document: structure, escaping, Thai run properties. */
class DocumentWritersTest {

  private static final Document DOC =
      new Document(
          "ทดสอบ",
          Digits.THAI,
          List.of(
              DocSection.portrait(
                  List.of(
                      new DocBlock.Heading(1, "หัวเรื่อง <b>", true),
                      new DocBlock.Contents("สารบัญ", "เรื่อง", "หน้า"),
                      DocBlock.Paragraph.body("ข้อความที่มีวรรณยุกต์ กิ่งก้าน"),
                      DocBlock.ItemList.numbered(List.of("หนึ่ง", "สอง"), Digits.THAI),
                      new DocBlock.Signature("นายทดสอบ ใจดี", List.of("นายกเทศมนตรี")))),
              DocSection.landscape(
                  List.of(
                      new DocBlock.Table(
                          List.of("ตารางที่ ๑"),
                          List.of("ลำดับ", "กิจกรรม"),
                          List.of(List.of("๑", "การบ่งชี้ความรู้"), List.of("๒", "การเรียนรู้")),
                          List.of(1, 4))))));

  @Test
  void aTableRowWithTheWrongNumberOfCellsCannotBeBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DocBlock.Table(List.of(), List.of("a", "b"), List.of(List.of("x")), List.of(1, 1)));
  }

  @Test
  void theHtmlEscapesTextRepeatsTheHeaderAndListsTheContents() {
    String html = HtmlDocumentWriter.write(DOC, Arrays.asList(3));
    assertTrue(html.contains("หัวเรื่อง &lt;b&gt;"));
    assertFalse(html.contains("<b>"));
    assertTrue(html.contains("<thead>\n<tr><th>ลำดับ</th><th>กิจกรรม</th></tr>\n</thead>"));
    assertTrue(html.contains("<p class=\"caption\">ตารางที่ ๑</p>"));
    assertTrue(html.contains("<section class=\"landscape new-page\">"));
    assertTrue(html.contains("href=\"#h0\">หัวเรื่อง &lt;b&gt;</a></td><td class=\"page\">๓</td>"), html);
    assertTrue(html.contains("<p>(นายทดสอบ ใจดี)</p>"));
    assertTrue(html.contains("counter(page, thai)"));
  }

  @Test
  void theDocxMarksThaiRunsRepeatsTheHeaderAndTurnsTheTableSectionLandscape() throws IOException {
    byte[] bytes = DocxDocumentWriter.write(DOC, Arrays.asList(3));
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      XWPFTable table = docx.getTables().get(0);
      assertTrue(table.getRow(0).isRepeatHeader(), "the header row does not repeat");
      assertEquals("กิจกรรม", table.getRow(0).getCell(1).getText());
      assertEquals(3, table.getRows().size());
      int checked = 0;
      for (var p : docx.getParagraphs()) {
        for (XWPFRun run : p.getRuns()) {
          if (run.text().codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F)) {
            var pr = run.getCTR().getRPr();
            assertEquals("TH Sarabun New", pr.getRFontsArray(0).getCs());
            assertEquals(
                pr.getSzArray(0).getVal().toString(), pr.getSzCsArray(0).getVal().toString(), "w:szCs");
            assertEquals("th-TH", pr.getLangArray(0).getBidi());
            checked++;
          }
        }
      }
      assertTrue(checked >= 6, "Thai runs checked: " + checked);
      String body = docx.getDocument().xmlText();
      assertTrue(body.contains("w:orient=\"landscape\""));
      assertTrue(body.contains("w:orient=\"portrait\""));
      assertTrue(body.contains("PAGEREF h0"));
      assertTrue(body.contains(">๓<"), "the cached page of the contents entry");
    }
  }
}
