package th.km.persistence.planimport;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a plan's PDF with PDFBox into the plan's text: glyphs by position, tables by their ruling
 * lines, Thai repaired. A PDF without a text layer (a scan) is refused: km does no OCR.
 */
final class PdfExtractor {

  /** More pages than any plan has; a larger PDF is refused rather than read for minutes. */
  static final int MAX_PAGES = 500;

  private PdfExtractor() {}

  static ExtractedText extract(byte[] bytes, String fileName) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      int pages = document.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new UnreadableDocumentException(
            "ไฟล์ " + fileName + " มี " + pages + " หน้า เกิน " + MAX_PAGES + " หน้าที่รับได้",
            "file " + fileName + " has " + pages + " pages, more than the " + MAX_PAGES + " accepted");
      }
      List<PdfPageLayout> layout = PdfPageReader.read(document);
      boolean noText = layout.stream().allMatch(p -> p.items().isEmpty());
      if (noText) {
        throw new UnreadableDocumentException(
            "ไฟล์ "
                + fileName
                + " เป็น PDF ที่ไม่มีข้อความ (เช่น ภาพสแกน) ระบบไม่รองรับการอ่านภาพ (OCR)"
                + " โปรดใช้ไฟล์ Word หรือ PDF ที่สร้างจากโปรแกรมพิมพ์เอกสาร",
            "file "
                + fileName
                + " is a PDF without a text layer (a scan); OCR is not supported:"
                + " use the Word file or a PDF saved from the word processor");
      }
      return PdfTextAssembly.assemble(layout);
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(
          "ไฟล์ " + fileName + " เป็น PDF ที่ตั้งรหัสผ่านไว้ โปรดใช้ไฟล์ที่ไม่มีรหัสผ่าน",
          "file " + fileName + " is a password-protected PDF; use one without a password",
          e);
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          "ไฟล์ " + fileName + " เป็น PDF ที่เสียหาย อ่านไม่ได้",
          "file " + fileName + " is a damaged PDF: " + e.getMessage(),
          e);
    }
  }
}
