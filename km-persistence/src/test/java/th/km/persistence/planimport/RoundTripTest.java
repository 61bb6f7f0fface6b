package th.km.persistence.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * imports back from both with the same summary as the text itself.
 */
class RoundTripTest {

  private static Path dir;

  @BeforeAll
  static void render() throws IOException {
    dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "round-trip");
    for (Path text : PlanTexts.all()) {
      Files.write(dir.resolve(PlanTexts.baseName(text) + ".docx"),
          PlanDocxRenderer.render(PlanTexts.read(text)));
    }
  }

  static Stream<Path> plans() {
    return PlanTexts.all().stream();
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
    for (Path text : PlanTexts.all()) {
      docs.add(dir.resolve(PlanTexts.baseName(text) + ".docx"));
    }
    LibreOffice.toPdf(docs, dir);
    List<String> wrong = new ArrayList<>();
    for (Path text : PlanTexts.all()) {
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
