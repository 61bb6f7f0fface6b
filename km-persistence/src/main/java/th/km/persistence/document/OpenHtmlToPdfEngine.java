package th.km.persistence.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.persistence.PersistenceException;

/**
 * Prints the document's HTML ({@link HtmlDocumentWriter}) to PDF in Java with openhtmltopdf, the
 * last resort on a machine without Chromium or LibreOffice: it needs no program, so PDF always
 * works. It embeds a subset of Laksaman ({@link ThaiFont}), breaks Thai lines between words with
 * ICU's dictionary ({@link ThaiLineBreaker}), repeats table headers, prints the landscape pages
 * and writes the page numbers in Thai digits ({@link PageNumbers}), which its style sheet engine
 * cannot count in.
 *
 * <p>It places every glyph at its font's default position: it does not shape Thai as HarfBuzz
 * does, so a tone mark over an upper vowel (ที่, นี้) sits at the font's default height, a little
 * higher than Chromium puts it. The text itself, as a PDF reader extracts or searches it, is the
 * same.
 */
public final class OpenHtmlToPdfEngine implements PdfEngine {

  /** The name {@code KM_PDF_ENGINE} gives it and the commands report. */
  public static final String NAME = "openhtmltopdf";

  private static final int REGULAR = 400;
  private static final int BOLD = 700;

  static {
    // Its parser reports every CSS property it does not know (the print style sheet is written for
    // Chromium first) on the JDK's logger, which prints to stderr: a km command keeps that clean.
    XRLog.setLoggingEnabled(false);
  }

  private final ThaiFont font;

  /** The engine with the installed Laksaman, else the one in km's jar. */
  public OpenHtmlToPdfEngine() {
    this(ThaiFont.find());
  }

  OpenHtmlToPdfEngine(ThaiFont font) {
    this.font = font;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Always: the renderer and its font are in km's jar. */
  @Override
  public boolean available() {
    return true;
  }

  @Override
  public byte[] print(Document doc, List<@Nullable Integer> headingPages) {
    boolean stampThaiNumbers = doc.digits() == Digits.THAI;
    // The engine counts pages only in Western digits: with Thai digits asked, the foot is left
    // empty here and PageNumbers writes the numbers onto the printed pages.
    // It lays every page out at the first page's width, so a landscape section is given its own
    // (29.7 cm less the 3 cm and 2 cm margins) and runs on past the portrait body's edge.
    String extraCss =
        "section.landscape { width: 24.7cm; }\n"
            + (stampThaiNumbers
                ? "@page { @bottom-center { content: none; } }\n"
                    + "@page wide { @bottom-center { content: none; } }\n"
                : "");
    String html = HtmlDocumentWriter.write(doc, headingPages, extraCss);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder
          .withHtmlContent(html, null)
          .useFont(() -> new ByteArrayInputStream(font.regular()), ThaiFont.FAMILY, REGULAR, FontStyle.NORMAL, true)
          .useFont(() -> new ByteArrayInputStream(font.bold()), ThaiFont.FAMILY, BOLD, FontStyle.NORMAL, true)
          .useUnicodeLineBreaker(ThaiLineBreaker.lines())
          .useUnicodeCharacterBreaker(ThaiLineBreaker.clusters())
          // The document is self-contained (its images are data: URIs): nothing is fetched.
          .useExternalResourceAccessControl(
              (uri, type) -> uri.startsWith("data:"),
              ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .withDiagnosticConsumer(diagnostic -> {})
          .withProducer("km (" + NAME + ")")
          .toStream(out)
          .run();
    } catch (IOException | RuntimeException e) {
      throw new PersistenceException(
          "openhtmltopdf ทำ PDF ไม่สำเร็จ / openhtmltopdf failed: " + e.getMessage(), e);
    }
    byte[] pdf = out.toByteArray();
    return stampThaiNumbers ? PageNumbers.stamp(pdf, font.regular(), doc.digits()) : pdf;
  }
}
