package th.km.persistence.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.km.core.textimport.ImportOptions;
import th.km.core.textimport.ImportSummary;
import th.km.core.textimport.PlanTextImporter;

/**
 * Every plan text of the core's import tests, written as a DOCX (by POI) and as a PDF (that DOCX
 * converted by LibreOffice in Laksaman, landscape, tables ruled and repeated over page breaks),
 * imports back from both with the same summary as the text itself; the two plans named below are
 * left out of the trip a document cannot make, and stay in the text corpus test.
 */
class RoundTripTest {

  /**
   * Its broken rows lack a tab, so they have fewer cells than their header; the text import
   * refuses them because it cannot tell which cell is missing. A Word table cannot hold such a
   * row: every row has the table's cells, the missing one empty, which makes it a valid row (7
   * activities and 1 Form 1 row become 8 and 2). The DOCX and PDF say something else than the
   * text, so neither is compared.
   */
  private static final String ROWS_A_TABLE_CANNOT_HOLD = "12-bua-yai-broken-rows";

  /**
   * It is pdftotext's output of a PDF: columns aligned by runs of spaces in a fixed-width layout.
   * Written in a proportional font, those spaces no longer line up, so the PDF made of it is
   * another document (its columns are found at other places), not a copy of the one pdftotext
   * read. Its DOCX holds the text's lines as they are and is compared.
   */
  private static final String ALREADY_EXTRACTED_FROM_A_PDF = "08-hang-dong-pdftotext-no-tabs";

  private static Path dir;

  @BeforeAll
  static void render() throws IOException {
    List<String> names = PlanTexts.all().stream().map(PlanTexts::baseName).toList();
    assertTrue(names.containsAll(List.of(ROWS_A_TABLE_CANNOT_HOLD, ALREADY_EXTRACTED_FROM_A_PDF)),
        () -> "a plan left out of the round trip is no longer in the corpus: " + names);
    dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "round-trip");
    for (Path text : docxPlans()) {
      Files.write(dir.resolve(PlanTexts.baseName(text) + ".docx"),
          PlanDocxRenderer.render(PlanTexts.read(text)));
    }
  }

  static List<Path> docxPlans() {
    return PlanTexts.all().stream()
        .filter(text -> !PlanTexts.baseName(text).equals(ROWS_A_TABLE_CANNOT_HOLD))
        .toList();
  }

  static List<Path> pdfPlans() {
    return docxPlans().stream()
        .filter(text -> !PlanTexts.baseName(text).equals(ALREADY_EXTRACTED_FROM_A_PDF))
        .toList();
  }

  static Stream<Path> plans() {
    return docxPlans().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void theDocxGivesTheTextsSummary(Path text) throws IOException {
    byte[] docx = Files.readAllBytes(dir.resolve(PlanTexts.baseName(text) + ".docx"));
    PlanDocumentImport read =
        PlanDocumentImporter.importDocument(docx, text.getFileName() + ".docx", ImportOptions.defaults());
    assertEquals(DocumentFormat.DOCX, read.format());
    assertEquals(textSummary(text), read.summary().orElseThrow().line(), () -> read.source().text());
  }

  @Test
  void everyPdfGivesItsTextsSummary() throws IOException, InterruptedException {
    LibreOffice.requireInstalled();
    List<Path> docs = new ArrayList<>();
    for (Path text : pdfPlans()) {
      docs.add(dir.resolve(PlanTexts.baseName(text) + ".docx"));
    }
    LibreOffice.toPdf(docs, dir);
    List<String> wrong = new ArrayList<>();
    for (Path text : pdfPlans()) {
      Path pdf = dir.resolve(PlanTexts.baseName(text) + ".pdf");
      PlanDocumentImport read = PlanDocumentImporter.importDocument(
          Files.readAllBytes(pdf), pdf.getFileName().toString(), ImportOptions.defaults());
      String expected = textSummary(text);
      String actual = read.summary().map(ImportSummary::line).orElse("no plan");
      if (!expected.equals(actual)) {
        Files.writeString(Path.of("target", PlanTexts.baseName(text) + ".pdf.txt"), read.source().text());
        wrong.add(text.getFileName() + "\n  text: " + expected + "\n  pdf:  " + actual
            + "\n  " + read.issues().stream().map(Object::toString).toList());
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static String textSummary(Path text) {
    return ImportSummary.of(PlanTextImporter.importText(PlanTexts.read(text), ImportOptions.defaults()))
        .line();
  }
}
