package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.document.Digits;
import th.km.persistence.document.plan.PlanDocument;

/**
 * The checks of {@link DocPlanPdfTest} on the PDF of the pure-Java renderer (openhtmltopdf), the
 * one every machine has: every word of the plan with its tone marks, no line broken inside a
 * cluster, A4 pages with landscape tables, the font embedded, the action plan's header repeated,
 * the contents' page numbers and the Thai page numbers. Its pages are kept as
 * {@code target/doc-pages/plan-openhtmltopdf-*.png}.
 */
class DocPlanOpenHtmlToPdfTest extends DocPlanPdfTest {

  @Override
  @Nullable String engine() {
    return "openhtmltopdf";
  }

  @Test
  void anEngineNamedButNotInstalledIsUnusableInputAndNothingIsWritten() {
    Path file = dir.resolve("none.pdf");
    UnusableInputException e =
        assertThrows(
            UnusableInputException.class,
            () ->
                DocOutput.write(
                    PlanDocument.of(DemoYear.shippedPlan(), Optional.empty(), Digits.THAI),
                    DocOutput.Format.pdf,
                    file,
                    new PrintWriter(new StringWriter()),
                    "no-such-engine"));
    assertTrue(e.getMessage().contains("KM_PDF_ENGINE=no-such-engine"), e.getMessage());
    assertTrue(e.getMessage().contains("openhtmltopdf"), e.getMessage());
    assertTrue(e.messageTh().contains("ไม่มีโปรแกรมทำ PDF"), e.messageTh());
    assertFalse(Files.exists(file), "a file was written");
  }
}
