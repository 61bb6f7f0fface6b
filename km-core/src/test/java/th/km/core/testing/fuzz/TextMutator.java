package th.km.core.testing.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Turns a valid file or text into a malformed one: truncated, bytes flipped, inserted, deleted or
 * repeated, re-encoded wrongly, lines shuffled, dropped or repeated, numbers and dates made
 * impossible, bad characters inserted, or replaced with random bytes altogether.
 */
public final class TextMutator {

  private TextMutator() {}

  /** A malformed variant of the bytes (any file). */
  public static byte[] bytes(RandomGenerator random, byte[] valid) {
    byte[] b = valid.length == 0 ? new byte[] {0} : valid;
    return switch (random.nextInt(9)) {
      case 0 -> Arrays.copyOf(b, random.nextInt(b.length));
      case 1 -> flip(random, b, 1 + random.nextInt(8));
      case 2 -> flip(random, b, 1 + b.length / 50);
      case 3 -> splice(random, b, randomBytes(random, 1 + random.nextInt(64)));
      case 4 -> delete(random, b);
      case 5 -> repeat(random, b);
      case 6 -> randomBytes(random, random.nextInt(4096));
      case 7 -> new byte[0];
      default -> bytes(random, bytes(random, b));
    };
  }

  /** A malformed variant of a text, with line, number, date and character damage. */
  public static String text(RandomGenerator random, String valid) {
    List<String> lines = new ArrayList<>(valid.lines().toList());
    switch (random.nextInt(10)) {
      case 0 -> {
        if (!lines.isEmpty()) {
          lines.remove(random.nextInt(lines.size()));
        }
      }
      case 1 -> {
        if (!lines.isEmpty()) {
          int i = random.nextInt(lines.size());
          lines.add(i, lines.get(i));
        }
      }
      case 2 -> Collections.shuffle(lines, random);
      case 3 -> {
        return valid.replaceAll("\\d+", Hostile.pick(random, Hostile.BAD_NUMBERS));
      }
      case 4 -> {
        return valid.replaceFirst("\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}", Hostile.pick(random, Hostile.IMPOSSIBLE_DATES));
      }
      case 5 -> {
        return Hostile.insert(random, valid, Hostile.pick(random, Hostile.BAD_CHARACTERS));
      }
      case 6 -> {
        if (!lines.isEmpty()) {
          int i = random.nextInt(lines.size());
          lines.set(i, Hostile.huge(random, lines.get(i)));
        }
      }
      case 7 -> {
        return valid.substring(0, valid.isEmpty() ? 0 : random.nextInt(valid.length()));
      }
      case 8 -> {
        return new String(bytes(random, valid.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      }
      default -> {
        if (!lines.isEmpty()) {
          lines.set(random.nextInt(lines.size()), Hostile.randomText(random, 1 + random.nextInt(80)));
        }
      }
    }
    return String.join("\n", lines);
  }

  /** A text file's malformed bytes: text damage, a wrong encoding, or byte damage. */
  public static byte[] textFile(RandomGenerator random, String valid) {
    return switch (random.nextInt(4)) {
      case 0 -> text(random, valid).getBytes(Hostile.pick(random, wrongEncodings()));
      case 1 -> bytes(random, valid.getBytes(StandardCharsets.UTF_8));
      default -> text(random, valid).getBytes(StandardCharsets.UTF_8);
    };
  }

  private static List<Charset> wrongEncodings() {
    return List.of(
        StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1,
        Charset.forName("x-windows-874"), Charset.forName("UTF-32"));
  }

  static byte[] randomBytes(RandomGenerator random, int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }

  private static byte[] flip(RandomGenerator random, byte[] b, int times) {
    byte[] copy = b.clone();
    for (int i = 0; i < times; i++) {
      copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return copy;
  }

  private static byte[] splice(RandomGenerator random, byte[] b, byte[] what) {
    int at = random.nextInt(b.length + 1);
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }

  private static byte[] delete(RandomGenerator random, byte[] b) {
    int from = random.nextInt(b.length);
    int to = from + random.nextInt(b.length - from + 1);
    byte[] out = new byte[b.length - (to - from)];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(b, to, out, from, b.length - to);
    return out;
  }

  private static byte[] repeat(RandomGenerator random, byte[] b) {
    int from = random.nextInt(b.length);
    int to = Math.min(b.length, from + 1 + random.nextInt(256));
    byte[] piece = Arrays.copyOfRange(b, from, to);
    byte[] out = b;
    for (int i = 0, n = 1 + random.nextInt(50); i < n; i++) {
      out = splice(random, out, piece);
    }
    return out;
  }
}
