package th.km.persistence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a search into a Lucene query. Each space-separated part of the words must match; a part
 * is broken into words by the same analyzer as the index and matches as a phrase (its words
 * next to each other) in the title (which counts three times), the text or the attachments'
 * names. The filters and the audience only narrow, they do not score. A search that finds nothing
 * so is tried again {@link #byGrams by its two-letter grams}.
 */
final class LuceneQueries {
  private static final float TITLE_BOOST = 3f;

  private LuceneQueries() {}

  static Query of(SearchQuery search, Analyzer analyzer) {
    return matching(
        search,
        part -> {
          List<Positioned> words = words(analyzer, SearchFields.BODY, part);
          return words.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  new BooleanQuery.Builder()
                      .add(new BoostQuery(phrase(SearchFields.TITLE, words), TITLE_BOOST), Occur.SHOULD)
                      .add(phrase(SearchFields.BODY, words), Occur.SHOULD)
                      .add(phrase(SearchFields.FILE_NAMES, words), Occur.SHOULD)
                      .build());
        });
  }

  /**
   * The fallback of a search that found nothing: each part matches as the phrase of its two-letter
   * grams ({@link CharacterGrams}) in the title (three times) or the text, with the same filters.
   */
  static Query byGrams(SearchQuery search, Analyzer analyzer) {
    return matching(
        search,
        part -> {
          List<Positioned> grams = words(analyzer, SearchFields.BODY_GRAMS, part);
          return grams.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  new BooleanQuery.Builder()
                      .add(new BoostQuery(phrase(SearchFields.TITLE_GRAMS, grams), TITLE_BOOST), Occur.SHOULD)
                      .add(phrase(SearchFields.BODY_GRAMS, grams), Occur.SHOULD)
                      .build());
        });
  }

  /** Every space-separated part of the words as the part's query, which must match; then the filters. */
  private static Query matching(SearchQuery search, Function<String, Optional<Query>> partQuery) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean anyWords = false;
    for (String part : search.text().strip().split("\\s+")) {
      Optional<Query> matches = partQuery.apply(part);
      if (matches.isEmpty()) {
        continue;
      }
      anyWords = true;
      query.add(matches.get(), Occur.MUST);
    }
    if (!anyWords) {
      return new MatchNoDocsQuery("the query has no words");
    }
    filter(query, SearchFields.ORGANIZATION, Optional.of(search.organization()));
    if (search.audience() == Audience.EDITOR && search.workOf().isPresent()) {
      // A division head: the work (drafts too) of the own division, what readers find elsewhere.
      Query ownDivision = new TermQuery(new Term(SearchFields.DIVISION, search.workOf().get()));
      query.add(
          new BooleanQuery.Builder()
              .add(
                  new BooleanQuery.Builder()
                      .add(new TermQuery(new Term(SearchFields.AUDIENCE, Audience.EDITOR.name())), Occur.FILTER)
                      .add(ownDivision, Occur.FILTER)
                      .build(),
                  Occur.SHOULD)
              .add(
                  new BooleanQuery.Builder()
                      .add(new TermQuery(new Term(SearchFields.AUDIENCE, Audience.READER.name())), Occur.FILTER)
                      .add(ownDivision, Occur.MUST_NOT)
                      .build(),
                  Occur.SHOULD)
              .build(),
          Occur.FILTER);
    } else {
      filter(query, SearchFields.AUDIENCE, Optional.of(search.audience().name()));
    }
    filter(query, SearchFields.KIND, search.kind().map(Enum::name));
    filter(query, SearchFields.DIVISION, search.division());
    filter(query, SearchFields.STEP, search.step());
    filter(query, SearchFields.YEAR, search.fiscalYear().map(String::valueOf));
    return query.build();
  }

  /** The words of the search alone, without filters: what the highlighter marks. */
  static Query words(SearchQuery search, Analyzer analyzer) {
    return highlighted(search, analyzer, SearchFields.BODY, SearchFields.TITLE);
  }

  /** The grams of the search alone, without filters: what the highlighter marks of a fallback hit. */
  static Query grams(SearchQuery search, Analyzer analyzer) {
    return highlighted(search, analyzer, SearchFields.BODY_GRAMS, SearchFields.TITLE_GRAMS);
  }

  private static Query highlighted(SearchQuery search, Analyzer analyzer, String body, String title) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String part : search.text().strip().split("\\s+")) {
      List<Positioned> words = words(analyzer, body, part);
      if (!words.isEmpty()) {
        query.add(phrase(body, words), Occur.SHOULD);
        query.add(phrase(title, words), Occur.SHOULD);
      }
    }
    return query.build();
  }

  private static void filter(BooleanQuery.Builder query, String field, Optional<String> value) {
    value.ifPresent(v -> query.add(new TermQuery(new Term(field, v)), Occur.FILTER));
  }

  private static Query phrase(String field, List<Positioned> words) {
    if (words.size() == 1) {
      return new TermQuery(new Term(field, words.get(0).word()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    words.forEach(w -> phrase.add(new Term(field, w.word()), w.position()));
    return phrase.build();
  }

  private record Positioned(String word, int position) {}

  private static List<Positioned> words(Analyzer analyzer, String field, String text) {
    List<Positioned> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        words.add(new Positioned(term.toString(), position));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string in memory failed", e);
    }
    return words;
  }
}
