package th.km.web.plan;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.ApprovalResult;
import th.km.core.store.PlanVersion;
import th.km.web.WebConfig;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.security.Sessions;
import th.km.web.year.EvaluationCache;

/**
 * The versions of a plan and their approval (การอนุมัติแผน): {@code GET /organizations/{org}/plan}
 * lists them, and the CKO or the chair approve the latest draft with {@code POST
 * /organizations/{org}/plan/versions/{number}/approve}; the JSON API does the same under {@code
 * /api/v1/organizations/{org}/plan-versions}.
 */
public final class PlanVersionPages {

  /** The path parameter of a version's number. */
  public static final String NUMBER = "number";

  /**
   * A version as the API shows it.
   *
   * @param number 1 for the first version
   * @param status DRAFT or APPROVED
   * @param locked whether it can no longer be approved
   * @param savedAt when it was saved
   * @param approvedAt when it was approved
   * @param approvedBy who approved it, when the server knows
   */
  public record VersionJson(
      int number,
      String status,
      boolean locked,
      String savedAt,
      @Nullable String approvedAt,
      @Nullable String approvedBy) {}

  /** A version with who approved it, for the page. */
  public record Row(PlanVersion version, String approvedBy) {}

  /** The versions of a year's plan. */
  public record VersionsJson(int fiscalYear, List<VersionJson> versions) {}

  private final WebConfig config;
  private final PlanLookup plans;
  private final PlanApprovals approvals;
  private final EvaluationCache evaluations;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;

  public PlanVersionPages(
      WebConfig config,
      PlanLookup plans,
      PlanApprovals approvals,
      EvaluationCache evaluations,
      Sessions sessions,
      PageFactory pages,
      Templates templates) {
    this.config = config;
    this.plans = plans;
    this.approvals = approvals;
    this.evaluations = evaluations;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** The page of the versions. */
  public void list(Context ctx) {
    KmPlan plan = plans.find(ctx, config.today());
    Page page = pages.forPlan(ctx, plan, "plan.versions.title");
    List<PlanVersion> versions = approvals.versions(plan.organization().code(), plan.fiscalYear());
    boolean approves = sessions.current(ctx).map(a -> a.role().approves()).orElse(false);
    List<Row> rows =
        versions.stream()
            .map(v -> new Row(v, approvals.approvedBy(v.organization(), v.fiscalYear(), v.number()).map(a -> a.name()).orElse("")))
            .toList();
    templates.render(
        ctx,
        "plan-versions.jte",
        Map.of(
            "page", page,
            "versions", rows,
            "approvable", approves ? approvable(versions) : OptionalInt.empty(),
            "base", "/organizations/" + plan.organization().code().value() + "/plan"));
  }

  /** Asks to confirm the approval of a version: approving locks it, and cannot be undone. */
  public void confirm(Context ctx) {
    KmPlan plan = plans.find(ctx, config.today());
    Page page = pages.forPlan(ctx, plan, "plan.versions.confirmTitle");
    String text = ctx.pathParam(NUMBER);
    OptionalInt approvable = approvable(approvals.versions(plan.organization().code(), plan.fiscalYear()));
    if (approvable.isEmpty() || !String.valueOf(approvable.getAsInt()).equals(text)) {
      throw new WebError(HttpStatus.CONFLICT, "conflict", "plan.versions.notApprovable", text);
    }
    templates.render(
        ctx,
        "plan-approve.jte",
        Map.of(
            "page", page,
            "number", approvable.getAsInt(),
            "base", "/organizations/" + plan.organization().code().value() + "/plan"));
  }

  /** Approves a version from the page, then shows the versions again. */
  public void approve(Context ctx) {
    KmPlan plan = plans.find(ctx, config.today());
    PlanVersion approved = approved(plan, ctx);
    Page page = pages.forPlan(ctx, plan, "plan.versions.title");
    sessions.notice(ctx, page.t("plan.versions.approvedNotice", approved.number()));
    ctx.redirect(
        "/organizations/" + plan.organization().code().value() + "/plan?year=" + plan.fiscalYear().buddhistYear(),
        HttpStatus.SEE_OTHER);
  }

  /** The versions, as JSON. */
  public void listJson(Context ctx) {
    KmPlan plan = plans.find(ctx, config.today());
    ctx.json(
        new VersionsJson(
            plan.fiscalYear().buddhistYear(),
            approvals.versions(plan.organization().code(), plan.fiscalYear()).stream()
                .map(v -> json(v, approvals.approvedBy(v.organization(), v.fiscalYear(), v.number()).map(a -> a.name()).orElse(null)))
                .toList()));
  }

  /** Approves a version through the API. */
  public void approveJson(Context ctx) {
    KmPlan plan = plans.find(ctx, config.today());
    Actor by = Actor.of(sessions.current(ctx).orElseThrow().username());
    ctx.json(json(approved(plan, ctx), by.name()));
  }

  private PlanVersion approved(KmPlan plan, Context ctx) {
    OrganizationCode organization = plan.organization().code();
    FiscalYear year = plan.fiscalYear();
    String text = ctx.pathParam(NUMBER);
    if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1) {
      throw WebError.notFound("plan.versions.notFound", text, year.buddhistYear());
    }
    int number = Integer.parseInt(text);
    Actor by = Actor.of(sessions.current(ctx).orElseThrow().username(), ctx.ip());
    return switch (approvals.approve(organization, year, number, by)) {
      case ApprovalResult.Approved a -> {
        evaluations.changed(organization, year);
        yield a.version();
      }
      case ApprovalResult.NotFound n ->
          throw WebError.notFound("plan.versions.notFound", number, year.buddhistYear());
      case ApprovalResult.Locked l ->
          throw new WebError(
              HttpStatus.CONFLICT,
              "conflict",
              l.version().approvedAt().isPresent() ? "plan.versions.alreadyApproved" : "plan.versions.superseded",
              number);
    };
  }

  /** The number of the version that may be approved: the latest, while it is an unlocked draft. */
  static OptionalInt approvable(List<PlanVersion> versions) {
    if (versions.isEmpty()) {
      return OptionalInt.empty();
    }
    PlanVersion latest = versions.get(versions.size() - 1);
    return latest.locked() ? OptionalInt.empty() : OptionalInt.of(latest.number());
  }

  /** The day of an instant in Thailand, for the page. */
  public static LocalDate day(Instant instant) {
    return instant.atZone(WebConfig.THAILAND).toLocalDate();
  }

  /** A version as the API shows it, without who approved it. */
  public static VersionJson json(PlanVersion v) {
    return json(v, null);
  }

  private static VersionJson json(PlanVersion v, @Nullable String approvedBy) {
    return new VersionJson(
        v.number(),
        v.status().name(),
        v.locked(),
        v.savedAt().toString(),
        v.approvedAt().map(Instant::toString).orElse(null),
        approvedBy);
  }
}
