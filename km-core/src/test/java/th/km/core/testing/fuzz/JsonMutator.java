package th.km.core.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a valid JSON text into a malformed one at the level a JSON reader sees: a member dropped
 * or written twice, a value of the wrong type, a hostile string, a negative or huge number, an
 * impossible date, an unknown member, deep nesting, the wrong top-level type, or text damage.
 * Works on the tokens, so it needs no JSON library and can write what no library writes
 * (duplicate keys).
 */
public final class JsonMutator {

  private static final Pattern TOKEN =
      Pattern.compile(
          "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\]:,]|\\s+|.",
          Pattern.DOTALL);

  private static final List<String> WRONG_TYPES =
      List.of("123", "-1", "1e400", "\"x\"", "\"\"", "true", "null", "[]", "{}", "[1,2]",
          "{\"a\":1}", "\"2569-02-30\"", "0.5", "99999999999999999999");

  private JsonMutator() {}

  /** A malformed variant of the JSON text. */
  public static String mutate(RandomGenerator random, String json) {
    List<String> t = tokens(json);
    List<Integer> keys = keys(t);
    List<Integer> values = values(t);
    int kind = random.nextInt(12);
    if (keys.isEmpty() && kind < 3) {
      kind = 3;
    }
    switch (kind) {
      case 0 -> {
        int k = Hostile.pick(random, keys);
        dropMember(t, k);
      }
      case 1 -> {
        int k = Hostile.pick(random, keys);
        int end = valueEnd(t, next(t, next(t, k)));
        String member = String.join("", t.subList(k, end + 1));
        t.add(end + 1, ", " + member);
      }
      case 2 -> {
        int k = Hostile.pick(random, keys);
        int v = next(t, next(t, k));
        replace(t, v, valueEnd(t, v), Hostile.pick(random, WRONG_TYPES));
      }
      case 3, 4 -> {
        if (values.isEmpty()) {
          return TextMutator.text(random, json);
        }
        int v = Hostile.pick(random, values);
        String old = t.get(v);
        String unquoted = old.startsWith("\"") ? old.substring(1, old.length() - 1) : old;
        replace(t, v, v, quote(Hostile.value(random, unquoted)));
      }
      case 5 -> {
        if (values.isEmpty()) {
          return TextMutator.text(random, json);
        }
        int v = Hostile.pick(random, values);
        replace(t, v, v, Hostile.pick(random, Hostile.BAD_NUMBERS).trim().replace("\u00a0", ""));
      }
      case 6 -> {
        int open = t.indexOf("{");
        if (open < 0) {
          return "{" + json + "}";
        }
        t.add(open + 1, "\"unexpected" + random.nextInt(100) + "\": \"x\"" + (t.get(next(t, open)).equals("}") ? "" : ", "));
      }
      case 7 -> {
        int depth = 1 + random.nextInt(5000);
        return "[".repeat(depth) + json + "]".repeat(random.nextBoolean() ? depth : depth / 2);
      }
      case 8 -> {
        return Hostile.pick(random, List.of("[" + json + "]", quote(json), "42", "null", "", "   ", "{}", "[]", json + json, json + " x"));
      }
      case 9 -> {
        if (keys.isEmpty()) {
          return TextMutator.text(random, json);
        }
        int k = Hostile.pick(random, keys);
        replace(t, k, k, quote(Hostile.value(random, "key")));
      }
      default -> {
        return TextMutator.text(random, json);
      }
    }
    return String.join("", t);
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
              } else if (c < 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.append('"').toString();
  }

  private static List<String> tokens(String json) {
    List<String> t = new ArrayList<>();
    Matcher m = TOKEN.matcher(json);
    while (m.find()) {
      t.add(m.group());
    }
    return t;
  }

  /** Indexes of the tokens that are member names: a string followed by a colon. */
  private static List<Integer> keys(List<String> t) {
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).startsWith("\"") && t.get(i).length() > 1) {
        int n = next(t, i);
        if (n < t.size() && t.get(n).equals(":")) {
          keys.add(i);
        }
      }
    }
    return keys;
  }

  /** Indexes of the scalar tokens that are values (strings, numbers, literals). */
  private static List<Integer> values(List<String> t) {
    List<Integer> values = new ArrayList<>();
    List<Integer> keys = keys(t);
    for (int i = 0; i < t.size(); i++) {
      String s = t.get(i);
      boolean scalar = s.startsWith("\"") || Character.isDigit(s.charAt(0)) || s.charAt(0) == '-'
          || s.equals("true") || s.equals("false") || s.equals("null");
      if (scalar && !keys.contains(i)) {
        values.add(i);
      }
    }
    return values;
  }

  /** The index of the next token that is not white space. */
  private static int next(List<String> t, int i) {
    int j = i + 1;
    while (j < t.size() && t.get(j).isBlank()) {
      j++;
    }
    return Math.min(j, t.size() - 1);
  }

  /** The index of the last token of the value that starts at v. */
  private static int valueEnd(List<String> t, int v) {
    String s = t.get(v);
    if (!s.equals("{") && !s.equals("[")) {
      return v;
    }
    int depth = 0;
    for (int j = v; j < t.size(); j++) {
      String x = t.get(j);
      if (x.equals("{") || x.equals("[")) {
        depth++;
      } else if (x.equals("}") || x.equals("]")) {
        depth--;
        if (depth == 0) {
          return j;
        }
      }
    }
    return t.size() - 1;
  }

  private static void dropMember(List<String> t, int k) {
    int end = valueEnd(t, next(t, next(t, k)));
    int after = next(t, end);
    if (after > end && t.get(after).equals(",")) {
      end = after;
    } else {
      int before = k - 1;
      while (before >= 0 && t.get(before).isBlank()) {
        before--;
      }
      if (before >= 0 && t.get(before).equals(",")) {
        k = before;
      }
    }
    replace(t, k, end, "");
  }

  private static void replace(List<String> t, int from, int to, String with) {
    for (int i = to; i > from; i--) {
      t.remove(i);
    }
    t.set(from, with);
  }
}
