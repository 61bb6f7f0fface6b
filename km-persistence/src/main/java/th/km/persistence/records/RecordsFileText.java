package th.km.persistence.records;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one file of a records folder as UTF-8 text, refusing any other encoding with the line of
 * the first byte that is not UTF-8, so that a file saved as TIS-620 is named rather than misread.
 */
final class RecordsFileText {

  private RecordsFileText() {}

  /**
   * The file's text without a leading byte-order mark, empty when the file does not exist or
   * cannot be read as UTF-8 (which is reported).
   */
  static Optional<String> read(Path dir, String file, Problems problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir.resolve(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      problems.error(
          file, 0, "", "อ่านไฟล์ไม่ได้: " + e.getMessage(), "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.error(
          file,
          line,
          "",
          "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (อาจบันทึกเป็น TIS-620 หรือ Windows-874) ให้บันทึกใหม่เป็น UTF-8",
          "the file is not UTF-8 text (perhaps TIS-620 or Windows-874); save it again as UTF-8");
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }
}
