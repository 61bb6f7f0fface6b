package th.km.web.planimport;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.check.PlanChecker;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanVersion;
import th.km.web.PlanSource;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanApprovals;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;
import th.km.web.year.EvaluationCache;

/**
 * Importing a plan document from the browser (นำเข้าแผนจากเอกสาร), for the secretary, the CKO and
 * the chair: {@code GET /organizations/{org}/plan/import} shows the upload form; a {@code POST}
 * there reads the file, keeps the reading in the session and leads to the review page, {@code
 * …/plan/import/review?draft=}, which shows the plan as read beside what was not understood and
 * the checker's findings; a {@code POST} of the review saves the corrected plan as a new draft
 * version, which the CKO or the chair then approve on the versions page.
 */
public final class PlanImportPages {

  /** The query parameter and form field naming the reading kept on the server. */
  public static final String DRAFT = "draft";

  private final PlanReading reading;
  private final PendingImports pending;
  private final PlanSource plans;
  private final PlanApprovals versions;
  private final EvaluationCache evaluations;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;

  public PlanImportPages(
      PlanReading reading,
      PendingImports pending,
      PlanSource plans,
      PlanApprovals versions,
      EvaluationCache evaluations,
      Sessions sessions,
      PageFactory pages,
      Templates templates) {
    this.reading = reading;
    this.pending = pending;
    this.plans = plans;
    this.versions = versions;
    this.evaluations = evaluations;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** The upload form. */
  public void form(Context ctx) {
    showForm(ctx, page(ctx, "planImport.title"), HttpStatus.OK, List.of(), "");
  }

  /** Reads the uploaded file; a plan leads to its review, anything else back to the form. */
  public void upload(Context ctx) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    Upload upload = Upload.of(ctx);
    Page page = page(ctx, "planImport.title");
    // A plan imported here is this organization's: its code is the default, not the document's.
    Optional<OrganizationCode> code = upload.code().or(() -> Optional.of(organization));
    switch (reading.read(upload.content(), upload.fileName(), code)) {
      case Reading.Read read -> {
        String token = pending.keep(ctx, organization, read);
        ctx.redirect(base(organization) + "/review?" + DRAFT + "=" + enc(token), HttpStatus.SEE_OTHER);
      }
      case Reading.NoPlan none ->
          showForm(
              ctx,
              page,
              HttpStatus.UNPROCESSABLE_CONTENT,
              none.notUnderstood(),
              page.t("planImport.error.noPlan", upload.fileName(), page.pick(none.messageTh(), none.messageEn())));
      case Reading.Unsupported u ->
          showForm(
              ctx, page, HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(), page.pick(u.messageTh(), u.messageEn()));
    }
  }

  /** The review of a kept reading. */
  public void review(Context ctx) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    String token = token(ctx.queryParam(DRAFT));
    Reading.Read read = kept(ctx, organization, token);
    showReview(ctx, HttpStatus.OK, token, read, field -> null, Map.of());
  }

  /** Saves the kept reading, with the form's corrections, as a new draft version. */
  public void save(Context ctx) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    String token = token(ctx.formParam(DRAFT));
    Reading.Read read = kept(ctx, organization, token);
    PlanCorrections.Outcome outcome = PlanCorrections.apply(read.plan(), ctx::formParam, organization);
    if (outcome.plan().isEmpty()) {
      Page page = page(ctx, "planImport.review.title");
      Map<String, String> errors = new LinkedHashMap<>();
      outcome.errors().forEach((field, p) -> errors.put(field, page.t(p.key(), p.args().toArray())));
      showReview(ctx, HttpStatus.UNPROCESSABLE_CONTENT, token, read, ctx::formParam, errors);
      return;
    }
    KmPlan plan = outcome.plan().get();
    Actor by = Actor.of(sessions.current(ctx).orElseThrow().username(), ctx.ip());
    PlanVersion saved =
        versions
            .saveDraft(plan, by)
            .orElseThrow(() -> new WebError(HttpStatus.CONFLICT, "read-only", "planImport.error.readOnly"));
    pending.forget(ctx, token);
    evaluations.changed(organization, plan.fiscalYear());
    Page page = page(ctx, "planImport.review.title");
    sessions.notice(ctx, page.t("planImport.saved", saved.number(), plan.fiscalYear().buddhistYear()));
    ctx.redirect(
        "/organizations/" + organization.value() + "/plan?year=" + plan.fiscalYear().buddhistYear(),
        HttpStatus.SEE_OTHER);
  }

  private void showForm(Context ctx, Page page, HttpStatus status, List<NotUnderstood> why, String message) {
    templates.render(
        ctx,
        "plan-import.jte",
        Map.of(
            "page", page,
            "action", base(PlanLookup.organizationOf(ctx)),
            "code", PlanLookup.organizationOf(ctx).value(),
            "message", message,
            "notUnderstood", why,
            "maxMegabytes", Upload.MAX_BYTES / (1024 * 1024)));
    ctx.status(status);
  }

  private void showReview(
      Context ctx,
      HttpStatus status,
      String token,
      Reading.Read read,
      Function<String, @Nullable String> sent,
      Map<String, String> errors) {
    Page page = page(ctx, "planImport.review.title");
    Review review =
        new Review(
            token,
            base(PlanLookup.organizationOf(ctx)) + "/review",
            read,
            PlanChecker.check(read.plan()).findings(),
            sent,
            errors);
    templates.render(ctx, "plan-import-review.jte", Map.of("page", page, "review", review));
    ctx.status(status);
  }

  private Reading.Read kept(Context ctx, OrganizationCode organization, String token) {
    return pending
        .find(ctx, organization, token)
        .orElseThrow(() -> WebError.notFound("planImport.error.draftGone"));
  }

  /** A page with the organization's latest plan in its header, or a plain one before its first. */
  private Page page(Context ctx, String titleKey) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    List<FiscalYear> years = plans.years(organization);
    Optional<KmPlan> latest =
        years.isEmpty() ? Optional.empty() : plans.plan(organization, years.get(years.size() - 1));
    return latest.map(p -> pages.forPlan(ctx, p, titleKey)).orElseGet(() -> pages.plain(ctx, titleKey, true));
  }

  private static String token(@Nullable String sent) {
    if (sent == null || !sent.matches("[A-Za-z0-9_-]{16,64}")) {
      throw WebError.notFound("planImport.error.draftGone");
    }
    return sent;
  }

  private static String base(OrganizationCode organization) {
    return "/organizations/" + organization.value() + "/plan/import";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
