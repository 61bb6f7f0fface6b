package th.km.persistence.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.extractor.POITextExtractor;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the words of an attachment for the index: a PDF with PDFBox, a DOCX or XLSX with POI,
 * told apart by their bytes. An image or any other file gives no words. A file that claims to be
 * one of these but cannot be read gives no words and a warning, never a failure: the asset is
 * still found by its title, its text and the attachment's name.
 */
public final class AttachmentText {

  /** The most characters taken from one attachment, so one huge file cannot swamp the index. */
  static final int MAX_CHARS = 1_000_000;

  private static final System.Logger LOG = System.getLogger(AttachmentText.class.getName());

  private AttachmentText() {}

  /**
   * What was read from one attachment.
   *
   * @param text the words found (empty for an image or an unreadable file)
   * @param warning why the file could not be read, in Thai and English, if it could not
   */
  public record Extracted(String text, Optional<String> warning) {}

  /** The attachment's words, or none with a warning if it is broken. */
  public static Extracted of(Attachment attachment) {
    byte[] bytes = attachment.content();
    try {
      String text = read(bytes);
      return new Extracted(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, Optional.empty());
    } catch (IOException | RuntimeException e) {
      // POI and PDFBox throw unchecked exceptions of many kinds for a damaged file.
      String warning =
          "อ่านข้อความในไฟล์แนบ '"
              + attachment.fileName()
              + "' ไม่ได้ ค้นได้จากชื่อไฟล์เท่านั้น / Cannot read the text of the attachment '"
              + attachment.fileName()
              + "', it is found by its name only: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage());
      LOG.log(Level.WARNING, warning);
      return new Extracted("", Optional.of(warning));
    }
  }

  private static String read(byte[] bytes) throws IOException {
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
      magic = FileMagic.valueOf(in);
    }
    return switch (magic) {
      case PDF -> pdf(bytes);
      case OOXML -> officeXml(bytes);
      default -> "";
    };
  }

  private static String pdf(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String officeXml(byte[] bytes) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      if (has(pkg, "/word/document.xml")) {
        return text(new XWPFWordExtractor(new XWPFDocument(pkg)));
      }
      if (has(pkg, "/xl/workbook.xml")) {
        return text(new XSSFExcelExtractor(new XSSFWorkbook(pkg)));
      }
      return "";
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static boolean has(OPCPackage pkg, String partName)
      throws org.apache.poi.openxml4j.exceptions.InvalidFormatException {
    PackagePartName name = PackagingURIHelper.createPartName(partName);
    return pkg.getPart(name) != null;
  }

  private static String text(POITextExtractor extractor) {
    // The extractor closes the document and the package on close; the caller still holds the
    // package, so it is left open here and closed by the caller's try.
    extractor.setCloseFilesystem(false);
    return extractor.getText();
  }
}
