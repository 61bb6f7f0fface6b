package th.km.persistence.document;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A program that prints a {@link Document} to PDF with the Thai font embedded: headless Chromium
 * from the HTML ({@link ChromiumEngine}), LibreOffice from the DOCX ({@link LibreOfficeEngine}),
 * or openhtmltopdf in Java from the HTML ({@link OpenHtmlToPdfEngine}). {@link PdfDocuments} picks
 * the first one installed.
 */
public interface PdfEngine {

  /** The engine's name as the command line reports it ("chromium", "libreoffice", "openhtmltopdf"). */
  String name();

  /** Whether the engine's program is installed on this machine. */
  boolean available();

  /**
   * The PDF of the document.
   *
   * @param headingPages the page of each listed heading, for the contents list
   * @throws th.km.persistence.PersistenceException when the program fails or is missing
   */
  byte[] print(Document doc, List<@Nullable Integer> headingPages);
}
