package th.km.persistence.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Prints the document's DOCX ({@link DocxDocumentWriter}) to PDF with LibreOffice in headless mode,
 * in a fresh user profile. Used where Chromium is not installed.
 */
public final class LibreOfficeEngine implements PdfEngine {

  private final Path executable;

  /** Debian's LibreOffice. */
  public LibreOfficeEngine() {
    this(Path.of("/usr/bin/soffice"));
  }

  public LibreOfficeEngine(Path executable) {
    this.executable = executable;
  }

  @Override
  public String name() {
    return "libreoffice";
  }

  @Override
  public boolean available() {
    return Files.isExecutable(executable);
  }

  @Override
  public byte[] print(Document doc, List<@Nullable Integer> headingPages) {
    Path dir = ExternalProgram.scratch("km-libreoffice-");
    try {
      Path docx = dir.resolve("document.docx");
      ExternalProgram.write(docx, DocxDocumentWriter.write(doc, headingPages));
      ExternalProgram.run(
          List.of(
              executable.toString(),
              "--headless",
              "--norestore",
              "--nolockcheck",
              "-env:UserInstallation=" + dir.resolve("profile").toUri(),
              "--convert-to",
              "pdf",
              "--outdir",
              dir.toString(),
              docx.toString()),
          dir);
      return ExternalProgram.output(dir.resolve("document.pdf"), dir);
    } finally {
      ExternalProgram.delete(dir);
    }
  }
}
