package th.km.core.knowledge;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import th.km.core.LocalizedText;

/**
 * Tells what an uploaded file is from its bytes, never from its name: a PDF by its header, a
 * picture by its signature, and a Word or Excel file by the entries of its ZIP container ({@code
 * word/document.xml} or {@code xl/workbook.xml}). Anything else is refused with a reason that names
 * the file, in Thai and English.
 */
public final class AttachmentSniffer {

  /** The largest attachment km keeps: 10 MiB. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int EOCD_LENGTH = 22;

  private AttachmentSniffer() {}

  /** What sniffing a file came to. */
  public sealed interface Sniffed {
    /** The file is of a kind km keeps. */
    record Accepted(AttachmentType type) implements Sniffed {}

    /** The file is refused, and why. */
    record Refused(LocalizedText reason) implements Sniffed {}
  }

  /** Sniffs the bytes of the file uploaded under the name. */
  public static Sniffed sniff(String fileName, byte[] bytes) {
    if (bytes.length == 0) {
      return refused(fileName, "เป็นไฟล์ว่าง ไม่มีข้อมูล", "is empty");
    }
    if (bytes.length > MAX_BYTES) {
      return refused(
          fileName,
          "มีขนาด " + bytes.length + " ไบต์ เกินขนาดสูงสุด " + MAX_BYTES + " ไบต์ (10 MB)",
          "is " + bytes.length + " bytes, more than the limit of " + MAX_BYTES + " bytes (10 MB)");
    }
    if (startsWith(bytes, 0, "%PDF-")) {
      return new Sniffed.Accepted(AttachmentType.PDF);
    }
    if (startsWith(bytes, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
      return new Sniffed.Accepted(AttachmentType.PNG);
    }
    if (startsWith(bytes, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
      return new Sniffed.Accepted(AttachmentType.JPEG);
    }
    if (startsWith(bytes, 0, "GIF87a") || startsWith(bytes, 0, "GIF89a")) {
      return new Sniffed.Accepted(AttachmentType.GIF);
    }
    if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WEBP")) {
      return new Sniffed.Accepted(AttachmentType.WEBP);
    }
    if (startsWith(bytes, 0, new byte[] {'P', 'K', 3, 4})) {
      return office(fileName, bytes);
    }
    return refused(
        fileName,
        "ไม่ใช่ไฟล์ PDF, DOCX, XLSX หรือรูปภาพ (PNG, JPEG, GIF, WEBP) ตามเนื้อหาของไฟล์"
            + " (ไม่ดูจากนามสกุลของชื่อไฟล์)",
        "is not a PDF, DOCX, XLSX or picture (PNG, JPEG, GIF, WEBP) by its content"
            + " (its name's extension is not trusted)");
  }

  /** A ZIP container: Word or Excel by the entries it holds, refused when it holds macros. */
  private static Sniffed office(String fileName, byte[] bytes) {
    Optional<Set<String>> entries = zipEntries(bytes);
    if (entries.isEmpty()) {
      return refused(
          fileName,
          "เป็นไฟล์ ZIP ที่เสียหายหรืออ่านไม่ได้",
          "is a ZIP file that is damaged or cannot be read");
    }
    Set<String> names = entries.get();
    if (names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
      return refused(
          fileName,
          "มีมาโคร (VBA) อยู่ภายใน km รับเฉพาะเอกสารที่ไม่มีมาโคร",
          "contains macros (VBA); km accepts only documents without macros");
    }
    if (names.contains("[Content_Types].xml")) {
      if (names.contains("word/document.xml")) {
        return new Sniffed.Accepted(AttachmentType.DOCX);
      }
      if (names.contains("xl/workbook.xml")) {
        return new Sniffed.Accepted(AttachmentType.XLSX);
      }
    }
    return refused(
        fileName,
        "เป็นไฟล์ ZIP แต่ไม่ใช่เอกสาร Word (DOCX) หรือ Excel (XLSX)",
        "is a ZIP file but not a Word (DOCX) or Excel (XLSX) document");
  }

  /**
   * The names in the ZIP's central directory, read from its end record; empty when the directory
   * cannot be found or runs past the bytes.
   */
  private static Optional<Set<String>> zipEntries(byte[] b) {
    int eocd = -1;
    for (int i = b.length - EOCD_LENGTH; i >= Math.max(0, b.length - EOCD_LENGTH - 0xffff); i--) {
      if (int32(b, i) == EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      return Optional.empty();
    }
    int count = int16(b, eocd + 10);
    long offset = int32(b, eocd + 16) & 0xffffffffL;
    Set<String> names = new HashSet<>();
    long at = offset;
    for (int i = 0; i < count; i++) {
      if (at + 46 > b.length || int32(b, (int) at) != CENTRAL_SIGNATURE) {
        return Optional.empty();
      }
      int p = (int) at;
      int nameLength = int16(b, p + 28);
      int extraLength = int16(b, p + 30);
      int commentLength = int16(b, p + 32);
      if (p + 46L + nameLength > b.length) {
        return Optional.empty();
      }
      names.add(latin1(b, p + 46, nameLength));
      at = p + 46L + nameLength + extraLength + commentLength;
    }
    return Optional.of(names);
  }

  private static int int16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int int32(byte[] b, int at) {
    return int16(b, at) | int16(b, at + 2) << 16;
  }

  private static boolean startsWith(byte[] bytes, int at, String ascii) {
    byte[] prefix = new byte[ascii.length()];
    for (int i = 0; i < prefix.length; i++) {
      prefix[i] = (byte) ascii.charAt(i);
    }
    return startsWith(bytes, at, prefix);
  }

  /** Bytes as ISO-8859-1 text (each byte one character), as ZIP names of Office files are. */
  private static String latin1(byte[] b, int from, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = from; i < from + length; i++) {
      s.append((char) (b[i] & 0xff));
    }
    return s.toString();
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (bytes.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Sniffed refused(String fileName, String thai, String english) {
    return new Sniffed.Refused(
        LocalizedText.of("ไฟล์ \"" + fileName + "\" " + thai, "the file \"" + fileName + "\" " + english));
  }
}
