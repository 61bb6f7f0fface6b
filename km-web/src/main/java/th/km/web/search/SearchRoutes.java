package th.km.web.search;

import io.javalin.http.HandlerType;
import java.util.Optional;
import th.km.persistence.search.KnowledgeSearch;
import th.km.web.http.ApiOperation;
import th.km.web.http.Routes;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.security.Access;
import th.km.web.security.AccessGuard;
import th.km.web.security.Sessions;
import th.km.web.year.YearLookup;

/**
 * Registers the search's routes. They are registered before the knowledge base's own pages, so
 * that {@code knowledge/search} is the search and not an asset of that id.
 */
public final class SearchRoutes {

  private SearchRoutes() {}

  /**
   * Registers the routes over the backend's search (one that finds nothing on a server without a
   * database) and returns it, for the server to close when it stops.
   */
  public static KnowledgeSearch register(
      Routes r, Optional<KnowledgeSearch> backendSearch, YearLookup lookup, Sessions sessions, PageFactory pages, Templates templates) {
    KnowledgeSearch search = backendSearch.orElseGet(KnowledgeSearch::none);
    SearchPages page = new SearchPages(search, lookup, sessions, pages, templates);
    SearchApi api = new SearchApi(search, sessions);
    String org = "{" + AccessGuard.ORGANIZATION + "}";
    r.get("/organizations/" + org + SearchPages.PATH, Access.SIGNED_IN, page::results);
    r.get("/public/" + org + SearchPages.PATH, Access.PUBLIC, page::publicResults);
    r.api(
        HandlerType.GET,
        "/api/v1/organizations/" + org + "/search",
        Access.SIGNED_IN,
        api::search,
        ApiOperation.read(
                "searchKnowledge",
                "Searches the knowledge base in Thai: ranked hits the caller may read (drafts for those who may edit), with highlighted snippets.",
                "ค้นหาองค์ความรู้ภาษาไทย เรียงตามความเกี่ยวข้อง เฉพาะที่ผู้เรียกอ่านได้ (ฉบับร่างสำหรับผู้แก้ไขได้) พร้อมข้อความที่ไฮไลต์คำค้น",
                "SearchResults")
            .query("q", "kind", "division", "step", "year", "offset", "limit"));
    return search;
  }
}
