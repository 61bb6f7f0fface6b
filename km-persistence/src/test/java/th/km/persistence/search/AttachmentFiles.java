package th.km.persistence.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small attachments made in the test: a DOCX, an XLSX and a PDF, each with one line of text. */
final class AttachmentFiles {
  private AttachmentFiles() {}

  static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    }
  }

  static byte[] xlsx(String text) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("ข้อมูล").createRow(0).createCell(0).setCellValue(text);
      book.write(out);
      return out.toByteArray();
    }
  }

  /** A PDF in km's shipped Thai font; the text should have no marks above or below, PDFBox does not shape. */
  static byte[] pdf(String text) throws IOException {
    try (PDDocument doc = new PDDocument();
        InputStream font = AttachmentFiles.class.getResourceAsStream("/th/km/persistence/document/fonts/Laksaman.ttf");
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType0Font thai = PDType0Font.load(doc, font);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(thai, 14);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** The first bytes of a PNG: an image, which gives no words. */
  static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  }
}
