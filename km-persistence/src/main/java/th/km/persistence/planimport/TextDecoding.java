package th.km.persistence.planimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a text file as UTF-8 (with or without a byte order mark) or, when its bytes are not
 * UTF-8 but are the Thai letters of TIS-620, as Windows-874 (TIS-620 with a few punctuation marks
 * more, which Thai Windows wrote). Line ends become {@code \n}.
 */
final class TextDecoding {

  private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

  private TextDecoding() {}

  /** Whether the bytes read as text in either encoding, without control characters. */
  static boolean looksLikeText(byte[] bytes) {
    return decode(bytes).isPresent();
  }

  /** The text with {@code \n} line ends and no byte order mark; empty when it is not text. */
  static Optional<String> decode(byte[] bytes) {
    Optional<String> text = utf8(bytes).or(() -> windows874(bytes));
    return text.filter(TextDecoding::hasNoControlCharacters).map(TextDecoding::normalize);
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The bytes as Windows-874 when every byte above 0x7F is a Thai letter, digit or mark of
   * TIS-620 (0xA1–0xFB) or one of the quotes, dashes and ellipsis Windows-874 adds.
   */
  private static Optional<String> windows874(byte[] bytes) {
    boolean thai = false;
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u < 0x80) {
        continue;
      }
      boolean letter = u >= 0xA1 && u <= 0xFB && (u < 0xDB || u > 0xDE);
      boolean punctuation = u == 0x85 || (u >= 0x91 && u <= 0x97) || u == 0xA0;
      if (!letter && !punctuation) {
        return Optional.empty();
      }
      thai |= letter;
    }
    if (!thai) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          WINDOWS_874
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasNoControlCharacters(String text) {
    return text.chars()
        .noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F);
  }

  private static String normalize(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return body.replace("\r\n", "\n").replace('\r', '\n');
  }
}
