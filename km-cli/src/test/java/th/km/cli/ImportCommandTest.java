package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.textimport.ImportOptions;
import th.km.core.textimport.ImportSummary;
import th.km.core.textimport.PlanTextImporter;
import th.km.persistence.planfile.PlanFiles;

class ImportCommandTest {

  private record Run(int exitCode, String out, String err) {
    String lastLine() {
      List<String> lines = out.lines().toList();
      return lines.isEmpty() ? "" : lines.getLast();
    }
  }

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        ImportCommandTest.class.getResourceAsStream("/th/km/core/textimport/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String textSummary(String text) {
    return ImportSummary.of(PlanTextImporter.importText(text, ImportOptions.defaults())).line();
  }

  @Test
  void aTextPlanIsWrittenAndTheLastLineIsItsSummary(@TempDir Path dir) throws IOException {
    String seed = fixture("ban-waen-2569.txt");
    Path file = Files.writeString(dir.resolve("plan"), seed, StandardCharsets.UTF_8);
    Path json = dir.resolve("plan.json");
    Run run = km("import", file.toString(), "-o", json.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(textSummary(seed), run.lastLine());
    assertEquals(
        PlanTextImporter.importText(seed, ImportOptions.defaults()).plan().orElseThrow(),
        PlanFiles.read(json));
    assertTrue(run.err().contains(file + ": line 15: WARNING: the announcement's date"), run.err());
  }

  @Test
  void aTis620FileWithCrlfReadsLikeItsUtf8Text(@TempDir Path dir) throws IOException {
    String text = fixture("nong-bua-2570.txt");
    Path file = dir.resolve("nong-bua.txt");
    Files.write(file, text.replace("\n", "\r\n").getBytes(Charset.forName("x-windows-874")));
    Run run = km("import", file.toString(), "-o", dir.resolve("p.json").toString(), "--code", "nb");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(textSummary(text).replace("(nong-bua)", "(nb)"), run.lastLine());
  }

  @Test
  void aWordFileGivesTheSameSummaryAndNamesTablesAndRows(@TempDir Path dir) throws IOException {
    String plan = fixture("nong-bua-2570.txt");
    Path docx = Files.write(dir.resolve("แผน KM.pdf"), Docx.of(plan));
    Run run = km("import", docx.toString(), "-o", dir.resolve("plan.json").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(": DOCX, 0 Thai repairs"), run.out());
    assertEquals(textSummary(plan), run.lastLine());

    String damaged = fixture("damaged.txt");
    Path bad = Files.write(dir.resolve("damaged.docx"), Docx.of(damaged));
    Run badRun = km("import", bad.toString(), "-o", dir.resolve("bad.json").toString());
    assertEquals(1, badRun.exitCode(), badRun.err());
    assertTrue(badRun.err().contains(bad + ": table "), badRun.err());
    assertTrue(badRun.err().contains(bad + ": paragraph "), badRun.err());
    assertFalse(badRun.err().contains(bad + ": line "), badRun.err());
  }

  @Test
  void aPlanWithoutActivitiesIsAnErrorAndWritesNothing(@TempDir Path dir) throws IOException {
    String seed = fixture("nong-bua-2570.txt");
    String withoutActionPlan = seed.substring(0, seed.indexOf("แผนการจัดการความรู้ (KM Action)"));
    Path file = Files.writeString(dir.resolve("cut.txt"), withoutActionPlan, StandardCharsets.UTF_8);
    Path json = dir.resolve("plan.json");
    Run run = km("import", file.toString(), "-o", json.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("read 0 KM goals and 0 activities"), run.err());
    assertTrue(run.err().contains("อ่านได้ 0 เป้าหมาย KM"), run.err());
    assertFalse(Files.exists(json));
    assertEquals("", run.out());
  }

  @Test
  void whatIsNoPlanDocumentIsRefusedByName(@TempDir Path dir) throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path image = Files.write(dir.resolve("plan.docx"), png);
    Run run = km("import", image.toString(), "-o", dir.resolve("a.json").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("file " + image + " is neither a PDF"), run.err());
    assertTrue(run.err().contains("ไม่ใช่ PDF"), run.err());

    Path xlsx = Files.write(dir.resolve("plan.xlsx"), zipWith("xl/workbook.xml"));
    run = km("import", xlsx.toString(), "-o", dir.resolve("b.json").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains(xlsx + " is a ZIP archive but not a Word document"), run.err());

    Path scan = Files.write(dir.resolve("scan.pdf"), scannedPdf());
    run = km("import", scan.toString(), "-o", dir.resolve("c.json").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("OCR is not supported"), run.err());
    assertTrue(run.err().contains("ระบบไม่รองรับการอ่านภาพ (OCR)"), run.err());

    run = km("import", dir.resolve("missing.pdf").toString(), "-o", dir.resolve("d.json").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("does not exist"), run.err());
    assertFalse(Files.exists(dir.resolve("a.json")) || Files.exists(dir.resolve("c.json")));
  }

  private static byte[] zipWith(String entry) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** A PDF whose page is only an image, as a scanner makes it. */
  private static byte[] scannedPdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      java.awt.image.BufferedImage scan =
          new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(image, 50, 500);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
