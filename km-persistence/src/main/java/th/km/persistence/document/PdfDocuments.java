package th.km.persistence.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import th.km.persistence.PersistenceException;

/**
 * Prints documents to PDF with the first engine installed (Chromium, then LibreOffice, else the
 * pure-Java openhtmltopdf, which is always there) and fills
 * in the contents list: a first printing finds the page each listed heading lands on, a second one
 * prints those pages. The contents list has one line per heading either way, so the second
 * printing paginates as the first did.
 */
public final class PdfDocuments {

  /** A printed PDF and the engine that printed it. */
  public record Printed(byte[] pdf, String engine) {
    public Printed {
      pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
      return pdf.clone();
    }
  }

  private PdfDocuments() {}

  /** The engines km knows, in the order it prefers them. */
  public static List<PdfEngine> engines() {
    return List.of(new ChromiumEngine(), new LibreOfficeEngine(), new OpenHtmlToPdfEngine());
  }

  /**
   * The engine to use: the one named (by {@code KM_PDF_ENGINE} for example), else the first one
   * installed, which is openhtmltopdf at worst; empty only when the engine named is unknown or not
   * installed.
   */
  public static Optional<PdfEngine> choose(@Nullable String name) {
    return engines().stream()
        .filter(e -> name == null || name.isBlank() || e.name().equals(name.strip()))
        .filter(PdfEngine::available)
        .findFirst();
  }

  /** Prints the document with the engine, its contents list with page numbers. */
  public static Printed print(Document doc, PdfEngine engine) {
    byte[] first = engine.print(doc, List.of());
    if (!doc.hasContents() || doc.listedHeadings().isEmpty()) {
      return new Printed(first, engine.name());
    }
    List<@Nullable Integer> pages = headingPages(doc, first);
    return new Printed(engine.print(doc, pages), engine.name());
  }

  /**
   * The page of each listed heading in a printing: the first page after the contents list's own
   * page, and not before the previous heading's page, whose text holds the heading's words.
   */
  static List<@Nullable Integer> headingPages(Document doc, byte[] pdf) {
    List<String> pages = pageTexts(pdf);
    String contentsTitle = "";
    for (DocSection s : doc.sections()) {
      for (DocBlock b : s.blocks()) {
        if (b instanceof DocBlock.Contents c) {
          contentsTitle = squeeze(c.title());
        }
      }
    }
    int from = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (!contentsTitle.isEmpty() && squeeze(pages.get(i)).contains(contentsTitle)) {
        from = i + 1;
        break;
      }
    }
    List<@Nullable Integer> found = new ArrayList<>();
    for (DocBlock.Heading h : doc.listedHeadings()) {
      String words = squeeze(h.text());
      Integer page = null;
      for (int i = from; i < pages.size(); i++) {
        if (squeeze(pages.get(i)).contains(words)) {
          page = i + 1;
          from = i;
          break;
        }
      }
      found.add(page);
    }
    return found;
  }

  /** The text of every page, in order, as PDFBox extracts it. */
  public static List<String> pageTexts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> texts = new ArrayList<>();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        texts.add(stripper.getText(document));
      }
      return texts;
    } catch (IOException e) {
      throw new PersistenceException("อ่าน PDF ไม่ได้ / cannot read the PDF: " + e.getMessage(), e);
    }
  }

  /** The text without any whitespace, for finding words whatever the line breaks. */
  public static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x200B)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
