package th.km.persistence.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import th.km.persistence.PersistenceException;

/**
 * The knowledge base's search index: one Lucene index of every organization's assets, written on
 * every change of an asset and searched with Thai word breaking ({@link ThaiSegmentation#CHOSEN}).
 *
 * <p>The index records its format (this class's {@link #FORMAT} and the segmentation) in its
 * commit. An index that is missing, or was written in another format, is opened empty with
 * {@link #needsRebuild()} true, and its owner fills it again from the database.
 *
 * <p>Safe for concurrent use: Lucene's writer takes concurrent writes, each write is committed
 * before it returns, and searches see every write that returned before they started.
 */
public final class SearchIndex implements AutoCloseable {

  /** Raised whenever the fields, their analysis or their meaning change. */
  static final String FORMAT = "2";

  private static final String FORMAT_KEY = "km.search.format";
  private static final int SNIPPET_LENGTH = 180;

  private final Directory directory;
  private final Analyzer analyzer;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean needsRebuild;
  private final boolean gramFallback;

  private SearchIndex(
      Directory directory, Analyzer analyzer, String analysis, boolean readOnly, boolean gramFallback)
      throws IOException {
    this.directory = directory;
    this.gramFallback = gramFallback;
    this.analyzer = SearchFields.perField(analyzer);
    String format = FORMAT + "/" + analysis;
    boolean current = DirectoryReader.indexExists(directory)
        && format.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
    if (readOnly) {
      if (!current) {
        throw new PersistenceException(
            "ดัชนีค้นหายังไม่พร้อม อีกโปรแกรมหนึ่งของ km กำลังสร้างอยู่ ลองใหม่ภายหลัง"
                + " / the search index is not ready: another km process is building it, try again later");
      }
      this.writer = null;
      this.searchers = new SearcherManager(directory, null);
    } else {
      IndexWriterConfig config = new IndexWriterConfig(this.analyzer);
      config.setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
      config.setCommitOnClose(true);
      IndexWriter w = new IndexWriter(directory, config);
      w.setLiveCommitData(Map.of(FORMAT_KEY, format).entrySet());
      if (!current) {
        w.commit();
      }
      this.writer = w;
      this.searchers = new SearcherManager(w, null);
    }
    this.needsRebuild = !current;
  }

  /**
   * The index in a folder, made if missing; a missing or outdated index needs a rebuild. When
   * another process (the web server) holds the index for writing, it is opened for searching only:
   * that process keeps it up to date, and {@link #replace} and {@link #addAll} refuse.
   */
  public static SearchIndex open(Path folder) {
    Analyzer analyzer = ThaiSegmentation.CHOSEN.analyzer();
    try {
      Directory directory = FSDirectory.open(folder);
      try {
        return new SearchIndex(directory, analyzer, ThaiSegmentation.CHOSEN.name(), false, true);
      } catch (LockObtainFailedException held) {
        return new SearchIndex(directory, analyzer, ThaiSegmentation.CHOSEN.name(), true, true);
      }
    } catch (IOException e) {
      throw new PersistenceException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** An empty index in memory, for tests and for a database in memory. */
  public static SearchIndex inMemory() {
    return inMemory(ThaiSegmentation.CHOSEN.analyzer(), ThaiSegmentation.CHOSEN.name(), true);
  }

  /**
   * An empty index in memory that breaks words with another analyzer, with or without the fallback
   * by grams: for comparing analyzers.
   */
  static SearchIndex inMemory(Analyzer analyzer, String analysis, boolean gramFallback) {
    try {
      return new SearchIndex(new ByteBuffersDirectory(), analyzer, analysis, false, gramFallback);
    } catch (IOException e) {
      throw new PersistenceException("cannot make a search index in memory", e);
    }
  }

  /** Whether another process writes the index, so that this one only searches it. */
  public boolean readOnly() {
    return writer == null;
  }

  /** Whether the index was missing or of another format when opened, and so must be filled again. */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /**
   * Replaces what the index holds of one asset by these documents (none: the asset is gone).
   *
   * @return the warnings of attachments that could not be read
   */
  public List<String> replace(String organization, int fiscalYear, String assetId, Collection<SearchDocument> documents) {
    IndexWriter writer = writable();
    List<String> warnings = new ArrayList<>();
    try {
      List<Document> docs = new ArrayList<>();
      Map<Attachment, String> read = new IdentityHashMap<>();
      for (SearchDocument d : documents) {
        docs.add(SearchFields.document(d, attachmentText(d, read, warnings)));
      }
      Term key = SearchFields.key(organization, fiscalYear, assetId);
      if (docs.isEmpty()) {
        // Lucene's updateDocuments with no documents trips an assertion when the writer closes.
        writer.deleteDocuments(key);
      } else {
        writer.updateDocuments(key, docs);
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
      return warnings;
    } catch (IOException e) {
      throw new PersistenceException("cannot write asset " + assetId + " to the search index: " + e.getMessage(), e);
    }
  }

  /** Adds many documents with one commit at the end: for a rebuild of an empty index. */
  public List<String> addAll(Collection<SearchDocument> documents) {
    IndexWriter writer = writable();
    List<String> warnings = new ArrayList<>();
    try {
      Map<Attachment, String> read = new IdentityHashMap<>();
      for (SearchDocument d : documents) {
        writer.addDocument(SearchFields.document(d, attachmentText(d, read, warnings)));
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
      return warnings;
    } catch (IOException e) {
      throw new PersistenceException("cannot fill the search index: " + e.getMessage(), e);
    }
  }

  private IndexWriter writable() {
    if (writer == null) {
      throw new IllegalStateException("this search index is open for searching only");
    }
    return writer;
  }

  /** The text of the document's attachments; {@code read} keeps those already read, as the versions of one asset share them. */
  private static String attachmentText(SearchDocument document, Map<Attachment, String> read, List<String> warnings) {
    StringBuilder text = new StringBuilder();
    for (Attachment a : document.attachments()) {
      String words = read.computeIfAbsent(a, x -> {
        AttachmentText.Extracted extracted = AttachmentText.of(x);
        extracted.warning().ifPresent(warnings::add);
        return extracted.text();
      });
      if (!words.isBlank()) {
        text.append(words).append("\n\n");
      }
    }
    return text.toString().strip();
  }

  /**
   * One page of the hits, best first, each with a highlighted snippet. When the words as the
   * dictionary breaks them match nothing, the search is tried again by two-letter grams
   * ({@link CharacterGrams}), which find a word the dictionary splits differently in the text.
   */
  public SearchResults search(SearchQuery search) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        boolean byGrams = false;
        Query query = LuceneQueries.of(search, analyzer);
        long total = searcher.count(query);
        if (total == 0 && gramFallback) {
          byGrams = true;
          query = LuceneQueries.byGrams(search, analyzer);
          total = searcher.count(query);
        }
        TopDocs top = searcher.search(query, search.offset() + search.limit());
        ScoreDoc[] page = pageOf(top.scoreDocs, search.offset());
        String[] snippets = snippets(searcher, search, page, byGrams);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
          Document doc = searcher.storedFields().document(page[i].doc);
          hits.add(SearchFields.hit(doc, page[i].score, Optional.ofNullable(snippets[i]).orElse("")));
        }
        return new SearchResults(total, hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new PersistenceException("cannot read the search index: " + e.getMessage(), e);
    }
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    ScoreDoc[] page = new ScoreDoc[all.length - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }

  private String[] snippets(IndexSearcher searcher, SearchQuery search, ScoreDoc[] page, boolean byGrams)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(new SnippetBoundaries(), SNIPPET_LENGTH, 0.5f))
            // A fallback hit marks the text where its grams matched: the grams are of the same text.
            .withMaskedFieldsFunc(
                field -> byGrams && field.equals(SearchFields.BODY) ? Set.of(SearchFields.BODY_GRAMS) : Set.of())
            .build();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    Map<String, String[]> byField =
        highlighter.highlightFields(
            new String[] {SearchFields.BODY},
            byGrams ? LuceneQueries.grams(search, analyzer) : LuceneQueries.words(search, analyzer),
            docs,
            new int[] {1});
    return byField.get(SearchFields.BODY);
  }

  /** The Lucene directory, for the benchmark's bare-Lucene baseline over the same index. */
  Directory directory() {
    return directory;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new PersistenceException("cannot close the search index: " + e.getMessage(), e);
    }
  }
}
