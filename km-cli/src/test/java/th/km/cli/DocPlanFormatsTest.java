package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import th.km.core.plan.KmPlan;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.document.Digits;

/** {@code km doc plan} as DOCX and HTML: the text read back, and the Thai typography of each. */
class DocPlanFormatsTest {

  @TempDir static Path dir;

  private static KmPlan plan;

  private record Run(int exitCode, String out, String err) {}

  static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void writeThePlan() {
    DemoYear.write(dir);
    plan = DemoYear.shippedPlan();
  }

  private static Path make(String format, String... more) {
    Path file = dir.resolve("plan-" + more.length + "." + format);
    List<String> args =
        new ArrayList<>(
            List.of(
                "doc", "plan", "--plan", dir.resolve("plan.json").toString(), "--format", format, "-o",
                file.toString()));
    args.addAll(List.of(more));
    Run run = km(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return file;
  }

  @Test
  void theDocxSaysEverythingThePlanSaysInThaiRunsWordLaysOutAsThai() throws IOException {
    Path file = make("docx");
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument docx = new XWPFDocument(in)) {
      StringBuilder text = new StringBuilder();
      List<XWPFRun> runs = new ArrayList<>();
      int repeatedHeaders = 0;
      for (IBodyElement element : docx.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          text.append(p.getText()).append('\n');
          runs.addAll(p.getRuns());
        } else if (element instanceof XWPFTable t) {
          XWPFTableRow first = t.getRow(0);
          if (first.isRepeatHeader()) {
            repeatedHeaders++;
          }
          for (XWPFTableRow row : t.getRows()) {
            row.getTableCells()
                .forEach(
                    c -> {
                      text.append(c.getText()).append('\n');
                      c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                    });
          }
        }
      }
      assertEquals(List.of(), PlanWords.missing(plan, Digits.THAI, text.toString()));
      int thaiRuns = 0;
      for (XWPFRun run : runs) {
        String t = run.text();
        if (t.codePoints().noneMatch(c -> c >= 0x0E00 && c <= 0x0E7F)) {
          continue;
        }
        thaiRuns++;
        CTRPr pr = run.getCTR().getRPr();
        assertEquals("TH Sarabun New", pr.getRFontsArray(0).getCs(), t);
        assertEquals("TH Sarabun New", pr.getRFontsArray(0).getAscii(), t);
        assertEquals("TH Sarabun New", pr.getRFontsArray(0).getHAnsi(), t);
        assertTrue(pr.sizeOfSzCsArray() == 1, "no w:szCs on " + t);
        assertEquals("th-TH", pr.getLangArray(0).getBidi(), t);
        if (pr.sizeOfBArray() > 0) {
          assertEquals(1, pr.sizeOfBCsArray(), "bold without w:bCs on " + t);
        }
      }
      assertTrue(thaiRuns > 300, "Thai runs: " + thaiRuns);
      int tables = 1 + plan.goals().size() + (int) plan.form1().stream().map(f -> f.divisionName()).distinct().count();
      assertTrue(repeatedHeaders >= tables, "tables with a repeating header: " + repeatedHeaders);
      String xml = docx.getDocument().xmlText();
      assertTrue(xml.contains("w:orient=\"landscape\""), "no landscape section");
      assertTrue(xml.contains("PAGEREF h0"), "the contents has no page references");
      String footer = docx.getFooterArray(0)._getHdrFtr().xmlText();
      assertTrue(footer.contains("PAGE \\* ThaiArabic"), footer);
    }
  }

  @Test
  void theHtmlIsSelfContainedAndPrintsAsAThaiOfficialDocument() throws IOException {
    Path file = make("html", "--digits", "arabic");
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.contains("thead { display: table-header-group; }"), "headers do not repeat");
    assertTrue(html.contains("\"TH Sarabun New\", \"Laksaman\""), "font");
    assertTrue(html.contains("font-size: 16pt"), "size");
    assertTrue(html.contains("margin: 2.5cm 2cm 2cm 3cm"), "margins");
    assertTrue(html.contains("size: A4 landscape"), "landscape pages");
    assertFalse(html.contains("src=\"http"), "the file must not load anything");
    String text =
        html.replaceAll("(?s)<style>.*?</style>", "")
            .replaceAll("<[^>]+>", "")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    assertEquals(List.of(), PlanWords.missing(plan, Digits.ARABIC, text));
    assertFalse(text.contains("๒๕๖๙"), "--digits arabic left Thai digits");
    assertTrue(text.contains("2569"), "no year");
  }

  @Test
  void theEmblemIsPrintedAboveTheAnnouncement() throws IOException {
    Path emblem = dir.resolve("emblem.png");
    var image = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", emblem.toFile());
    Path file = make("html", "--emblem", emblem.toString());
    String html = Files.readString(file, StandardCharsets.UTF_8);
    int img = html.indexOf("<img");
    assertTrue(img > 0 && img < html.indexOf("ประกาศเทศบาลตำบลบ้านแหวน"), "emblem not above");
    assertTrue(html.contains("src=\"data:image/png;base64,"), "emblem not inlined");
    Path docx = make("docx", "--emblem", emblem.toString());
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument d = new XWPFDocument(in)) {
      assertEquals(1, d.getAllPictures().size());
    }
  }

  @Test
  void badInputIsRefusedWithThaiAndEnglishAndNoFile() throws IOException {
    Path out = dir.resolve("never.pdf");
    Run missing = km("doc", "plan", "--plan", dir.resolve("nope.json").toString(), "--format", "html", "-o", out.toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("ไม่พบไฟล์แผน") && missing.err().contains("does not exist"), missing.err());
    Path notImage = dir.resolve("emblem.txt");
    Files.writeString(notImage, "hello", StandardCharsets.UTF_8);
    Run badEmblem =
        km("doc", "plan", "--plan", dir.resolve("plan.json").toString(), "--format", "docx", "-o", out.toString(), "--emblem", notImage.toString());
    assertEquals(2, badEmblem.exitCode());
    assertTrue(badEmblem.err().contains("is not a PNG or JPEG"), badEmblem.err());
    Run neither = km("doc", "plan", "--format", "html", "-o", out.toString());
    assertEquals(2, neither.exitCode());
    assertTrue(neither.err().contains("give --plan <file>, or --org"), neither.err());
    Run badFormat = km("doc", "plan", "--plan", dir.resolve("plan.json").toString(), "--format", "odt", "-o", out.toString());
    assertEquals(2, badFormat.exitCode());
    assertFalse(Files.exists(out));
  }
}
