package th.km.web.search;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import th.km.core.records.AssetKind;
import th.km.persistence.search.Audience;
import th.km.persistence.search.KnowledgeSearch;
import th.km.persistence.search.SearchQuery;
import th.km.persistence.search.SearchResults;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.security.Sessions;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * The search pages: {@code /organizations/{org}/knowledge/search?q=} for signed-in accounts (what
 * each may read, drafts for those who may edit) and {@code /public/{org}/knowledge/search?q=} for
 * everyone (published assets only). Opened without {@code q}, a page shows the search box alone.
 */
public final class SearchPages {

  /** The path of the signed-in results under the organization. */
  public static final String PATH = "/knowledge/search";

  private final KnowledgeSearch search;
  private final YearLookup lookup;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;

  public SearchPages(KnowledgeSearch search, YearLookup lookup, Sessions sessions, PageFactory pages, Templates templates) {
    this.search = search;
    this.lookup = lookup;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  public void results(Context ctx) {
    var account = sessions.current(ctx);
    render(ctx, q -> SearchRequest.asAccount(q, account), SearchRequest.audienceOf(account), false);
  }

  public void publicResults(Context ctx) {
    render(ctx, q -> q, Audience.PUBLIC, true);
  }

  private void render(Context ctx, UnaryOperator<SearchQuery> narrowed, Audience audience, boolean publicPortal) {
    Snapshot s = lookup.find(ctx);
    Page page = pages.forPlan(ctx, s.plan(), "search.title");
    String org = s.plan().organization().code().value();
    Optional<SearchQuery> query = SearchRequest.words(ctx).map(w -> narrowed.apply(SearchRequest.read(ctx, audience)));
    SearchResults results = query.map(search::search).orElse(new SearchResults(0, java.util.List.of()));
    String base = (publicPortal ? "/public/" : "/organizations/") + org + PATH;
    templates.render(
        ctx,
        "knowledge-search.jte",
        Map.of(
            "page", page,
            "plan", s.plan(),
            "action", base,
            "division", query.flatMap(SearchQuery::division).orElse(""),
            "words", query.map(SearchQuery::text).orElse(""),
            "kind", query.flatMap(SearchQuery::kind).map(AssetKind::name).orElse(""),
            "searched", query.isPresent(),
            "results", results,
            "hits", results.hits().stream().map(h -> SearchApi.hit(org, h)).map(h -> publicPortal ? publicLink(org, h) : h).toList(),
            "next", query.filter(q -> q.offset() + q.limit() < results.total()).map(q -> next(ctx, base, q)).orElse("")));
  }

  private static SearchApi.Hit publicLink(String org, SearchApi.Hit h) {
    return new SearchApi.Hit(
        h.assetId(), h.title(), h.kind(), h.division(), h.step(), h.year(), h.score(), h.snippet(), KnowledgeSearch.publicLink(org, h.assetId(), h.year()));
  }

  /** The same search's next page: every parameter kept but the offset. */
  private static String next(Context ctx, String base, SearchQuery q) {
    StringBuilder href = new StringBuilder(base).append('?');
    ctx.queryParamMap().forEach((name, values) -> {
      if (!name.equals("offset")) {
        values.forEach(v -> href.append(encode(name)).append('=').append(encode(v)).append('&'));
      }
    });
    return href.append("offset=").append(q.offset() + q.limit()).toString();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
