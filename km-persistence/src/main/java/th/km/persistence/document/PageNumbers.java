package th.km.persistence.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import th.km.persistence.PersistenceException;

/**
 * Writes the page numbers at the foot of every page of a printed PDF, in the document's digits,
 * centred between the 3 cm left and 2 cm right margins and in the middle of the 2 cm bottom
 * margin, as the print style sheet places them.
 */
final class PageNumbers {

  private static final float POINTS_PER_CM = 72f / 2.54f;
  private static final float LEFT_MARGIN = 3 * POINTS_PER_CM;
  private static final float RIGHT_MARGIN = 2 * POINTS_PER_CM;
  private static final float BASELINE = 0.8f * POINTS_PER_CM;
  private static final float SIZE = 16;

  private PageNumbers() {}

  static byte[] stamp(byte[] pdf, byte[] trueTypeFont, Digits digits) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(trueTypeFont), true);
      int number = 1;
      for (PDPage page : doc.getPages()) {
        String text = digits.apply(String.valueOf(number++));
        PDRectangle box = page.getMediaBox();
        float width = font.getStringWidth(text) / 1000 * SIZE;
        float x = (LEFT_MARGIN + box.getWidth() - RIGHT_MARGIN - width) / 2;
        try (PDPageContentStream content =
            new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          content.beginText();
          content.setFont(font, SIZE);
          content.newLineAtOffset(box.getLowerLeftX() + x, box.getLowerLeftY() + BASELINE);
          content.showText(text);
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new PersistenceException(
          "เขียนเลขหน้าไม่ได้ / cannot write the page numbers: " + e.getMessage(), e);
    }
  }
}
