package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.persistence.tables.CsvTableWriter;

/**
 * The CSV bytes are the UTF-8 of RFC 4180 text: quoted (quotes doubled) exactly when a field holds
 * a comma, a quote or a line break, Thai as UTF-8 either way; and standard output gets the same
 * bytes straight as a writer gets the text.
 */
class CsvBytesTest {

  private static String field(String text) {
    return new CsvBytes().field(text).toString();
  }

  @Test
  void quotesAsTheTableWriterDoesForAnyText() {
    // The byte path must follow the project's one quoting rule (CsvTableWriter.quote) for any text:
    // seeded random fields over ASCII, the characters that need quotes, Thai and a surrogate pair.
    String alphabet = "ab09 -,\"\r\nกขคไม่ๆ\uD83D\uDE00";
    Random random = new Random(2569);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        int at = random.nextInt(alphabet.length() - 1);
        char c = alphabet.charAt(at);
        if (Character.isHighSurrogate(c)) {
          text.append(alphabet, at, at + 2);
        } else {
          text.append(Character.isLowSurrogate(c) ? 'x' : c);
        }
      }
      String field = text.toString();
      assertEquals(CsvTableWriter.quote(field), field(field), "the field " + field);
    }
  }

  @Test
  void quotesOnlyWhatNeedsQuotes() {
    assertEquals("acc-000001", field("acc-000001"));
    assertEquals("", field(""));
    assertEquals("\"a,b\"", field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", field("say \"hi\""));
    assertEquals("\"two\r\nlines\"", field("two\r\nlines"));
    assertEquals("\"line\nbreak\"", field("line\nbreak"));
    assertEquals("ไม่มีข้อมูล", field("ไม่มีข้อมูล"));
    assertEquals("\"ครบ, ทุกตำแหน่ง\"", field("ครบ, ทุกตำแหน่ง"));
    assertEquals("\"ครบ \"\"ทุก\"\" ตำแหน่ง\"", field("ครบ \"ทุก\" ตำแหน่ง"));
    assertArrayEquals(
        "ครบ,x".getBytes(StandardCharsets.UTF_8),
        new CsvBytes().field("ครบ").ascii(',').field("x").toByteArray());
  }

  @Test
  void joinsIdsAsOneFieldQuotedWhenOneNeedsIt() {
    assertEquals("a-1 b-2 c-3", new CsvBytes().joined(List.of("a-1", "b-2", "c-3")).toString());
    assertEquals("", new CsvBytes().joined(List.of()).toString());
    assertEquals("\"a-1 b,2 c-3\"", new CsvBytes().joined(List.of("a-1", "b,2", "c-3")).toString());
    assertEquals("x,ก-1 ข-2", new CsvBytes().ascii("x,").joined(List.of("ก-1", "ข-2")).toString());
    assertEquals("\"ก-1 \"\"ข\"\"\"", new CsvBytes().joined(List.of("ก-1", "\"ข\"")).toString());
  }

  @Test
  void leadingColumnEndsInAComma() {
    assertEquals("org-1,", new String(CsvBytes.leading("org-1"), StandardCharsets.UTF_8));
    assertEquals("\"o,1\",", new String(CsvBytes.leading("o,1"), StandardCharsets.UTF_8));
  }

  @Test
  void growsPastItsFirstRoom() {
    StringBuilder expected = new StringBuilder();
    CsvBytes csv = new CsvBytes();
    for (int i = 0; i < 20_000; i++) {
      String text = i % 3 == 0 ? "ตัวชี้วัด " + i : "id-" + i;
      expected.append(text).append(',');
      csv.field(text).ascii(',');
    }
    assertEquals(expected.toString(), csv.toString());
    csv.clear();
    assertEquals("", csv.toString());
  }

  @Test
  void standardOutputGetsTheBytesAfterWhatItsWriterHolds() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    // The writer Main.main gives standard output, and the evaluate benchmark its output file.
    PrintWriter utf8 = Main.utf8Writer(stdout);
    assertInstanceOf(Main.Utf8Writer.class, utf8);
    StringWriter text = new StringWriter();
    PrintWriter chars = new PrintWriter(text);
    CsvBytes csv = new CsvBytes().field("สถานะ").ascii(',').field("a,b").ascii("\r\n");
    for (PrintWriter out : List.of(utf8, chars)) {
      out.print("ก่อน,");
      csv.writeTo(out);
      out.print("หลัง");
      out.flush();
    }
    assertEquals("ก่อน,สถานะ,\"a,b\"\r\nหลัง", text.toString());
    assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), stdout.toByteArray());
  }
}
