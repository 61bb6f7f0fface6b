package th.km.persistence.document;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * The places where openhtmltopdf may break a line or a word: ICU's, with its Thai dictionary, so
 * that Thai text (written without spaces between words) breaks between words, and a word too long
 * for its cell between grapheme clusters, never between a consonant and its vowel or tone mark.
 */
final class ThaiLineBreaker implements FSTextBreaker {

  private static final ULocale THAI = new ULocale("th");

  private final BreakIterator breaks;

  private ThaiLineBreaker(BreakIterator breaks) {
    this.breaks = breaks;
  }

  /** Line breaks: between words (Thai ones found by the dictionary) and after spaces. */
  static ThaiLineBreaker lines() {
    return new ThaiLineBreaker(BreakIterator.getLineInstance(THAI));
  }

  /** Character breaks: between grapheme clusters, for a word that must be split. */
  static ThaiLineBreaker clusters() {
    return new ThaiLineBreaker(BreakIterator.getCharacterInstance(THAI));
  }

  @Override
  public int next() {
    return breaks.next();
  }

  @Override
  public void setText(String newText) {
    breaks.setText(newText);
  }
}
