package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.document.Digits;
import th.km.persistence.document.PdfDocuments;
import th.km.persistence.document.plan.PlanDocument;
import org.jspecify.annotations.Nullable;

/**
 * {@code km doc plan --format pdf} on the shipped Ban Waen plan: what the printed pages say, read
 * back with PDFBox. This class prints with the engine km picks on this machine (Chromium where it
 * is installed); {@link DocPlanOpenHtmlToPdfTest} runs the same checks on the pure-Java renderer,
 * which prints where no program is installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocPlanPdfTest {

  // Static: JUnit fills an instance @TempDir only before each test, after @BeforeAll has run.
  @TempDir static Path dir;

  private KmPlan plan;
  private List<String> pages;
  private String engineSaid = "";
  private Path pdf;

  /** The engine to print with, as KM_PDF_ENGINE names it; null for the one km picks. */
  @Nullable String engine() {
    return null;
  }

  @BeforeAll
  void printThePlan() throws IOException {
    DemoYear.write(dir);
    plan = DemoYear.shippedPlan();
    pdf = dir.resolve("plan.pdf");
    StringWriter err = new StringWriter();
    if (engine() == null) {
      int code =
          Main.run(
              new String[] {
                "doc", "plan", "--plan", dir.resolve("plan.json").toString(), "--format", "pdf", "-o",
                pdf.toString()
              },
              new PrintWriter(new StringWriter()),
              new PrintWriter(err));
      assertEquals(0, code, err.toString());
    } else {
      // The command's own path after it has read the plan, with the engine named as
      // KM_PDF_ENGINE would name it (a test cannot set the environment).
      DocOutput.write(
          PlanDocument.of(plan, Optional.empty(), Digits.THAI),
          DocOutput.Format.pdf,
          pdf,
          new PrintWriter(err, true),
          engine());
    }
    engineSaid = err.toString();
    pages = PdfDocuments.pageTexts(Files.readAllBytes(pdf));
    String name = engine() == null ? "plan" : "plan-" + engine();
    DocumentPages.keepPngs(pdf, name, List.of(1, 4, pages.size()));
    DocumentPages.keepText(name, pages);
  }

  @Test
  void theCommandSaysWhichRendererPrintedIt() {
    String expected = engine() == null ? PdfDocuments.choose(null).orElseThrow().name() : engine();
    assertTrue(engineSaid.contains("PDF printed by " + expected), engineSaid);
  }

  @Test
  void everyTextOfThePlanIsPrintedWithItsToneMarksInPlace() {
    // A paragraph continued over a page has the page number between its two halves.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      String number = Digits.THAI.apply(String.valueOf(i + 1));
      List<String> lines = new ArrayList<>(pages.get(i).lines().toList());
      if (!lines.isEmpty() && lines.get(0).strip().equals(number)) {
        lines.remove(0);
      } else if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().equals(number)) {
        lines.remove(lines.size() - 1);
      }
      text.append(String.join("\n", lines)).append('\n');
    }
    List<String> missing = PlanWords.missing(plan, Digits.THAI, text.toString());
    assertEquals(List.of(), missing, "texts of the plan not found in the PDF");
  }

  @Test
  void noLineBreaksInsideAThaiCluster() {
    List<String> broken = new ArrayList<>();
    for (String page : pages) {
      List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (ThaiClusters.startsInsideCluster(line)) {
          broken.add("starts inside a cluster: " + line);
        }
        if (ThaiClusters.endsBeforeItsBase(line)) {
          broken.add("ends with a leading vowel: " + line);
        }
        if (i + 1 < lines.size() && !ThaiClusters.joinIsClusterBoundary(line, lines.get(i + 1))) {
          broken.add("splits a cluster: " + line + " | " + lines.get(i + 1));
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void thePagesAreA4WithLandscapeTablesAndTheThaiFontEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      int pageCount = doc.getNumberOfPages();
      assertTrue(pageCount >= 15 && pageCount <= 60, "pages: " + pageCount);
      PDPage first = doc.getPage(0);
      assertEquals(595, first.getMediaBox().getWidth(), 2, "A4 portrait width");
      PDPage last = doc.getPage(pageCount - 1);
      assertEquals(842, last.getMediaBox().getWidth(), 2, "the action plan is on A4 landscape");
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          fonts.add(font.getName());
        }
      }
      assertTrue(
          fonts.stream().anyMatch(f -> f.contains("Laksaman") || f.contains("Sarabun")), fonts.toString());
    }
  }

  @Test
  void theActionPlanHeaderRepeatsOnEveryPageItsTableRunsOnto() {
    int goalsOverTwoPages = 0;
    for (KmGoal goal : plan.goals()) {
      List<Integer> onPages = new ArrayList<>();
      List<String> ownMethods =
          goal.activities().stream()
              .map(a -> PdfDocuments.squeeze(Digits.THAI.apply(a.method())))
              .filter(m -> plan.goals().stream().filter(g -> g != goal).flatMap(g -> g.activities().stream())
                  .noneMatch(o -> PdfDocuments.squeeze(Digits.THAI.apply(o.method())).contains(m)))
              .toList();
      for (int p = 0; p < pages.size(); p++) {
        String page = PdfDocuments.squeeze(pages.get(p));
        boolean hasRow = ownMethods.stream().anyMatch(page::contains);
        if (hasRow) {
          onPages.add(p + 1);
          assertTrue(page.contains("วิธีการสู่ความสำเร็จ"), "page " + (p + 1) + " lacks the header");
          assertTrue(page.contains("ผู้รับผิดชอบ"), "page " + (p + 1) + " lacks the header");
        }
      }
      assertFalse(onPages.isEmpty(), "goal " + goal.number() + " printed nowhere");
      if (onPages.size() > 1) {
        goalsOverTwoPages++;
      }
    }
    assertTrue(goalsOverTwoPages > 0, "no action-plan table runs over a page, so nothing was tested");
  }

  @Test
  void theContentsGivesThePagesTheSectionsAreOn() {
    String contents =
        pages.stream().filter(p -> p.contains("สารบัญ")).findFirst().orElseThrow();
    String form1 = "แบบฟอร์มที่ ๑";
    String heading =
        PdfDocuments.squeeze(
            "แบบฟอร์มที่ ๑ การจำแนกองค์ความรู้ที่จำเป็นต่อการผลักดันตามประเด็นยุทธศาสตร์ของส่วนราชการ");
    Matcher m =
        Pattern.compile(Pattern.quote(heading) + "([๐-๙]+)").matcher(PdfDocuments.squeeze(contents));
    assertTrue(m.find(), "no page number for Form 1 in the contents:\n" + contents);
    int page = Integer.parseInt(Digits.ARABIC.apply(m.group(1)));
    String onThatPage = PdfDocuments.squeeze(pages.get(page - 1));
    assertTrue(onThatPage.contains(PdfDocuments.squeeze(form1)), "page " + page);
    assertTrue(
        onThatPage.contains(PdfDocuments.squeeze(plan.form1().get(0).activity()))
            || onThatPage.contains(PdfDocuments.squeeze(Digits.THAI.apply(plan.form1().get(0).activity()))),
        "Form 1 is not on page " + page);
    assertTrue(contents.contains("กระบวนการจัดการความรู้"), contents);
  }

  @Test
  void pagesAreNumberedInThaiDigits() {
    assertTrue(pages.get(1).contains("๒"), pages.get(1));
    assertTrue(pages.get(pages.size() - 1).contains(Digits.THAI.apply(String.valueOf(pages.size()))));
  }
}
