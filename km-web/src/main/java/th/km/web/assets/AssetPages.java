package th.km.web.assets;

import io.javalin.http.Context;
import java.util.Map;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** {@code GET /organizations/{org}/assets}: the knowledge assets by division and kind. */
public final class AssetPages {

  private final YearLookup lookup;
  private final PageFactory pages;
  private final Templates templates;

  public AssetPages(YearLookup lookup, PageFactory pages, Templates templates) {
    this.lookup = lookup;
    this.pages = pages;
    this.templates = templates;
  }

  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    Page page = pages.forPlan(ctx, s.plan(), "assets.title");
    templates.render(
        ctx,
        "assets.jte",
        Map.of("page", page, "plan", s.plan(), "asOf", s.asOf(), "list", s.get(AssetList.VIEW)));
  }
}
