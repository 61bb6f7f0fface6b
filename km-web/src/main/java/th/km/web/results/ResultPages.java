package th.km.web.results;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
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

  /** An indicator in the attention list with the people who must act on it. */
  public record AttentionItem(IndicatorResult result, Accountable who) {}

  /**
   * {@code GET /organizations/{org}/overview[?division=CODE]}: where the plan stands, what needs
   * attention first and who must act, the trend by month; for one division when asked.
   */
  public void overview(Context ctx) {
    Snapshot s = lookup.find(ctx);
    Optional<DivisionCode> division = division(ctx, s.plan());
    // A division's overview has a query the cache does not key on: CachedPages renders it afresh.
    // The views are made only when the page is rendered, not for an answer sent from the cache.
    cached.send(
        ctx,
        s,
        "overview.jte",
        "overview.title",
        page -> {
          Overview overview =
              division.isEmpty() ? s.get(Overview.VIEW) : Overview.of(s.plan(), s.evaluation(), division);
          List<AttentionItem> attention =
              overview.attention().stream()
                  .map(r -> new AttentionItem(r, Accountable.of(s.plan(), s.records(), r, s.asOf())))
                  .toList();
          Map<String, Object> params = new HashMap<>();
          params.put("page", page);
          params.put("plan", s.plan());
          params.put("asOf", s.asOf());
          params.put("overview", overview);
          params.put("attention", attention);
          params.put("division", division.map(DivisionCode::value).orElse(""));
          params.put("trend", s.get(TrendChart.TRENDS).of(division));
          params.put("overdue", division.isEmpty() ? s.get(TrainingList.VIEW).overdue() : List.of());
          params.put("progress", s.get(th.km.web.plan.Progress.VIEW));
          return params;
        });
  }

  /** The division the overview is asked for; a code the plan does not have is a 400. */
  private static Optional<DivisionCode> division(Context ctx, KmPlan plan) {
    String code = ctx.queryParam("division");
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return plan.divisions().stream()
        .map(Division::code)
        .filter(c -> c.value().equals(code.strip()))
        .findFirst()
        .map(Optional::of)
        .orElseThrow(() -> WebError.badRequest("error.unknownDivision", code.strip()));
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
            "records", counted,
            "progress", th.km.web.plan.Progress.of(s.get(th.km.web.plan.Progress.VIEW), result)));
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
