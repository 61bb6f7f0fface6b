package th.km.persistence.planimport;

/**
 * One repair of Thai text damaged by PDF extraction, with where it was made, so that a person can
 * check it against the document.
 *
 * @param location where the repaired text stands
 * @param kind what was repaired
 * @param before the damaged text around the repair
 * @param after the same text repaired
 */
public record ThaiRepair(SourceLocation location, Kind kind, String before, String after) {

  /** What extraction breaks in Thai text, and this reader repairs. */
  public enum Kind {
    /** Sara am (ำ) extracted as nikhahit (ํ) and sara aa (า). */
    SARA_AM_SPLIT,
    /** A tone mark placed before the vowel above or below the same consonant. */
    MARK_ORDER,
    /** A private-use-area glyph of a TH Sarabun-style font (U+F700–U+F71A) for a Thai mark. */
    PRIVATE_USE_GLYPH,
    /** A zero-width space or joiner inside the text. */
    ZERO_WIDTH,
    /** A space inserted inside a word, before a mark or vowel that cannot begin a word. */
    SPACE_IN_WORD
  }

  /** "page 3, y 412 pt, x 72 pt: SARA_AM_SPLIT «…» → «…»" for a person reading a log. */
  @Override
  public String toString() {
    return location.describe() + ": " + kind + " «" + before + "» → «" + after + "»";
  }
}
