package th.km.web.planedit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanVersion;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;
import th.km.web.DashboardSource;
import th.km.web.WebConfig;
import th.km.web.YearData;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanApprovals;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;
import th.km.web.year.EvaluationCache;

/**
 * The plan editor (แก้ไขแผน) at {@code /organizations/{org}/plan/edit}, for the secretary, the CKO
 * and the chair: a year without a plan starts empty, from km's template or as a copy of last year;
 * a year with one is edited part by part, each save a new draft version made from the version the
 * form showed (409 when another save came first), the checker run on save and on demand.
 */
public final class PlanEditorPages {

  private final WebConfig config;
  private final DashboardSource years;
  private final PlanApprovals versions;
  private final EvaluationCache evaluations;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;
  private final PlanEditing editing = new PlanEditing();

  public PlanEditorPages(
      WebConfig config,
      DashboardSource years,
      PlanApprovals versions,
      EvaluationCache evaluations,
      Sessions sessions,
      PageFactory pages,
      Templates templates) {
    this.config = config;
    this.years = years;
    this.versions = versions;
    this.evaluations = evaluations;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** The editor of a part of the year's latest version, or the start of a year without a plan. */
  public void show(Context ctx) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    FiscalYear year = year(ctx, ctx.queryParam("year"), organization);
    Optional<StoredPlan> latest = latest(organization, year);
    if (latest.isEmpty()) {
      showStart(ctx, organization, year, HttpStatus.OK, "");
      return;
    }
    StoredPlan stored = latest.get();
    String part = part(ctx.queryParam("part"));
    render(ctx, stored.version(), part, PlanTree.of(stored.plan()), stored.plan(), Map.of(), false, HttpStatus.OK);
  }

  /** Starts a year's plan as version 1: empty, from the template, or as a copy of last year's. */
  public void start(Context ctx) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    FiscalYear year = year(ctx, ctx.formParam("year"), organization);
    if (latest(organization, year).isPresent()) {
      throw new WebError(HttpStatus.CONFLICT, "conflict", "planEdit.start.exists", year.buddhistYear());
    }
    PlanStart.How how;
    try {
      how = PlanStart.How.of(Optional.ofNullable(ctx.formParam("how")).orElse(""));
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest("planEdit.start.badHow", String.valueOf(ctx.formParam("how")));
    }
    Optional<KmPlan> lastYear = years.plan(organization, year.previous());
    KmPlan plan;
    if (how == PlanStart.How.COPY) {
      plan = PlanStart.copy(lastYear.orElseThrow(() -> WebError.badRequest("planEdit.start.noLastYear", year.previous().buddhistYear())));
    } else {
      Organization who = organization(ctx, organization);
      plan = how == PlanStart.How.EMPTY ? PlanStart.empty(who, year) : PlanStart.template(who, year);
    }
    PlanVersion saved =
        versions.saveDraft(plan, by(ctx)).orElseThrow(() -> new WebError(HttpStatus.CONFLICT, "read-only", "planImport.error.readOnly"));
    evaluations.changed(organization, year);
    Page page = page(ctx, plan);
    sessions.notice(ctx, page.t("planEdit.started", year.buddhistYear(), saved.number()));
    ctx.redirect(base(organization) + "?year=" + year.buddhistYear(), HttpStatus.SEE_OTHER);
  }

  /**
   * Saves a part's form as a new draft version, or, with {@code action=check}, checks it without
   * saving. A form with bad fields is shown again with each field's error (422); a form made from a
   * version that is no longer the latest saves nothing (409).
   */
  public void save(Context ctx) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    FiscalYear year = year(ctx, ctx.formParam("year"), organization);
    int basedOn = number(ctx.formParam("basedOn"));
    StoredPlan base =
        versions.version(organization, year, basedOn).orElseThrow(() -> WebError.notFound("plan.versions.notFound", basedOn, year.buddhistYear()));
    String part = part(ctx.formParam("part"));
    PlanEditing.Edited edited =
        editing.apply(
            PlanTree.of(base.plan()),
            PlanEditing.fields(ctx.formParamMap()),
            ctx.formParams(PlanEditing.REMOVE),
            ctx.formParam(PlanEditing.ADD));
    Page page = page(ctx, base.plan());
    if (edited.plan().isEmpty()) {
      render(ctx, base.version(), part, edited.tree(), base.plan(), errors(page, edited), false, HttpStatus.UNPROCESSABLE_CONTENT);
      return;
    }
    KmPlan plan = edited.plan().get();
    if (!plan.organization().code().equals(organization) || !plan.fiscalYear().equals(year)) {
      Map<String, String> wrong = new LinkedHashMap<>();
      wrong.put(plan.fiscalYear().equals(year) ? "organization.code" : "fiscalYear", page.t("planEdit.error.otherPlan"));
      render(ctx, base.version(), part, edited.tree(), base.plan(), wrong, false, HttpStatus.UNPROCESSABLE_CONTENT);
      return;
    }
    if ("check".equals(ctx.formParam("action"))) {
      render(ctx, base.version(), part, edited.tree(), plan, Map.of(), true, HttpStatus.OK);
      return;
    }
    SaveResult result =
        versions.saveDraft(plan, basedOn, by(ctx)).orElseThrow(() -> new WebError(HttpStatus.CONFLICT, "read-only", "planImport.error.readOnly"));
    switch (result) {
      case SaveResult.Saved s -> {
        evaluations.changed(organization, year);
        sessions.notice(ctx, page.t("planEdit.saved", s.version().number(), PlanEditing.check(plan).size()));
        ctx.redirect(base(organization) + "?year=" + year.buddhistYear() + "&part=" + part, HttpStatus.SEE_OTHER);
      }
      case SaveResult.Stale stale -> {
        Map<String, String> conflict = new LinkedHashMap<>();
        conflict.put("", page.t("planEdit.error.stale", basedOn, stale.latest().map(PlanVersion::number).orElse(0)));
        render(ctx, base.version(), part, edited.tree(), plan, conflict, true, HttpStatus.CONFLICT);
      }
    }
  }

  private void render(
      Context ctx,
      PlanVersion version,
      String part,
      PlanTree tree,
      KmPlan plan,
      Map<String, String> errors,
      boolean checked,
      HttpStatus status) {
    Page page = page(ctx, plan);
    String base = base(version.organization());
    int year = version.fiscalYear().buddhistYear();
    List<EditorView.LinkedFinding> findings =
        PlanEditing.check(plan).stream()
            .map(
                f -> {
                  PlanEditing.Link link = PlanEditing.link(plan, f);
                  String href = base + "?year=" + year + "&part=" + link.part() + (link.anchor().isEmpty() ? "" : "#" + link.anchor());
                  return new EditorView.LinkedFinding(f, href);
                })
            .toList();
    YearRecords records =
        years.year(version.organization(), version.fiscalYear()).map(YearData::records).orElseGet(() -> RulePreview.none(plan));
    Map<String, RulePreview.Preview> previews =
        RulePreview.of(plan, records, config.today(), years.year(version.organization(), version.fiscalYear())
            .map(YearData::holidays).orElse(th.km.core.calendar.HolidayCalendar.none()));
    EditorView view =
        new EditorView(base, year, part, version, PartForm.rows(tree, part, editing.shapes()), errors, findings, previews, checked);
    templates.render(ctx, "plan-edit.jte", Map.of("page", page, "view", view));
    ctx.status(status);
  }

  private void showStart(Context ctx, OrganizationCode organization, FiscalYear year, HttpStatus status, String message) {
    Optional<KmPlan> known = latestPlan(organization);
    Page page = known.map(p -> pages.forPlan(ctx, p, "planEdit.start.title")).orElseGet(() -> pages.plain(ctx, "planEdit.start.title", true));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("page", page);
    model.put("action", base(organization) + "/start");
    model.put("year", year.buddhistYear());
    model.put("lastYear", years.plan(organization, year.previous()).isPresent());
    model.put("organization", known.map(KmPlan::organization));
    model.put("types", List.of(OrganizationType.values()));
    model.put("message", message);
    templates.render(ctx, "plan-start.jte", model);
    ctx.status(status);
  }

  /** The organization's details: its latest plan's, else the start form's. */
  private Organization organization(Context ctx, OrganizationCode code) {
    Optional<KmPlan> known = latestPlan(code);
    if (known.isPresent()) {
      return known.get().organization();
    }
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    if (name.isEmpty()) {
      throw WebError.badRequest("planEdit.start.noName");
    }
    OrganizationType type;
    try {
      type = OrganizationType.valueOf(Optional.ofNullable(ctx.formParam("type")).orElse(""));
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest("planEdit.start.badType", String.valueOf(ctx.formParam("type")));
    }
    return Organization.builder().code(code).type(type).name(name).build();
  }

  private Optional<KmPlan> latestPlan(OrganizationCode organization) {
    List<FiscalYear> known = years.years(organization);
    return known.isEmpty() ? Optional.empty() : years.plan(organization, known.get(known.size() - 1));
  }

  private Optional<StoredPlan> latest(OrganizationCode organization, FiscalYear year) {
    List<PlanVersion> all = versions.versions(organization, year);
    return all.isEmpty() ? Optional.empty() : versions.version(organization, year, all.get(all.size() - 1).number());
  }

  /** The year asked for; by default the organization's latest, or this fiscal year. */
  private FiscalYear year(Context ctx, String asked, OrganizationCode organization) {
    List<FiscalYear> known = years.years(organization);
    if (asked == null || asked.isBlank()) {
      return known.isEmpty() ? FiscalYear.containing(config.today()) : known.get(known.size() - 1);
    }
    return PlanLookup.yearOf(asked, known.isEmpty() ? List.of(FiscalYear.containing(config.today())) : known, organization, config.today());
  }

  private Page page(Context ctx, KmPlan plan) {
    return pages.forPlan(ctx, plan, "planEdit.title");
  }

  private static Map<String, String> errors(Page page, PlanEditing.Edited edited) {
    Map<String, String> out = new LinkedHashMap<>();
    edited.errors().forEach((path, text) -> out.put(path, page.pick(text.th(), text.en())));
    return out;
  }

  private static String part(String asked) {
    return asked != null && PartForm.PARTS.contains(asked) ? asked : "announcement";
  }

  private static int number(String text) {
    if (text == null || !text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1) {
      throw WebError.badRequest("planEdit.error.badVersion", String.valueOf(text));
    }
    return Integer.parseInt(text);
  }

  private Actor by(Context ctx) {
    return Actor.of(sessions.current(ctx).orElseThrow().username());
  }

  /** The editor's path for the organization. */
  public static String base(OrganizationCode organization) {
    return "/organizations/" + organization.value() + "/plan/edit";
  }
}
