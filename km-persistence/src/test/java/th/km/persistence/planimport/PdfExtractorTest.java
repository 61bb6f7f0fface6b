package th.km.persistence.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A ruled table drawn glyph by glyph becomes tab-separated rows: a cell's wrapped lines are one
 * cell, and the header repeated at the top of the next page is dropped; a bold heading is never
 * joined to the paragraph before it; a scan is refused.
 */
class PdfExtractorTest {

  private static final float[] COLUMNS = {50, 150, 300, 450};

  @Test
  void aRuledTableOverTwoPagesBecomesItsRows() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage first = new PDPage(PDRectangle.LETTER);
      doc.addPage(first);
      try (PDPageContentStream c = new PDPageContentStream(doc, first)) {
        text(c, font, 50, 730, "Action plan");
        grid(c, 700, 680, 640);
        text(c, font, 55, 686, "No");
        text(c, font, 155, 686, "Activity");
        text(c, font, 305, 686, "Owner");
        text(c, font, 55, 665, "1");
        text(c, font, 155, 665, "beta");
        text(c, font, 155, 650, "gamma");
        text(c, font, 305, 665, "finance");
      }
      PDPage second = new PDPage(PDRectangle.LETTER);
      doc.addPage(second);
      try (PDPageContentStream c = new PDPageContentStream(doc, second)) {
        grid(c, 700, 680, 660);
        text(c, font, 55, 686, "No");
        text(c, font, 155, 686, "Activity");
        text(c, font, 305, 686, "Owner");
        text(c, font, 55, 665, "2");
        text(c, font, 155, 665, "delta");
        text(c, font, 305, 665, "works");
      }
      pdf = bytes(doc);
    }
    ExtractedText read = PlanDocumentImporter.extract(pdf, "plan.pdf");
    assertEquals(DocumentFormat.PDF, read.format());
    assertEquals(
        "Action plan\n\nNo\tActivity\tOwner\n1\tbeta gamma\tfinance\n2\tdelta\tworks", read.text());
    assertEquals("page 1, y 112 pt, x 50 pt", read.origin(4).line().describe());
    assertEquals("page 1, y 112 pt, x 150 pt", read.origin(4).cells().get(1).describe());
    assertEquals("page 2, y 112 pt, x 50 pt", read.origin(5).line().describe());
  }

  /**
   * Word writes a blank line as an empty paragraph, so on a page of short paragraphs every line is
   * a blank line's space from the next, the same pitch as a paragraph's wrapped lines would have;
   * only the weight tells the bold heading from the end of the list item above it.
   */
  @Test
  void aBoldHeadingAfterAParagraphStartsItsOwnLine() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        text(c, bold, 50, 700, "Guidelines");
        text(c, plain, 50, 660, "1. The trainees report the results to the mayor");
        text(c, bold, 50, 620, "Monitoring");
        text(c, plain, 50, 580, "The committee is made of");
      }
      pdf = bytes(doc);
    }
    assertEquals(
        "Guidelines\n\n1. The trainees report the results to the mayor\n\nMonitoring\n\n"
            + "The committee is made of",
        PlanDocumentImporter.extract(pdf, "plan.pdf").text());
  }

  @Test
  void aPdfWithoutATextLayerIsRefused() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.addRect(100, 100, 300, 400);
        c.fill();
      }
      pdf = bytes(doc);
    }
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
        () -> PlanDocumentImporter.extract(pdf, "สแกน.pdf"));
    assertTrue(e.getMessage().contains("สแกน.pdf is a PDF without a text layer (a scan); OCR is not supported"));
    assertTrue(e.messageTh().contains("ไม่รองรับการอ่านภาพ (OCR)"));
  }

  private static void grid(PDPageContentStream c, float... ys) throws IOException {
    for (float y : ys) {
      c.moveTo(COLUMNS[0], y);
      c.lineTo(COLUMNS[COLUMNS.length - 1], y);
    }
    for (float x : COLUMNS) {
      c.moveTo(x, ys[0]);
      c.lineTo(x, ys[ys.length - 1]);
    }
    c.stroke();
  }

  private static void text(PDPageContentStream c, PDType1Font font, float x, float y, String s)
      throws IOException {
    c.beginText();
    c.setFont(font, 12);
    c.newLineAtOffset(x, y);
    c.showText(s);
    c.endText();
  }

  private static byte[] bytes(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
