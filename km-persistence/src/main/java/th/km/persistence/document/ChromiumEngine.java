package th.km.persistence.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Prints the document's HTML ({@link HtmlDocumentWriter}) to PDF with headless Chromium, in a fresh
 * profile that never touches the network. Chromium shapes Thai with HarfBuzz, breaks lines with
 * ICU's Thai dictionary, repeats table headers, honours the named landscape pages and the page
 * numbers of the print style sheet, and embeds the font it used.
 */
public final class ChromiumEngine implements PdfEngine {

  private final Path executable;

  /** Debian's Chromium. */
  public ChromiumEngine() {
    this(Path.of("/usr/bin/chromium"));
  }

  public ChromiumEngine(Path executable) {
    this.executable = executable;
  }

  @Override
  public String name() {
    return "chromium";
  }

  @Override
  public boolean available() {
    return Files.isExecutable(executable);
  }

  @Override
  public byte[] print(Document doc, List<@Nullable Integer> headingPages) {
    Path dir = ExternalProgram.scratch("km-chromium-");
    try {
      Path html = dir.resolve("document.html");
      Path pdf = dir.resolve("document.pdf");
      ExternalProgram.write(
          html, HtmlDocumentWriter.write(doc, headingPages).getBytes(StandardCharsets.UTF_8));
      ExternalProgram.run(
          List.of(
              executable.toString(),
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--no-pdf-header-footer",
              "--user-data-dir=" + dir.resolve("profile"),
              "--print-to-pdf=" + pdf,
              html.toUri().toString()),
          dir);
      return ExternalProgram.output(pdf, dir);
    } finally {
      ExternalProgram.delete(dir);
    }
  }
}
