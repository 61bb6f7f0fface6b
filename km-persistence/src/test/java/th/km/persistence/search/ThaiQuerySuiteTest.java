package th.km.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The Thai query suite: km's index (its dictionary, with the fallback by two-letter grams when the
 * words find nothing) finds exactly the expected hits of every query, where a whitespace tokenizer,
 * a character-bigram index, ICU's dictionary and km's dictionary alone each get some wrong.
 */
class ThaiQuerySuiteTest {

  @Test
  void kmsSegmentationAnswersEveryQuery() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      assertEquals(Map.of(), ThaiQuerySuite.load().failures(index));
    }
  }

  /**
   * What the fallback by two-letter grams adds to the dictionary: the words it splits differently
   * in the text than in the query: loanwords it does not know, read against their neighbours.
   */
  @Test
  void theDictionaryAloneMissesWhatTheGramFallbackFinds() throws Exception {
    Map<String, Set<String>> failures = failures(ThaiSegmentation.CHOSEN.analyzer(), ThaiSegmentation.CHOSEN.name());
    assertEquals(
        Map.of("เพจ", Set.of(), "เว็บไซต์", Set.of()),
        failures,
        "เว็บไซต์เพจเฟซบุ๊ก is read เว็บ|ไซ|ต์เพ|จ|เฟซบุ๊ก, the query เว็บไซต์ เว็บ|ไซต์ and เพจ เพ|จ");
  }

  @Test
  void aWhitespaceTokenizerMissesWordsInsideASentence() throws Exception {
    Map<String, Set<String>> failures = failures(naive(false), "whitespace");
    // Thai runs its words together: only the words standing between spaces are found.
    for (String missed : new String[] {"ภาษีป้าย", "ควบคุมอาคาร", "พระราชบัญญัติ", "ยา", "สุขภาพ", "เบี้ยยังชีพ"}) {
      assertEquals(Set.of(), failures.get(missed), missed);
    }
  }

  @Test
  void aBigramIndexFindsLettersInsideOtherWords() throws Exception {
    Map<String, Set<String>> failures = failures(naive(true), "bigram");
    // ยา is in เวรยาม (guard duty), ลม in ทรงกลม (round), สาร in สารบรรณ (correspondence).
    assertEquals(Set.of("elderly", "guard", "secretary"), failures.get("ยา"), "and ทรัพยากร");
    assertEquals(Set.of("laundry", "waste"), failures.get("ลม"));
    assertEquals(Set.of("ebook", "publish", "waste"), failures.get("สาร"), "and เอกสาร");
  }

  @Test
  void icusDictionaryMissesWordsItJoinsToTheirNeighbours() throws Exception {
    Map<String, Set<String>> failures =
        failures(ThaiSegmentation.ICU_DICTIONARY.analyzer(), ThaiSegmentation.ICU_DICTIONARY.name());
    // ICU breaks ตามพระราชบัญญัติ as ตามพ|ระ|ราช|บัญญัติ and ส่งเสริมสุขภาพ as ส่ง|เสริมสุข|ภาพ.
    assertTrue(failures.containsKey("พระราชบัญญัติ"), failures.toString());
    assertTrue(failures.containsKey("สุขภาพ"), failures.toString());
    System.out.println("ICU dictionary: " + failures.size() + " of the suite's queries answered wrongly: " + failures);
  }

  private static Map<String, Set<String>> failures(Analyzer analyzer, String name) throws Exception {
    try (SearchIndex index = SearchIndex.inMemory(analyzer, name, false)) {
      return ThaiQuerySuite.load().failures(index);
    }
  }

  /** A whitespace tokenizer, or overlapping two-letter grams, with km's folding of case and digits. */
  private static Analyzer naive(boolean bigrams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = bigrams ? new NGramTokenizer(2, 2) : new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new DecimalDigitFilter(new LowerCaseFilter(source)));
      }
    };
  }
}
