package th.km.web.cache;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An answer rendered once and sent many times as bytes: plain and gzip-compressed, with an ETag
 * that a client's {@code If-None-Match} is answered by a 304 against. A few slots (the session's
 * CSRF token, the username) may differ per request: the rest is rendered with a marker in each
 * slot's place and the request's values are put in when it is sent, so that one rendering serves
 * everyone with the same role.
 */
public final class Rendered {

  private final String contentType;
  private final List<byte[]> segments;
  private final List<byte[]> deflated;
  /**
   * An answer with no slot, gzip-compressed whole: sent as it is, where a slotted answer's gzip is
   * put together per request (a checksum over the whole page: 7% of a public page's processor time
   * and 14% of the results API's under wrk).
   */
  private final byte[] gzipped;
  private final String id;
  private final int weight;

  private Rendered(String contentType, List<byte[]> segments) {
    this.contentType = contentType;
    this.segments = List.copyOf(segments);
    List<byte[]> compressed = this.segments.stream().map(GzipSplice::deflate).toList();
    boolean whole = this.segments.size() == 1;
    this.deflated = whole ? List.of() : compressed;
    this.gzipped = whole ? GzipSplice.gzip(this.segments, compressed) : null;
    Hasher hasher = Hashing.murmur3_128().newHasher();
    int total = 0;
    for (byte[] segment : this.segments) {
      hasher.putInt(segment.length).putBytes(segment);
      total += segment.length;
    }
    for (byte[] d : compressed) {
      total += d.length;
    }
    this.id = hasher.hash().toString().substring(0, 20);
    this.weight = total;
  }

  /** A whole answer with no slot. */
  public static Rendered of(String contentType, String text) {
    return new Rendered(contentType, List.of(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * An answer whose text holds each marker where a per-request value goes; {@link #send} is then
   * given the values in the order of the markers.
   */
  public static Rendered withSlots(String contentType, String text, List<String> markers) {
    List<byte[]> segments = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = -1;
      String found = "";
      for (String marker : markers) {
        int i = text.indexOf(marker, from);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
          found = marker;
        }
      }
      if (at < 0) {
        break;
      }
      segments.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
      segments.add(("\u0000" + markers.indexOf(found)).getBytes(StandardCharsets.US_ASCII));
      from = at + found.length();
    }
    segments.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
    return new Rendered(contentType, segments);
  }

  /** About how many bytes it holds, for a cache bounded by memory. */
  public int weight() {
    return weight;
  }

  /** Sends it with no per-request value. */
  public void send(Context ctx) {
    send(ctx, List.of());
  }

  /**
   * Sends it, with the values (already escaped for where they stand) in its slots: a 304 when the
   * client holds the same answer, gzip when the client accepts it.
   */
  public void send(Context ctx, List<String> values) {
    if (gzipped != null) {
      answer(ctx, "\"" + id + "\"", () -> gzipped, () -> segments.get(0));
      return;
    }
    List<byte[]> parts = new ArrayList<>(segments.size());
    List<byte[]> compressed = new ArrayList<>(segments.size());
    Hasher etag = Hashing.murmur3_32_fixed().newHasher();
    for (int i = 0; i < segments.size(); i++) {
      byte[] segment = segments.get(i);
      if (segment.length >= 2 && segment[0] == 0 && isSlot(i)) {
        int slot = segment[1] - '0';
        checkArgument(slot < values.size(), "the answer has a slot %s but only %s values", slot, values.size());
        byte[] value = values.get(slot).getBytes(StandardCharsets.UTF_8);
        etag.putInt(value.length).putBytes(value);
        parts.add(value);
        compressed.add(GzipSplice.stored(value));
      } else {
        parts.add(segment);
        compressed.add(deflated.get(i));
      }
    }
    String tag = "\"" + id + (values.isEmpty() ? "" : "-" + etag.hash()) + "\"";
    answer(ctx, tag, () -> GzipSplice.gzip(parts, compressed), () -> concat(parts));
  }

  /** A 304 when the client holds the tag's answer, else the answer, gzip when the client accepts it. */
  private void answer(Context ctx, String tag, Supplier<byte[]> gzip, Supplier<byte[]> plain) {
    ctx.header("ETag", tag);
    ctx.header("Vary", "Accept-Encoding");
    if (matches(ctx.header("If-None-Match"), tag)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(contentType);
    String accepted = ctx.header("Accept-Encoding");
    if (accepted != null && accepted.contains("gzip")) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(gzip.get());
    } else {
      ctx.result(plain.get());
    }
  }

  /** Segments alternate text and slot: a slot stands at an odd index. */
  private static boolean isSlot(int index) {
    return index % 2 == 1;
  }

  private static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String asked : ifNoneMatch.split(",")) {
      String t = asked.trim();
      if (t.equals(tag) || t.equals("W/" + tag) || t.equals("*")) {
        return true;
      }
    }
    return false;
  }

  private static byte[] concat(List<byte[]> parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
