package th.km.web.planedit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanVersion;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;
import th.km.persistence.planfile.PlanFileException;
import th.km.web.WebConfig;
import th.km.web.http.JsonBodies;
import th.km.web.http.Problem;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;
import th.km.web.http.LanguageSelector;
import th.km.web.plan.PlanApprovals;
import th.km.web.plan.PlanLookup;
import th.km.web.plan.PlanVersionPages;
import th.km.web.security.Sessions;
import th.km.web.year.EvaluationCache;

/**
 * The plan editor's API: {@code GET /api/v1/organizations/{org}/plan-versions/{number}} answers a
 * version in the plan-file format with its number as ETag; {@code PUT} on it changes a draft by
 * saving the body as the next version (each save is a version, and a saved one never changes); and
 * {@code GET .../plan-versions/{a}/diff/{b}} compares two versions part by part.
 *
 * <p>A PUT is refused with 409 on an approved version or one that a newer version has superseded,
 * with 412 when its {@code If-Match} names another version than the path, and with 422 naming the
 * field's path when the body is no valid plan file of this organization and year.
 */
public final class PlanEditApi {

  /** The path parameters of the two versions compared. */
  public static final String FROM = "a";

  /** The second version compared. */
  public static final String TO = "b";

  /** The top-level properties of a plan file, the only ones a PUT body may have. */
  private static final Set<String> PLAN_FIELDS =
      Set.of(
          "format", "formatVersion", "organization", "fiscalYear", "title", "preparedBy", "announcement",
          "divisions", "positions", "committees", "stepDescriptions", "tools", "monitoringRules",
          "monitoringIndicators", "form1", "scopes", "goals", "nameMentions", "citations", "narrative");

  /** One changed line, as the API answers it. */
  public record ChangeJson(String change, String label, String before, String after) {}

  /** The changes of one part. */
  public record PartJson(String part, String title, List<ChangeJson> changes) {}

  /** A comparison of two versions. */
  public record DiffJson(int fiscalYear, int from, int to, List<PartJson> parts) {}

  private final WebConfig config;
  private final PlanLookup plans;
  private final PlanApprovals versions;
  private final EvaluationCache evaluations;
  private final Sessions sessions;
  private final Messages messages;
  private final ObjectMapper json;

  public PlanEditApi(
      WebConfig config,
      PlanLookup plans,
      PlanApprovals versions,
      EvaluationCache evaluations,
      Sessions sessions,
      Messages messages,
      ObjectMapper json) {
    this.config = config;
    this.plans = plans;
    this.versions = versions;
    this.evaluations = evaluations;
    this.sessions = sessions;
    this.messages = messages;
    this.json = json;
  }

  /** A version in the plan-file format. */
  public void show(Context ctx) {
    StoredPlan stored = stored(ctx, ctx.pathParam(PlanVersionPages.NUMBER));
    ctx.header("ETag", etag(stored.version().number()));
    ctx.contentType("application/json").result(th.km.persistence.planfile.PlanJson.write(stored.plan()));
  }

  /** Saves the body as the next version of a draft. */
  public void update(Context ctx) {
    StoredPlan stored = stored(ctx, ctx.pathParam(PlanVersionPages.NUMBER));
    PlanVersion version = stored.version();
    if (version.approvedAt().isPresent()) {
      throw new WebError(HttpStatus.CONFLICT, "conflict", "plan.versions.alreadyApproved", version.number());
    }
    String ifMatch = ctx.header("If-Match");
    if (ifMatch != null && !ifMatch.strip().equals("*") && !ifMatch.strip().equals(etag(version.number()))) {
      throw new WebError(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "planEdit.error.ifMatch", ifMatch, version.number());
    }
    if (version.locked()) {
      throw new WebError(HttpStatus.CONFLICT, "conflict", "plan.versions.superseded", version.number());
    }
    JsonNode body = JsonBodies.object(ctx, json, PLAN_FIELDS);
    KmPlan plan;
    try {
      plan = th.km.persistence.planfile.PlanJson.read(body.toString(), "body");
    } catch (PlanFileException e) {
      invalid(ctx, e.path(), new Problem.Message(e.problemTh(), e.problemEn()));
      return;
    }
    if (!plan.organization().code().equals(version.organization()) || !plan.fiscalYear().equals(version.fiscalYear())) {
      invalid(ctx, plan.fiscalYear().equals(version.fiscalYear()) ? "organization.code" : "fiscalYear",
          message("planEdit.error.otherPlan"));
      return;
    }
    Actor by = Actor.of(sessions.current(ctx).orElseThrow().username());
    SaveResult result =
        versions.saveDraft(plan, version.number(), by).orElseThrow(() -> new WebError(HttpStatus.CONFLICT, "read-only", "planImport.error.readOnly"));
    switch (result) {
      case SaveResult.Saved s -> {
        evaluations.changed(version.organization(), version.fiscalYear());
        ctx.header("ETag", etag(s.version().number()));
        ctx.header("Location", ctx.path().replaceAll("/[0-9]+$", "/" + s.version().number()));
        ctx.json(PlanVersionPages.json(s.version()));
      }
      case SaveResult.Stale stale ->
          throw new WebError(HttpStatus.CONFLICT, "conflict", "planEdit.error.stale", version.number(),
              stale.latest().map(PlanVersion::number).orElse(0));
    }
  }

  /** Two versions compared. */
  public void diff(Context ctx) {
    StoredPlan from = stored(ctx, ctx.pathParam(FROM));
    StoredPlan to = stored(ctx, ctx.pathParam(TO));
    Language language = LanguageSelector.of(ctx);
    var labels = PlanEditing.labels(key -> messages.has(key) ? Optional.of(messages.get(language, key)) : Optional.empty());
    List<PartJson> parts =
        PlanDiff.compare(PlanTree.of(from.plan()), PlanTree.of(to.plan()), labels).stream()
            .map(
                p ->
                    new PartJson(
                        p.part(),
                        labels.apply(p.part()),
                        p.changes().stream()
                            .map(c -> new ChangeJson(c.kind().name().toLowerCase(java.util.Locale.ROOT), c.label(), c.before(), c.after()))
                            .toList()))
            .toList();
    ctx.json(new DiffJson(from.version().fiscalYear().buddhistYear(), from.version().number(), to.version().number(), parts));
  }

  /** Version {@code text} of the plan of the year asked, or a 404. */
  StoredPlan stored(Context ctx, @Nullable String text) {
    KmPlan plan = plans.find(ctx, config.today());
    OrganizationCode organization = plan.organization().code();
    FiscalYear year = plan.fiscalYear();
    if (text == null || text.isBlank()) {
      throw WebError.badRequest("planDiff.missingVersion");
    }
    if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1) {
      throw WebError.notFound("plan.versions.notFound", String.valueOf(text), year.buddhistYear());
    }
    int number = Integer.parseInt(text);
    return versions.version(organization, year, number)
        .orElseThrow(() -> WebError.notFound("plan.versions.notFound", number, year.buddhistYear()));
  }

  private void invalid(Context ctx, String field, Problem.Message message) {
    Problem.Message summary = message("planEdit.error.invalidBody");
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .json(new Problem(Problem.type("invalid"), HttpStatus.UNPROCESSABLE_CONTENT.getMessage(),
            HttpStatus.UNPROCESSABLE_CONTENT.getCode(), summary.en(), ctx.path(), summary,
            List.of(new Problem.FieldMessage(field, message)), null))
        .contentType(Problem.MEDIA_TYPE);
  }

  private Problem.Message message(String key) {
    return new Problem.Message(messages.get(Language.TH, key), messages.get(Language.EN, key));
  }

  /** The ETag of a version: its number, quoted. */
  public static String etag(int number) {
    return "\"" + number + "\"";
  }
}
