package th.km.persistence.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a PDF, a DOCX and a text file apart by their first bytes and structure, never by the file
 * name: a municipality's files are often named {@code แผน KM.pdf.docx} or have no extension.
 */
final class FormatSniffer {

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /** PDFs sometimes carry a few bytes of junk before the header; readers accept 1024. */
  private static final int PDF_HEADER_WINDOW = 1024;

  private FormatSniffer() {}

  /**
   * The document's format; refuses, naming the file, what is neither (a spreadsheet, an image, a
   * program, another kind of ZIP).
   */
  static DocumentFormat sniff(byte[] bytes, String fileName) {
    if (startsWithin(bytes, PDF_MAGIC, PDF_HEADER_WINDOW)) {
      return DocumentFormat.PDF;
    }
    if (bytes.length >= ZIP_MAGIC.length
        && Arrays.equals(bytes, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0, ZIP_MAGIC.length)) {
      if (zipHolds(bytes, "word/document.xml")) {
        return DocumentFormat.DOCX;
      }
      throw new UnreadableDocumentException(
          "ไฟล์ " + fileName + " เป็นไฟล์ ZIP ที่ไม่ใช่เอกสาร Word (.docx) เช่น Excel หรือ PowerPoint",
          "file "
              + fileName
              + " is a ZIP archive but not a Word document (.docx), such as a spreadsheet");
    }
    if (TextDecoding.looksLikeText(bytes)) {
      return DocumentFormat.TEXT;
    }
    throw new UnreadableDocumentException(
        "ไฟล์ " + fileName + " ไม่ใช่ PDF, Word (.docx) หรือไฟล์ข้อความ (UTF-8 หรือ TIS-620)",
        "file " + fileName + " is neither a PDF, a Word document (.docx) nor text (UTF-8 or TIS-620)");
  }

  private static boolean startsWithin(byte[] bytes, byte[] magic, int window) {
    int last = Math.min(window, bytes.length - magic.length);
    for (int i = 0; i <= last; i++) {
      if (Arrays.equals(bytes, i, i + magic.length, magic, 0, magic.length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean zipHolds(byte[] bytes, String entryName) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (entryName.equals(e.getName())) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
