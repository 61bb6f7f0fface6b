package th.km.web.search;

import io.javalin.http.Context;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.persistence.search.KnowledgeSearch;
import th.km.persistence.search.SearchHit;
import th.km.persistence.search.SearchQuery;
import th.km.persistence.search.SearchResults;
import th.km.web.security.Sessions;

/**
 * {@code GET /api/v1/organizations/{org}/search?q=}: the ranked hits of the organization's
 * knowledge base that the caller may read, with highlighted snippets.
 */
public final class SearchApi {

  /** One page of hits. */
  public record Results(String organization, String query, long total, int offset, int limit, List<Hit> hits) {}

  /** One hit; {@code snippet} is HTML whose only tags are {@code <mark>}. */
  public record Hit(
      String assetId,
      String title,
      String kind,
      @Nullable String division,
      @Nullable String step,
      int year,
      float score,
      String snippet,
      String link) {}

  private final KnowledgeSearch search;
  private final Sessions sessions;

  public SearchApi(KnowledgeSearch search, Sessions sessions) {
    this.search = search;
    this.sessions = sessions;
  }

  public void search(Context ctx) {
    var account = sessions.current(ctx);
    SearchQuery query = SearchRequest.asAccount(SearchRequest.read(ctx, SearchRequest.audienceOf(account)), account);
    SearchResults results = search.search(query);
    ctx.json(
        new Results(
            query.organization(),
            query.text(),
            results.total(),
            query.offset(),
            query.limit(),
            results.hits().stream().map(h -> hit(query.organization(), h)).toList()));
  }

  static Hit hit(String organization, SearchHit h) {
    return new Hit(
        h.assetId(),
        h.title(),
        h.kind().name(),
        h.division().orElse(null),
        h.step().orElse(null),
        h.fiscalYear(),
        h.score(),
        h.snippet(),
        KnowledgeSearch.link(organization, h));
  }
}
