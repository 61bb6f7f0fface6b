package th.km.web.plan;

import java.util.function.Function;
import th.km.core.records.ActivityRef;
import th.km.web.reading.ActivityKnowledge;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.web.WebConfig;
import th.km.web.http.LanguageSelector;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** The pages that show a plan as written. */
public final class PlanPages {

  /** Form 1 rows under the division header they were written under. */
  public record DivisionNeeds(String divisionName, List<StrategicKnowledgeNeed> needs) {}

  private final WebConfig config;
  private final PlanLookup lookup;
  private final PageFactory pages;
  private final Templates templates;
  private final YearLookup years;
  private final Function<KmPlan, Map<ActivityRef, List<ActivityKnowledge.Linked>>> activityKnowledge;

  public PlanPages(WebConfig config, PlanLookup lookup, YearLookup years, PageFactory pages, Templates templates) {
    this(config, lookup, years, pages, templates, plan -> Map.of());
  }

  /**
   * As above, with the AARs and stories linked to each activity, which the action plan lists under
   * the activity with the buttons that start new ones.
   */
  public PlanPages(
      WebConfig config, PlanLookup lookup, YearLookup years, PageFactory pages, Templates templates,
      Function<KmPlan, Map<ActivityRef, List<ActivityKnowledge.Linked>>> activityKnowledge) {
    this.activityKnowledge = activityKnowledge;
    this.config = config;
    this.lookup = lookup;
    this.years = years;
    this.pages = pages;
    this.templates = templates;
  }

  /** {@code GET /organizations/{org}/committees}: the KM and the M&E committee. */
  public void committees(Context ctx) {
    KmPlan plan = lookup.find(ctx, config.today());
    Page page = pages.forPlan(ctx, plan, "committees.title");
    templates.render(ctx, "committees.jte", Map.of("page", page, "plan", plan));
  }

  /** {@code GET /organizations/{org}/knowledge-map}: Form 1 by division. */
  public void knowledgeMap(Context ctx) {
    KmPlan plan = lookup.find(ctx, config.today());
    Page page = pages.forPlan(ctx, plan, "knowledgeMap.title");
    templates.render(
        ctx, "knowledge-map.jte", Map.of("page", page, "divisions", byDivision(plan)));
  }

  /** {@code GET /organizations/{org}/scopes}: the KM scopes. */
  public void scopes(Context ctx) {
    KmPlan plan = lookup.find(ctx, config.today());
    Page page = pages.forPlan(ctx, plan, "scopes.title");
    templates.render(ctx, "scopes.jte", Map.of("page", page, "plan", plan));
  }

  /**
   * {@code GET /organizations/{org}/action-plan}: the activities by fiscal month, the planned
   * months beside the progress reported as of the day ({@code ?asOf=}), late ones flagged.
   */
  public void actionPlan(Context ctx) {
    Snapshot s = years.find(ctx);
    KmPlan plan = s.plan();
    Page page = pages.forPlan(ctx, plan, "actionPlan.title");
    ActionPlanChart chart = ActionPlanChart.of(plan, s.asOf(), LanguageSelector.of(ctx));
    templates.render(
        ctx,
        "action-plan.jte",
        Map.of(
            "page", page, "chart", chart, "plan", plan, "progress", s.get(Progress.VIEW),
            "knowledge", activityKnowledge.apply(plan)));
  }

  /** Form 1's rows grouped by their division header, in the plan's order. */
  static List<DivisionNeeds> byDivision(KmPlan plan) {
    Map<String, List<StrategicKnowledgeNeed>> groups = new LinkedHashMap<>();
    for (StrategicKnowledgeNeed need : plan.form1()) {
      groups.computeIfAbsent(need.divisionName(), k -> new ArrayList<>()).add(need);
    }
    return groups.entrySet().stream().map(e -> new DivisionNeeds(e.getKey(), List.copyOf(e.getValue()))).toList();
  }
}
