package th.km.web.findings;

import io.javalin.http.Context;
import java.util.Map;
import th.km.core.check.CheckReport;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** {@code GET /organizations/{org}/findings}: what the plan checker found in the plan. */
public final class FindingPages {

  private final YearLookup lookup;
  private final PageFactory pages;
  private final Templates templates;

  public FindingPages(YearLookup lookup, PageFactory pages, Templates templates) {
    this.lookup = lookup;
    this.pages = pages;
    this.templates = templates;
  }

  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    Page page = pages.forPlan(ctx, s.plan(), "findings.title");
    CheckReport report = s.get(Snapshot.FINDINGS);
    templates.render(ctx, "findings.jte", Map.of("page", page, "report", report));
  }
}
