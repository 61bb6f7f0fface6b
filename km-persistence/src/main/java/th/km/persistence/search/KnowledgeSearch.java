package th.km.persistence.search;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.AttachmentInfo;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.knowledge.KnowledgeFilter;
import th.km.persistence.knowledge.KnowledgeListener;
import th.km.persistence.knowledge.KnowledgeStore;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge base's search: the {@link SearchIndex} kept in line with a {@link KnowledgeStore}.
 * It listens to the store and re-indexes an asset after every committed write to it, and fills an
 * index that is missing or outdated from the store when it starts.
 *
 * <p>Each asset is indexed as up to three versions: its latest version for those who may edit
 * (drafts too), its latest approved or published version for readers, its latest published version
 * for the public portal; a version that serves several audiences is indexed once.
 */
public final class KnowledgeSearch implements KnowledgeListener, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(KnowledgeSearch.class.getName());

  private final @Nullable KnowledgeStore store;
  private final SearchIndex index;
  private final Supplier<List<Organization>> organizations;

  private KnowledgeSearch(@Nullable KnowledgeStore store, SearchIndex index, Supplier<List<Organization>> organizations) {
    this.store = store;
    this.index = index;
    this.organizations = organizations;
  }

  /**
   * The search of a store: listens to its writes, and fills the index from it first if the index
   * needs it. {@code organizations} lists those whose assets a rebuild reads.
   */
  public static KnowledgeSearch of(KnowledgeStore store, SearchIndex index, Supplier<List<Organization>> organizations) {
    KnowledgeSearch search = new KnowledgeSearch(store, index, organizations);
    if (index.needsRebuild() && !index.readOnly()) {
      search.rebuild();
    }
    store.addListener(search);
    return search;
  }

  /**
   * The search of a database with its index where {@link SearchIndexLocation} says (in memory for
   * a database in memory), for a process of its own such as the command line.
   */
  public static KnowledgeSearch open(Database database, DatabaseLocation location) {
    return open(database, location, database.knowledgeStore(Clock.systemUTC()));
  }

  /**
   * As {@link #open(Database, DatabaseLocation)}, following the store a server writes through (its
   * listeners live on it).
   */
  public static KnowledgeSearch open(Database database, DatabaseLocation location, KnowledgeStore store) {
    Map<String, String> properties = new LinkedHashMap<>();
    System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
    Optional<Path> folder = SearchIndexLocation.of(location, System.getenv(), properties);
    SearchIndex index = folder.map(SearchIndex::open).orElseGet(SearchIndex::inMemory);
    return of(store, index, () -> database.planStore(Clock.systemUTC()).organizations());
  }

  /** A search of no knowledge base, which finds nothing: for a server without a database. */
  public static KnowledgeSearch none() {
    return new KnowledgeSearch(null, SearchIndex.inMemory(), List::of);
  }

  /** Indexes every asset of every organization again, into an index emptied first. */
  public void rebuild() {
    KnowledgeStore store = storeOrFail();
    long started = System.nanoTime();
    int assets = 0;
    for (Organization o : organizations.get()) {
      for (KnowledgeContent latest : store.list(o.code(), KnowledgeFilter.all())) {
        List<String> warnings =
            index.replace(o.code().value(), latest.fiscalYear().buddhistYear(), latest.assetId(), documents(o.code(), latest.fiscalYear(), latest.assetId()));
        warnings.forEach(w -> LOG.log(Level.WARNING, w));
        assets++;
      }
    }
    LOG.log(Level.INFO, "search index rebuilt: " + assets + " assets in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  @Override
  public void changed(OrganizationCode organization, FiscalYear fiscalYear, String assetId) {
    try {
      index.replace(organization.value(), fiscalYear.buddhistYear(), assetId, documents(organization, fiscalYear, assetId))
          .forEach(w -> LOG.log(Level.WARNING, w));
    } catch (RuntimeException e) {
      // The write is committed whatever happens here; the next rebuild brings the index back in line.
      LOG.log(Level.ERROR, "cannot index knowledge asset " + assetId + " of " + organization.value(), e);
    }
  }

  /** One page of hits. */
  public SearchResults search(SearchQuery query) {
    return index.search(query);
  }

  /** Whether the organization is known to the database. */
  public boolean hasOrganization(String code) {
    return organizations.get().stream().anyMatch(o -> o.code().value().equals(code));
  }

  /** The page of a hit in the organization's knowledge base. */
  public static String link(String organization, SearchHit hit) {
    return "/organizations/" + organization + "/knowledge/" + hit.assetId() + "?year=" + hit.fiscalYear();
  }

  /** The page of a hit on the organization's public portal. */
  public static String publicLink(String organization, String assetId, int fiscalYear) {
    return "/public/" + organization + "/knowledge/" + assetId + "?year=" + fiscalYear;
  }

  /**
   * A KM step as the index keeps it (the step's enum name) from what a person typed: its number
   * (1-7, Thai digits too) or its name in any case; empty when it is no step.
   */
  public static Optional<String> stepCode(String typed) {
    String t = typed.strip();
    for (KmProcessStep step : KmProcessStep.values()) {
      if (step.name().equalsIgnoreCase(t)
          || (t.length() == 1 && Character.digit(t.charAt(0), 10) == step.names().number())) {
        return Optional.of(step.name());
      }
    }
    return Optional.empty();
  }

  private KnowledgeStore storeOrFail() {
    if (store == null) {
      throw new IllegalStateException("this search follows no knowledge store");
    }
    return store;
  }

  private List<SearchDocument> documents(OrganizationCode organization, FiscalYear year, String assetId) {
    KnowledgeStore store = storeOrFail();
    List<KnowledgeContent> versions = store.versions(organization, year, assetId);
    if (versions.isEmpty()) {
      return List.of();
    }
    Map<Integer, Set<Audience>> audiences = new LinkedHashMap<>();
    Map<Integer, KnowledgeContent> byNumber = new LinkedHashMap<>();
    KnowledgeContent latest = versions.get(versions.size() - 1);
    add(audiences, byNumber, latest, Audience.EDITOR);
    versions.stream().filter(c -> c.state().readable()).reduce((a, b) -> b).ifPresent(c -> add(audiences, byNumber, c, Audience.READER));
    versions.stream().filter(c -> c.state() == KnowledgeState.PUBLISHED).reduce((a, b) -> b).ifPresent(c -> add(audiences, byNumber, c, Audience.PUBLIC));
    List<Attachment> files = new ArrayList<>();
    for (AttachmentInfo info : store.attachments(organization, year, assetId)) {
      store.attachment(organization, year, assetId, info.id()).ifPresent(a -> files.add(new Attachment(info.fileName(), a.bytes())));
    }
    List<SearchDocument> documents = new ArrayList<>();
    byNumber.forEach(
        (number, c) ->
            documents.add(
                new SearchDocument(
                    organization.value(),
                    year.buddhistYear(),
                    assetId,
                    c.title(),
                    c.kind(),
                    c.division().map(DivisionCode::value),
                    c.step().map(Enum::name),
                    c.tags().isEmpty() ? c.body() : c.body() + "\n\n" + String.join(" ", c.tags()),
                    files,
                    audiences.get(number))));
    return documents;
  }

  private static void add(Map<Integer, Set<Audience>> audiences, Map<Integer, KnowledgeContent> byNumber, KnowledgeContent c, Audience audience) {
    byNumber.putIfAbsent(c.version(), c);
    audiences.computeIfAbsent(c.version(), n -> EnumSet.noneOf(Audience.class)).add(audience);
  }

  @Override
  public void close() {
    index.close();
  }
}
