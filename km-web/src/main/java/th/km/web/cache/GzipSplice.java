package th.km.web.cache;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Builds a gzip answer from parts compressed ahead of time and a few short values stored as they
 * are (RFC 1951 stored blocks), so that the per-request part of a cached page costs a checksum and
 * a copy, not a compression. Each part is a run of raw deflate blocks ending on a byte boundary, so
 * parts can follow one another in any order; the last block and the gzip trailer (RFC 1952) close
 * the stream.
 */
final class GzipSplice {

  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
  /** An empty stored block marked as the last. */
  private static final byte[] LAST_BLOCK = {1, 0, 0, (byte) 0xff, (byte) 0xff};
  private static final int MAX_STORED = 65_535;

  private GzipSplice() {}

  /** The bytes as raw deflate blocks that end on a byte boundary and are not the last. */
  static byte[] deflate(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
      byte[] buffer = new byte[8192];
      int n;
      do {
        n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        out.write(buffer, 0, n);
      } while (n == buffer.length || !deflater.needsInput());
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** The bytes as stored blocks, not the last. */
  static byte[] stored(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
    int from = 0;
    do {
      int length = Math.min(MAX_STORED, bytes.length - from);
      out.write(0);
      out.write(length & 0xff);
      out.write(length >>> 8);
      out.write(~length & 0xff);
      out.write((~length >>> 8) & 0xff);
      out.write(bytes, from, length);
      from += length;
    } while (from < bytes.length);
    return out.toByteArray();
  }

  /** The gzip stream of the plain parts, from their compressed forms in the same order. */
  static byte[] gzip(List<byte[]> plain, List<byte[]> compressed) {
    CRC32 crc = new CRC32();
    long size = 0;
    for (byte[] p : plain) {
      crc.update(p);
      size += p.length;
    }
    int length = HEADER.length + LAST_BLOCK.length + 8;
    for (byte[] c : compressed) {
      length += c.length;
    }
    byte[] out = new byte[length];
    int at = put(out, 0, HEADER);
    for (byte[] c : compressed) {
      at = put(out, at, c);
    }
    at = put(out, at, LAST_BLOCK);
    at = putInt(out, at, crc.getValue());
    putInt(out, at, size);
    return out;
  }

  private static int put(byte[] out, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, out, at, bytes.length);
    return at + bytes.length;
  }

  private static int putInt(byte[] out, int at, long value) {
    for (int i = 0; i < 4; i++) {
      out[at + i] = (byte) (value >>> (8 * i));
    }
    return at + 4;
  }
}
