package th.km.web.plan;

import io.javalin.http.Context;
import th.km.core.plan.KmPlan;
import th.km.web.WebConfig;

/** The plan resources of the JSON API under {@code /api/v1/organizations/{org}/}. */
public final class PlanApi {

  private final WebConfig config;
  private final PlanLookup lookup;

  public PlanApi(WebConfig config, PlanLookup lookup) {
    this.config = config;
    this.lookup = lookup;
  }

  /** {@code GET …/committees}. */
  public void committees(Context ctx) {
    KmPlan plan = lookup.find(ctx, config.today());
    ctx.json(PlanJson.Envelope.of(plan, plan.committees().stream().map(PlanJson.CommitteeJson::of).toList()));
  }

  /** {@code GET …/knowledge-map}: Form 1's rows. */
  public void knowledgeMap(Context ctx) {
    KmPlan plan = lookup.find(ctx, config.today());
    ctx.json(PlanJson.Envelope.of(plan, plan.form1().stream().map(PlanJson.KnowledgeNeedJson::of).toList()));
  }

  /** {@code GET …/scopes}. */
  public void scopes(Context ctx) {
    KmPlan plan = lookup.find(ctx, config.today());
    ctx.json(PlanJson.Envelope.of(plan, plan.scopes().stream().map(PlanJson.ScopeJson::of).toList()));
  }

  /** {@code GET …/action-plan}: the goals with their activities. */
  public void actionPlan(Context ctx) {
    KmPlan plan = lookup.find(ctx, config.today());
    ctx.json(PlanJson.Envelope.of(plan, plan.goals().stream().map(PlanJson.GoalJson::of).toList()));
  }
}
