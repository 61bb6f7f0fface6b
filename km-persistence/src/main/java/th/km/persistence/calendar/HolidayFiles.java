package th.km.persistence.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.calendar.HolidayParseResult;

/**
 * Reads holiday files into a {@link HolidayCalendar}: the list of Thai government holidays that
 * ships with km, or a file of the user's own (plain text or iCalendar, UTF-8). A file with any
 * problem is refused whole, with a {@link HolidayFileException} that names each bad line.
 */
public final class HolidayFiles {

  /** The bundled file's name, as problem messages and warnings show it. */
  public static final String SHIPPED_NAME = "thai-holidays-2568-2570.txt";

  private static final String SHIPPED_RESOURCE = SHIPPED_NAME;

  private HolidayFiles() {}

  /**
   * Thai government holidays (วันหยุดราชการ) from October 2024 to December 2027, the fiscal years
   * B.E. 2568 to 2570 and the calendar year after.
   */
  public static HolidayCalendar shipped() {
    return Shipped.CALENDAR;
  }

  /** Read once, on first use: the bundled file does not change while km runs. */
  private static final class Shipped {
    static final HolidayCalendar CALENDAR = readShipped();
  }

  private static HolidayCalendar readShipped() {
    try (InputStream in = HolidayFiles.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled holiday file is missing: " + SHIPPED_RESOURCE);
      }
      return calendarOf(decode(in.readAllBytes()), SHIPPED_NAME);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled holiday file " + SHIPPED_RESOURCE, e);
    }
  }

  /** A user's holiday file, plain or iCalendar, in UTF-8. */
  public static HolidayCalendar load(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new HolidayFileException(
          "ไม่พบไฟล์วันหยุด " + name, "holiday file " + name + " does not exist", e);
    } catch (IOException e) {
      throw new HolidayFileException(
          "อ่านไฟล์วันหยุด " + name + " ไม่ได้: " + e.getMessage(),
          "cannot read holiday file " + name + ": " + e.getMessage(),
          e);
    }
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      throw new HolidayFileException(
          "ไฟล์วันหยุด " + name + " ไม่ได้เข้ารหัสเป็น UTF-8 (บันทึกไฟล์ใหม่เป็น UTF-8)",
          "holiday file " + name + " is not UTF-8 text (save it again as UTF-8)",
          e);
    }
    return calendarOf(text, name);
  }

  private static HolidayCalendar calendarOf(String text, String sourceName) {
    return switch (HolidayCalendar.parse(text, sourceName)) {
      case HolidayParseResult.Parsed parsed -> parsed.calendar();
      case HolidayParseResult.Rejected rejected ->
          throw new HolidayFileException(sourceName, rejected.problems());
    };
  }

  /** Strict UTF-8: a file in another encoding must not become holidays with garbled names. */
  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
