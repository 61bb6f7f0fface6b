package th.km.persistence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.document.plan.PlanDocument;

/**
 * The pure-Java renderer on the shipped plan, with the font from km's jar as on a machine without
 * fonts-thai-tlwg: the PDF is whole, its font embedded, its pages numbered in Thai digits, and the
 * engine named in its metadata. {@code DocPlanPdfTest} in km-cli checks every word of it.
 */
class OpenHtmlToPdfEngineTest {

  @TempDir static Path noFonts;

  private static byte[] pdf = new byte[0];
  private static List<String> pages = List.of();

  @BeforeAll
  static void print() {
    Document doc = PlanDocument.of(DemoYear.shippedPlan(), Optional.empty(), Digits.THAI);
    PdfDocuments.Printed printed =
        PdfDocuments.print(doc, new OpenHtmlToPdfEngine(ThaiFont.find(noFonts)));
    assertEquals("openhtmltopdf", printed.engine());
    pdf = printed.pdf();
    pages = PdfDocuments.pageTexts(pdf);
  }

  @Test
  void withoutAnInstalledFontTheBundledOneIsUsed() {
    assertEquals("km", ThaiFont.find(noFonts).source());
  }

  @Test
  void theChoiceFallsBackToItWhenNoOtherEngineIsNamed() {
    assertEquals("openhtmltopdf", PdfDocuments.choose("openhtmltopdf").orElseThrow().name());
    assertTrue(PdfDocuments.choose(null).isPresent(), "some engine is always there");
    assertTrue(PdfDocuments.choose("no-such-engine").isEmpty());
  }

  @Test
  void thePagesCarryThePlanInTheEmbeddedThaiFont() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 15, "pages: " + doc.getNumberOfPages());
      assertEquals("km (openhtmltopdf)", doc.getDocumentInformation().getProducer());
      assertEquals(595, doc.getPage(0).getMediaBox().getWidth(), 2, "A4 portrait");
      PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
      assertEquals(842, last.getMediaBox().getWidth(), 2, "the action plan on A4 landscape");
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName());
          fonts.add(font.getName());
        }
      }
      assertTrue(fonts.stream().allMatch(f -> f.contains("Laksaman")), fonts.toString());
    }
    String all = PdfDocuments.squeeze(String.join("", pages));
    assertTrue(all.contains(PdfDocuments.squeeze("ประกาศ")), "the announcement");
    assertTrue(all.contains(PdfDocuments.squeeze("สารบัญ")), "the contents");
  }

  @Test
  void pagesAreNumberedInThaiDigitsAtTheirFoot() {
    for (int i = 0; i < pages.size(); i++) {
      List<String> lines = pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      String number = Digits.THAI.apply(String.valueOf(i + 1));
      assertEquals(number, lines.get(lines.size() - 1), "the foot of page " + (i + 1));
    }
  }
}
