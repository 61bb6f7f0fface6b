package th.km.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The gzip answer spliced from parts compressed ahead of time and values stored per request: any
 * gzip reader gets back exactly the plain text, whatever the parts and values are.
 */
class RenderedTest {

  @Test
  void theSplicedGzipIsTheTextWithTheValuesInTheirPlaces() {
    long seed = System.nanoTime();
    System.out.println("RenderedTest seed " + seed);
    Random random = new Random(seed);
    for (int run = 0; run < 200; run++) {
      List<byte[]> plain = new ArrayList<>();
      List<byte[]> compressed = new ArrayList<>();
      StringBuilder expected = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int i = 0; i < parts; i++) {
        String text = text(random, random.nextInt(run % 10 == 0 ? 70_000 : 3_000));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        plain.add(bytes);
        // Alternate parts compressed ahead of time and values stored as they are, as a page does.
        compressed.add(i % 2 == 0 ? GzipSplice.deflate(bytes) : GzipSplice.stored(bytes));
        expected.append(text);
      }
      assertEquals(expected.toString(), gunzip(GzipSplice.gzip(plain, compressed)), "seed " + seed + ", run " + run);
    }
  }

  private static String text(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    String alphabet = "<div class=\"card\">ตัวชี้วัดที่ 1 ผ่าน 2569 </div>\n";
    for (int i = 0; i < length; i++) {
      s.append(
          random.nextInt(4) == 0
              ? (char) ('a' + random.nextInt(26))
              : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private static String gunzip(byte[] gzip) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
