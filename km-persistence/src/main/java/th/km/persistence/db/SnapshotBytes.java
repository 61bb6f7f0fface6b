package th.km.persistence.db;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The byte-level parts of the stored snapshots ({@link RecordYearCodec}, {@link PlanRowsCodec}): a
 * growable buffer that writes variable-length integers (7 bits a byte, zig-zag for signed values)
 * and length-prefixed UTF-8 text, and a reader of the same over a byte array that refuses to read
 * past its end. A snapshot opens with its codec's magic number and version and closes with a
 * CRC-32C of all that comes before it ({@link Out#toCheckedArray}, {@link #checked}).
 */
final class SnapshotBytes {

  private SnapshotBytes() {}

  /**
   * A reader of {@code content}'s body, after its opening magic number and version, once its length,
   * its closing CRC-32C, the magic number and the version are checked; {@code what} names the
   * snapshot in the messages.
   *
   * @throws IllegalArgumentException when the bytes are cut short, corrupted or of another codec
   */
  static In checked(byte[] content, int magic, int version, String what) {
    if (content.length < 8) {
      throw new IllegalArgumentException("the " + what + " is too short");
    }
    int end = content.length - 4;
    CRC32C crc = new CRC32C();
    crc.update(content, 0, end);
    int stored =
        ((content[end] & 0xFF) << 24)
            | ((content[end + 1] & 0xFF) << 16)
            | ((content[end + 2] & 0xFF) << 8)
            | (content[end + 3] & 0xFF);
    if ((int) crc.getValue() != stored) {
      throw new IllegalArgumentException("the " + what + "'s checksum does not match its content");
    }
    In in = new In(content, 0, end);
    if (in.count() != magic || in.count() != version) {
      throw new IllegalArgumentException("the " + what + " is not of codec " + version);
    }
    return in;
  }

  /** A growable byte buffer written from the start. */
  static final class Out {
    private byte[] bytes;
    private int size;

    Out(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void write(int b) {
      room(1);
      bytes[size++] = (byte) b;
    }

    void write(byte[] b, int from, int length) {
      room(length);
      System.arraycopy(b, from, bytes, size, length);
      size += length;
    }

    /** A count or other value never negative. */
    void count(int value) {
      unsigned(value & 0xFFFFFFFFL);
    }

    /** Any long, zig-zag encoded so that small negative values stay short. */
    void signed(long value) {
      unsigned((value << 1) ^ (value >> 63));
    }

    void text(String value) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      count(utf8.length);
      write(utf8, 0, utf8.length);
    }

    int size() {
      return size;
    }

    byte[] array() {
      return bytes;
    }

    /** What was written, followed by its CRC-32C (four bytes, the most significant first). */
    byte[] toCheckedArray() {
      CRC32C crc = new CRC32C();
      crc.update(bytes, 0, size);
      int sum = (int) crc.getValue();
      for (int shift = 24; shift >= 0; shift -= 8) {
        write(sum >>> shift);
      }
      return toArray();
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }

    private void unsigned(long value) {
      room(10);
      long v = value;
      while ((v & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }

  /** A reader of what {@link Out} wrote; every read past the end throws. */
  static final class In {
    private final byte[] bytes;
    private final int end;
    private int at;

    In(byte[] bytes, int from, int end) {
      this.bytes = bytes;
      this.at = from;
      this.end = end;
    }

    int read() {
      if (at >= end) {
        throw new IllegalArgumentException("the snapshot ends early");
      }
      return bytes[at++] & 0xFF;
    }

    int count() {
      long v = unsigned();
      if (v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("a count of the snapshot is out of range: " + v);
      }
      return (int) v;
    }

    long signed() {
      long v = unsigned();
      return (v >>> 1) ^ -(v & 1);
    }

    String text() {
      int length = count();
      if (length > end - at) {
        throw new IllegalArgumentException("a text of the snapshot runs past its end");
      }
      String s = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }

    /** How many bytes are left to read. */
    int remaining() {
      return end - at;
    }

    private long unsigned() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = read();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("a number of the snapshot is too long");
    }
  }
}
