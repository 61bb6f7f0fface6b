package th.km.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import th.km.core.knowledge.AttachmentSniffer.Sniffed;

class AttachmentSnifferTest {

  @Test
  void tellsEachKindByItsBytesNotItsName() throws IOException {
    assertEquals(AttachmentType.PDF, type("a.docx", ascii("%PDF-1.7\n...")));
    assertEquals(AttachmentType.PNG, type("a.pdf", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0)));
    assertEquals(AttachmentType.JPEG, type("x", bytes(0xff, 0xd8, 0xff, 0xe0, 0)));
    assertEquals(AttachmentType.GIF, type("x", ascii("GIF89a....")));
    assertEquals(AttachmentType.WEBP, type("x", ascii("RIFF\0\0\0\0WEBPVP8 ")));
    assertEquals(AttachmentType.DOCX, type("manual.xlsx", zip("[Content_Types].xml", "word/document.xml")));
    assertEquals(AttachmentType.XLSX, type("sheet.docx", zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")));
  }

  @Test
  void refusesWhatItDoesNotKeepNamingTheFile() throws IOException {
    { String r = reason("script.pdf", ascii("<script>alert(1)</script>")); assertTrue(r.contains("script.pdf"), r); assertTrue(r.contains("is not a PDF, DOCX, XLSX or picture"), r); }
    { String r = reason("empty.pdf", new byte[0]); assertTrue(r.contains("empty.pdf"), r); assertTrue(r.contains("is empty"), r); }
    { String r = reason("a.zip", zip("readme.txt")); assertTrue(r.contains("not a Word (DOCX) or Excel (XLSX)"), r); }
    { String r = reason("macro.docx", zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")); assertTrue(r.contains("macros"), r); }
    byte[] broken = ascii("PK\u0003\u0004 truncated without a directory");
    { String r = reason("broken.docx", broken); assertTrue(r.contains("damaged"), r); }
    byte[] big = new byte[(int) AttachmentSniffer.MAX_BYTES + 1];
    big[0] = '%';
    { String r = reason("big.pdf", big); assertTrue(r.contains("big.pdf"), r); assertTrue(r.contains("more than the limit"), r); }
  }

  @Test
  void theThaiReasonNamesTheFileToo() {
    Sniffed s = AttachmentSniffer.sniff("คู่มือ.exe", ascii("MZ\u0090\u0000"));
    assertInstanceOf(Sniffed.Refused.class, s);
    { String r = ((Sniffed.Refused) s).reason().th(); assertTrue(r.contains("คู่มือ.exe"), r); assertTrue(r.contains("ไม่ใช่ไฟล์ PDF"), r); }
  }

  private static AttachmentType type(String name, byte[] bytes) {
    Sniffed s = AttachmentSniffer.sniff(name, bytes);
    assertInstanceOf(Sniffed.Accepted.class, s);
    return ((Sniffed.Accepted) s).type();
  }

  private static String reason(String name, byte[] bytes) {
    Sniffed s = AttachmentSniffer.sniff(name, bytes);
    assertInstanceOf(Sniffed.Refused.class, s);
    return ((Sniffed.Refused) s).reason().en();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
