package th.km.persistence.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Formats are told by content, text is decoded from UTF-8 or TIS-620, and the rest is refused. */
class TextAndFormatTest {

  private static final String PLAN = "ประกาศเทศบาลตำบลบ้านแหวน\nเรื่อง แผนการจัดการความรู้\tหน้า ๑\n";

  @Test
  void utf8WithAndWithoutByteOrderMarkAndCrlfReadAlike() {
    byte[] plain = PLAN.getBytes(StandardCharsets.UTF_8);
    byte[] bomCrlf = ("\uFEFF" + PLAN.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    ExtractedText a = PlanDocumentImporter.extract(plain, "a.docx");
    ExtractedText b = PlanDocumentImporter.extract(bomCrlf, "b.pdf");
    assertEquals(DocumentFormat.TEXT, a.format());
    assertEquals(DocumentFormat.TEXT, b.format());
    assertEquals(PLAN, a.text());
    assertEquals(PLAN, b.text());
    assertEquals(new SourceLocation.TextLine(2), b.origin(2).line());
    assertEquals("line 2", b.origin(2).line().describe());
  }

  @Test
  void tis620AndWindows874AreDetectedAndConverted() {
    byte[] tis = PLAN.replace("\n", "\r\n").getBytes(Charset.forName("TIS-620"));
    ExtractedText read = PlanDocumentImporter.extract(tis, "plan.txt");
    assertEquals(DocumentFormat.TEXT, read.format());
    assertEquals(PLAN, read.text());
    byte[] windows = "“ประกาศ” – ๑…".getBytes(Charset.forName("x-windows-874"));
    assertEquals("“ประกาศ” – ๑…", PlanDocumentImporter.extract(windows, "w.txt").text());
  }

  @Test
  void pdfAndDocxAreToldByTheirBytesNotTheirNames() throws IOException {
    assertEquals(DocumentFormat.PDF, FormatSniffer.sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), "x.txt"));
    assertEquals(DocumentFormat.DOCX, FormatSniffer.sniff(zipWith("word/document.xml"), "x.pdf"));
    assertEquals(DocumentFormat.TEXT, FormatSniffer.sniff(PLAN.getBytes(StandardCharsets.UTF_8), "x.pdf"));
  }

  @Test
  void spreadsheetsImagesAndBinaryFilesAreRefusedByName() throws IOException {
    UnreadableDocumentException xlsx = assertThrows(UnreadableDocumentException.class,
        () -> PlanDocumentImporter.extract(zipWith("xl/workbook.xml"), "งบ.xlsx"));
    assertTrue(xlsx.getMessage().contains("งบ.xlsx is a ZIP archive but not a Word document"));
    assertTrue(xlsx.messageTh().contains("ไม่ใช่เอกสาร Word"));
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    UnreadableDocumentException image = assertThrows(UnreadableDocumentException.class,
        () -> PlanDocumentImporter.extract(jpeg, "scan.jpg"));
    assertTrue(image.getMessage().contains("scan.jpg is neither a PDF, a Word document (.docx) nor text"));
    byte[] utf16 = PLAN.getBytes(StandardCharsets.UTF_16LE);
    assertThrows(UnreadableDocumentException.class, () -> PlanDocumentImporter.extract(utf16, "u.txt"));
  }

  @Test
  void aDocumentAboveTheSizeLimitIsRefused() {
    byte[] big = new byte[PlanDocumentImporter.MAX_BYTES + 1];
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
        () -> PlanDocumentImporter.extract(big, "big.pdf"));
    assertTrue(e.getMessage().contains("big.pdf is larger than"));
  }

  static byte[] zipWith(String entry) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
