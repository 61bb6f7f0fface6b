package th.km.persistence.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;
import org.apache.lucene.analysis.th.ThaiTokenizer;

/**
 * The two ways of breaking Thai text into words that km can search with, each one analyzer used
 * for both the index and the query.
 *
 * <p>Thai is written without spaces between words, so a word is found only where a dictionary
 * breaks the text. Both analyzers lower-case Latin letters and fold every decimal digit (Thai
 * ๐-๙ included) to its Arabic digit, so that ๒๕๖๙ and 2569 are one term. No stop words are
 * dropped: Thai has no agreed list, and Lucene's drops words (การ, ยัง) that begin real terms.
 *
 * <p>The query suite ({@code ThaiQuerySuiteTest}) runs both; {@link #JDK_DICTIONARY} finds every
 * expected hit and is km's choice. ICU 79's dictionary splits "ตามพระราชบัญญัติ" into
 * "ตามพ|ระ|ราช|บัญญัติ", so it misses the act's name in the middle of a sentence. (Lucene's own
 * ICU tokenizer rules are compiled for ICU 77 and do not load under the ICU4J 79.1 km manages, so
 * the ICU variant uses ICU4J's built-in word break iterator, which carries the Thai dictionary.)
 */
public enum ThaiSegmentation {
  /** Lucene's ThaiTokenizer over the JDK's dictionary-based break iterator. */
  JDK_DICTIONARY {
    @Override
    Tokenizer tokenizer() {
      return new ThaiTokenizer();
    }
  },
  /** Lucene's ICU tokenizer over ICU4J's dictionary-based word break iterator. */
  ICU_DICTIONARY {
    @Override
    Tokenizer tokenizer() {
      return new ICUTokenizer(IcuWords.CONFIG);
    }
  };

  /** The segmentation km's index uses. */
  public static final ThaiSegmentation CHOSEN = JDK_DICTIONARY;

  abstract Tokenizer tokenizer();

  /** A new analyzer: this segmentation, lower case, digits folded to Arabic. */
  public Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer();
        TokenStream words = new DecimalDigitFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, words);
      }
    };
  }

  /** The ICU tokenizer's configuration: ICU4J's own word rules (with dictionaries) for every script. */
  private static final class IcuWords extends ICUTokenizerConfig {
    static final IcuWords CONFIG = new IcuWords();
    private static final RuleBasedBreakIterator WORDS =
        (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);

    @Override
    public RuleBasedBreakIterator getBreakIterator(int script) {
      // A break iterator keeps its position: every tokenizer needs its own copy.
      return (RuleBasedBreakIterator) WORDS.clone();
    }

    @Override
    public String getType(int script, int ruleStatus) {
      return "<WORD>";
    }

    @Override
    public boolean combineCJ() {
      return false;
    }
  }
}
