package th.km.persistence.search;

import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import th.km.core.records.AssetKind;

/** The fields of a search document in the Lucene index, and how one is written and read back. */
final class SearchFields {
  /** Organization, year and asset: every document of one asset shares it, to replace them. */
  static final String KEY = "key";
  static final String ORGANIZATION = "org";
  static final String AUDIENCE = "audience";
  static final String KIND = "kind";
  static final String DIVISION = "division";
  static final String STEP = "step";
  static final String YEAR = "year";
  static final String ASSET = "asset";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String FILE_NAMES = "files";
  /** The title and the text as two-letter grams ({@link CharacterGrams}), for the fallback search. */
  static final String TITLE_GRAMS = "title.grams";
  static final String BODY_GRAMS = "body.grams";

  /** Analyzed, stored, with offsets in the postings so that highlighting does not re-analyze. */
  private static final FieldType TEXT = text(true);

  /** The grams: analyzed with offsets, not stored (the text is stored once, in its own field). */
  private static final FieldType GRAMS = text(false);

  private SearchFields() {}

  private static FieldType text(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The words analyzer for the text fields and {@link CharacterGrams} for the gram fields. */
  static Analyzer perField(Analyzer words) {
    Analyzer grams = CharacterGrams.analyzer();
    return new PerFieldAnalyzerWrapper(words, Map.of(TITLE_GRAMS, grams, BODY_GRAMS, grams));
  }

  static Term key(String organization, int fiscalYear, String assetId) {
    return new Term(KEY, organization + '\u0000' + fiscalYear + '\u0000' + assetId);
  }

  static Document document(SearchDocument source, String attachmentText) {
    Document doc = new Document();
    doc.add(new StringField(KEY, key(source.organization(), source.fiscalYear(), source.assetId()).text(), Field.Store.NO));
    doc.add(new StringField(ORGANIZATION, source.organization(), Field.Store.NO));
    source.audiences().forEach(a -> doc.add(new StringField(AUDIENCE, a.name(), Field.Store.NO)));
    doc.add(new StringField(KIND, source.kind().name(), Field.Store.YES));
    source.division().ifPresent(d -> doc.add(new StringField(DIVISION, d, Field.Store.YES)));
    source.step().ifPresent(s -> doc.add(new StringField(STEP, s, Field.Store.YES)));
    doc.add(new StringField(YEAR, Integer.toString(source.fiscalYear()), Field.Store.YES));
    doc.add(new StoredField(ASSET, source.assetId()));
    doc.add(new Field(TITLE, source.title(), TEXT));
    String body = attachmentText.isEmpty() ? source.body() : source.body() + "\n\n" + attachmentText;
    doc.add(new Field(BODY, body, TEXT));
    doc.add(new Field(TITLE_GRAMS, source.title(), GRAMS));
    doc.add(new Field(BODY_GRAMS, body, GRAMS));
    StringBuilder names = new StringBuilder();
    source.attachments().forEach(a -> names.append(a.fileName()).append('\n'));
    doc.add(new Field(FILE_NAMES, names.toString(), TEXT));
    return doc;
  }

  static SearchHit hit(Document doc, float score, String snippet) {
    return new SearchHit(
        doc.get(ASSET),
        doc.get(TITLE),
        AssetKind.valueOf(doc.get(KIND)),
        Optional.ofNullable(doc.get(DIVISION)),
        Optional.ofNullable(doc.get(STEP)),
        Integer.parseInt(doc.get(YEAR)),
        score,
        snippet);
  }
}
