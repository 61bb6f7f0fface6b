package th.km.cli;

/**
 * Tells a Thai line that was broken inside a grapheme cluster or a syllable: one that starts with
 * a mark or vowel that belongs after a consonant, or ends with a vowel written before one.
 */
final class ThaiClusters {

  private ThaiClusters() {}

  /** Marks above and below, and the following vowels ะ า ำ ๅ, that never start a word. */
  static boolean startsInsideCluster(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    return c == '\u0E30' || c == '\u0E31' || (c >= '\u0E32' && c <= '\u0E3A') || c == '\u0E45'
        || (c >= '\u0E47' && c <= '\u0E4E');
  }

  /** The leading vowels เ แ โ ใ ไ, written before the consonant they follow in speech. */
  static boolean endsBeforeItsBase(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(line.length() - 1);
    return c >= '\u0E40' && c <= '\u0E44';
  }
}
