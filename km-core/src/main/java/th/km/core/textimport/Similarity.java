package th.km.core.textimport;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two Thai texts are, by the overlap of their character trigrams (Dice coefficient). Thai
 * writes no spaces between words, so characters, not words, are the unit; white space is ignored so
 * that a word split by the PDF still matches.
 */
final class Similarity {

  private Similarity() {}

  /** From 0 (no trigram in common) to 1 (the same trigrams). */
  static double of(String a, String b) {
    Set<String> x = trigrams(a);
    Set<String> y = trigrams(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return 2.0 * common.size() / (x.size() + y.size());
  }

  private static Set<String> trigrams(String text) {
    String s = Text.squeeze(text);
    Set<String> grams = new HashSet<>();
    if (s.length() < 3) {
      if (!s.isEmpty()) {
        grams.add(s);
      }
      return grams;
    }
    for (int i = 0; i + 3 <= s.length(); i++) {
      grams.add(s.substring(i, i + 3));
    }
    return grams;
  }
}
