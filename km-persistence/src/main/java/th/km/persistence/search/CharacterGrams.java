package th.km.persistence.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;

/**
 * The second way the index holds the text, for the fallback search when the dictionary's words find
 * nothing: every two letters in a row inside a run of letters without spaces, lower case, digits
 * folded to Arabic. A query part matches as the phrase of its own two-letter grams, so a word the
 * dictionary does not know, or splits differently in the text than in the query (เพจ in
 * เว็บไซต์เพจเฟซบุ๊ก, ตาราง in จัดทำตาราง), is still found. It is only a fallback because it also
 * finds letters inside other words (ยา in เวรยาม).
 */
final class CharacterGrams {

  private CharacterGrams() {}

  /** The analyzer of the gram fields, for the index and the fallback query alike. */
  static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source =
            new NGramTokenizer(2, 2) {
              @Override
              protected boolean isTokenChar(int chr) {
                return !Character.isWhitespace(chr);
              }
            };
        TokenStream grams = new DecimalDigitFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, grams);
      }
    };
  }
}
