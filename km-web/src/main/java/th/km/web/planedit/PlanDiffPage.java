package th.km.web.planedit;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.store.StoredPlan;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;

/**
 * The page that compares two versions of a plan (เปรียบเทียบฉบับของแผน), {@code GET
 * /organizations/{org}/plan/compare?a=1&b=2}: the parts that differ, each with its lines added,
 * removed and changed, in the page's language.
 */
public final class PlanDiffPage {

  private final PlanEditApi versions;
  private final PageFactory pages;
  private final Templates templates;

  public PlanDiffPage(PlanEditApi versions, PageFactory pages, Templates templates) {
    this.versions = versions;
    this.pages = pages;
    this.templates = templates;
  }

  /** The comparison of versions {@code a} and {@code b}. */
  public void show(Context ctx) {
    StoredPlan from = versions.stored(ctx, ctx.queryParam(PlanEditApi.FROM));
    StoredPlan to = versions.stored(ctx, ctx.queryParam(PlanEditApi.TO));
    Page page = pages.forPlan(ctx, to.plan(), "planDiff.title");
    var labels =
        PlanEditing.labels(
            key -> page.messages().has(key) ? Optional.of(page.t(key)) : Optional.empty());
    List<PlanDiff.PartChanges> parts = PlanDiff.compare(PlanTree.of(from.plan()), PlanTree.of(to.plan()), labels);
    templates.render(
        ctx,
        "plan-diff.jte",
        Map.of(
            "page", page,
            "from", from.version().number(),
            "to", to.version().number(),
            "parts", parts,
            "titles", parts.stream().map(p -> labels.apply(p.part())).toList()));
  }
}
