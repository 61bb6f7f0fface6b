package th.km.web.trainings;

import io.javalin.http.Context;
import java.util.Map;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** {@code GET /organizations/{org}/trainings}: the trainings and their reports, overdue first. */
public final class TrainingPages {

  private final YearLookup lookup;
  private final PageFactory pages;
  private final Templates templates;

  public TrainingPages(YearLookup lookup, PageFactory pages, Templates templates) {
    this.lookup = lookup;
    this.pages = pages;
    this.templates = templates;
  }

  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    Page page = pages.forPlan(ctx, s.plan(), "trainings.title");
    templates.render(
        ctx,
        "trainings.jte",
        Map.of("page", page, "plan", s.plan(), "asOf", s.asOf(), "list", s.get(TrainingList.VIEW)));
  }
}
