package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a few pages of a printed document as PNG under target/doc-pages, rendered by pdftoppm
 * (poppler-utils), for a person to look at. Without pdftoppm nothing is kept, except under CI.
 */
final class DocumentPages {

  static final Path FOLDER = Path.of("target", "doc-pages");

  private DocumentPages() {}

  static void keepPngs(Path pdf, String name, List<Integer> pages) throws IOException {
    Path pdftoppm = Path.of("/usr/bin/pdftoppm");
    if (!Files.isExecutable(pdftoppm)) {
      assertTrue(!"true".equals(System.getenv("CI")), "pdftoppm (poppler-utils) is missing under CI");
      return;
    }
    Files.createDirectories(FOLDER);
    for (int page : pages) {
      Path prefix = FOLDER.resolve(name + "-" + page);
      try {
        Process p =
            new ProcessBuilder(
                    pdftoppm.toString(), "-png", "-r", "70", "-singlefile", "-f", String.valueOf(page),
                    "-l", String.valueOf(page), pdf.toString(), prefix.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftoppm did not finish");
        assertEquals(0, p.exitValue(), "pdftoppm failed on page " + page);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      Path png = prefix.resolveSibling(prefix.getFileName() + ".png");
      assertTrue(Files.size(png) > 1000, png + " is empty");
    }
  }

  /** Keeps the text PDFBox extracted, page by page, beside the pictures. */
  static void keepText(String name, List<String> pages) throws IOException {
    Files.createDirectories(FOLDER);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      text.append("=== page ").append(i + 1).append(" ===\n").append(pages.get(i));
    }
    Files.writeString(FOLDER.resolve(name + ".txt"), text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
