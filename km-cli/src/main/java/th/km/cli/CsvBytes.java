package th.km.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * CSV text built as UTF-8 bytes (RFC 4180 quoting), for the large outputs of {@code km evaluate
 * --all --format csv}: each field is written and checked for what needs quotes in one pass over
 * its characters, ASCII straight as bytes, and the whole is handed to standard output as bytes
 * without a {@link String} or a character encoder in between ({@link #writeTo}).
 *
 * <p>The bytes are exactly the UTF-8 of the text {@link EvaluationCsv} describes: a field is
 * quoted, its quotes doubled, when it holds a comma, a quote or a line break, and only then.
 */
final class CsvBytes {

  private byte[] bytes;
  private int size;

  /** An empty text with room for a large one. */
  CsvBytes() {
    this(1 << 16);
  }

  private CsvBytes(int room) {
    bytes = new byte[room];
  }

  /** Forgets what was written, keeping the room for the next text. */
  void clear() {
    size = 0;
  }

  /** Writes text known to need no quotes and to be ASCII (a constant of the format). */
  CsvBytes ascii(String text) {
    int n = text.length();
    room(n);
    for (int i = 0; i < n; i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** Writes one ASCII character. */
  CsvBytes ascii(char c) {
    room(1);
    bytes[size++] = (byte) c;
    return this;
  }

  /** Writes bytes already in this form, as {@link #field} made them. */
  CsvBytes raw(byte[] text) {
    room(text.length);
    System.arraycopy(text, 0, bytes, size, text.length);
    size += text.length;
    return this;
  }

  /** Writes the number in decimal. */
  CsvBytes number(long value) {
    return ascii(Long.toString(value));
  }

  /** Writes the text as one field, quoted (quotes doubled) when it holds a comma, a quote or a line break. */
  CsvBytes field(String text) {
    int start = size;
    if (!plain(text)) {
      size = start;
      encoded(text);
    }
    return this;
  }

  /** Writes the texts joined by spaces as one field, quoted when one of them needs quotes. */
  CsvBytes joined(List<String> texts) {
    int start = size;
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        ascii(' ');
      }
      if (!plain(texts.get(i))) {
        size = start;
        return field(String.join(" ", texts));
      }
    }
    return this;
  }

  /** The bytes of the text as a field followed by a comma: a column in front of every line. */
  static byte[] leading(String text) {
    CsvBytes one = new CsvBytes(text.length() + 8);
    one.field(text).ascii(',');
    return one.toByteArray();
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** The text written, for a caller that wants it as characters. */
  @Override
  public String toString() {
    return new String(bytes, 0, size, StandardCharsets.UTF_8);
  }

  /**
   * Writes the bytes to {@code out}: straight to its byte stream when it is a UTF-8 writer on one
   * ({@link Main.Utf8Writer}, standard output), after what it holds; else as characters.
   */
  void writeTo(PrintWriter out) {
    if (out instanceof Main.Utf8Writer utf8) {
      out.flush();
      OutputStream stream = utf8.stream();
      try {
        stream.write(bytes, 0, size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      out.write(toString());
    }
  }

  /**
   * Writes the ASCII text as it is when it needs no quotes and returns true; returns false, with
   * what it wrote to be dropped, at the first character that is not ASCII or needs quotes.
   */
  private boolean plain(String text) {
    int n = text.length();
    room(n);
    byte[] b = bytes;
    int p = size;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // Every character that needs quotes (a comma, a quote, CR, LF) is a comma or below.
      if (c >= 0x80 || c <= ',' && (c == ',' || c == '"' || c == '\n' || c == '\r')) {
        return false;
      }
      b[p++] = (byte) c;
    }
    size = p;
    return true;
  }

  /** Any text as its UTF-8 bytes, quoted when needed: no byte of a multi-byte character is ASCII. */
  private void encoded(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    boolean quoted = false;
    for (byte x : utf8) {
      if (x == ',' || x == '"' || x == '\n' || x == '\r') {
        quoted = true;
        break;
      }
    }
    if (!quoted) {
      raw(utf8);
      return;
    }
    room(2 * utf8.length + 2);
    bytes[size++] = '"';
    for (byte x : utf8) {
      if (x == '"') {
        bytes[size++] = '"';
      }
      bytes[size++] = x;
    }
    bytes[size++] = '"';
  }

  private void room(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
    }
  }
}
