package th.km.web.results;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import th.km.core.plan.KmPlan;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.RuleWords;
import th.km.core.records.YearRecord;
import th.km.web.documents.DocumentLinks;
import th.km.web.http.WebError;
import th.km.web.page.CachedPages;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.records.RecordFields;
import th.km.web.trainings.TrainingList;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** The overview, the detail of one indicator, and the public page of an organization's year. */
public final class ResultPages {

  /** The path parameter of an indicator's id. */
  public static final String INDICATOR = "indicator";

  /** The path parameter of the public page's fiscal year. */
  public static final String YEAR = "year";

  /** A record counted by an indicator, as its detail lists it. */
  public record CountedRecord(String id, String kind, String summary, String href) {}

  private final YearLookup lookup;
  private final PageFactory pages;
  private final Templates templates;
  private final CachedPages cached;
  private final Predicate<KmPlan> published;

  /**
   * @param cached where the overview and the public page are kept once rendered
   * @param published whether a plan is published, so that the public page offers its PDF
   */
  public ResultPages(
      YearLookup lookup,
      PageFactory pages,
      Templates templates,
      CachedPages cached,
      Predicate<KmPlan> published) {
    this.lookup = lookup;
    this.pages = pages;
    this.templates = templates;
    this.cached = cached;
    this.published = published;
  }

  /** {@code GET /organizations/{org}/overview}: where the plan stands, what needs attention first. */
  public void overview(Context ctx) {
    Snapshot s = lookup.find(ctx);
    cached.send(
        ctx,
        s,
        "overview.jte",
        "overview.title",
        page ->
            Map.of(
                "page", page,
                "plan", s.plan(),
                "asOf", s.asOf(),
                "overview", s.get(Overview.VIEW),
                "overdue", s.get(TrainingList.VIEW).overdue()));
  }

  /** {@code GET /organizations/{org}/indicators/{indicator}}: one indicator and its records. */
  public void indicator(Context ctx) {
    Snapshot s = lookup.find(ctx);
    String id = ctx.pathParam(INDICATOR);
    IndicatorResult result =
        IndicatorIds.find(s.evaluation(), id)
            .orElseThrow(() -> WebError.notFound("error.indicatorNotFound", id));
    Page page = pages.forPlan(ctx, s.plan(), "indicator.title");
    RecordFields fields = new RecordFields(page, s.plan(), s.records());
    List<CountedRecord> counted =
        result.recordIds().stream()
            .map(
                rid -> {
                  YearRecord r = s.records().byId(rid).orElseThrow();
                  return new CountedRecord(rid, fields.kind(r), fields.summary(r), fields.href(rid));
                })
            .toList();
    templates.render(
        ctx,
        "indicator.jte",
        Map.of(
            "page", page,
            "plan", s.plan(),
            "asOf", s.asOf(),
            "result", result,
            "rule", ResultFormat.text(page, RuleWords.describe(result.rule(), s.plan())),
            "records", counted));
  }

  /**
   * {@code GET /public/{org}/{year}}: the plan and its results for anyone, fit to link from the
   * municipal website. It names no staff member and no record.
   */
  public void publicPage(Context ctx) {
    Snapshot s = lookup.find(ctx, ctx.pathParam(YEAR));
    cached.send(
        ctx,
        s,
        "public.jte",
        "publicPage.title",
        page ->
            Map.of(
                "page", page,
                "plan", s.plan(),
                "asOf", s.asOf(),
                "overview", s.get(Overview.VIEW),
                "planPdf", published.test(s.plan()) ? DocumentLinks.publishedPlan(s.plan()) : ""));
  }
}
