package th.km.web.reading;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.km.core.account.Account;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.reading.MandatoryReading;
import java.time.LocalDate;
import th.km.web.DashboardSource;
import th.km.web.WebConfig;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;

/**
 * The reading forms of an asset's page and the portal's setting: {@code POST
 * …/knowledge/{asset}/acknowledge} (any signed-in account of the organization, for
 * itself), {@code POST …/knowledge/{asset}/mandatory} (the secretary: nobody, all staff
 * or some divisions), {@code GET}/{@code POST .../knowledge/portal} (the secretary: whether the
 * public portal names the authors). Each answers with a redirect back and a notice.
 */
public final class ReadingPages {

  private final ReadingBackend reading;
  private final DashboardSource years;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;
  private final java.time.Clock clock;

  public ReadingPages(
      ReadingBackend reading, DashboardSource years, Sessions sessions, PageFactory pages, Templates templates,
      java.time.Clock clock) {
    this.reading = reading;
    this.years = years;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
    this.clock = clock;
  }

  /** {@code POST …/knowledge/{asset}/acknowledge}. */
  public void acknowledge(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    AssetRef asset = asset(ctx, org);
    Account account = sessions.current(ctx).orElseThrow();
    reading.duties().acknowledge(org, asset, account.username(), clock.instant(), actor(ctx, account));
    back(ctx, org, asset, "reading.acknowledgedNotice");
  }

  /** {@code POST …/knowledge/{asset}/mandatory}. */
  public void mandatory(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    AssetRef asset = asset(ctx, org);
    KmPlan plan = plan(org, asset.year());
    Account account = sessions.current(ctx).orElseThrow();
    String audience = Optional.ofNullable(ctx.formParam("audience")).orElse("").strip();
    switch (audience) {
      case "none" -> reading.duties().release(org, asset, actor(ctx, account));
      case "all" -> reading.duties().require(org, MandatoryReading.forAllStaff(asset), actor(ctx, account));
      case "divisions" -> {
        Set<DivisionCode> divisions = new HashSet<>();
        for (String code : ctx.formParams("division")) {
          String c = code.strip();
          if (!DivisionCode.isValid(c) || plan.division(DivisionCode.of(c)).isEmpty()) {
            throw new WebError(HttpStatus.UNPROCESSABLE_CONTENT, "bad-division", "reading.badDivision", cut(c));
          }
          divisions.add(DivisionCode.of(c));
        }
        if (divisions.isEmpty()) {
          throw new WebError(HttpStatus.UNPROCESSABLE_CONTENT, "no-division", "reading.noDivision");
        }
        reading.duties().require(org, MandatoryReading.forDivisions(asset, divisions), actor(ctx, account));
      }
      default -> throw new WebError(HttpStatus.UNPROCESSABLE_CONTENT, "bad-audience", "reading.badAudience", cut(audience));
    }
    back(ctx, org, asset, "reading.saved");
  }

  /** {@code GET .../knowledge/portal}: the portal's setting and its address. */
  public void portalSetting(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    KmPlan plan = latestPlan(org);
    Page page = pages.forPlan(ctx, plan, "portalSetting.title");
    templates.render(
        ctx,
        "portal-setting.jte",
        Map.of(
            "page", page,
            "showAuthors", reading.portal().showsAuthors(org),
            "portal", PortalPages.path(org),
            "action", KnowledgePaths.knowledge(org) + "/portal"));
  }

  /** {@code POST .../knowledge/portal}: whether the portal names the authors. */
  public void savePortalSetting(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    String value = Optional.ofNullable(ctx.formParam("showAuthors")).orElse("").strip();
    if (!value.equals("yes") && !value.equals("no")) {
      throw new WebError(HttpStatus.UNPROCESSABLE_CONTENT, "bad-setting", "portalSetting.bad", cut(value));
    }
    Account account = sessions.current(ctx).orElseThrow();
    reading.portal().showAuthors(org, value.equals("yes"), actor(ctx, account));
    sessions.notice(ctx, pages.plain(ctx, "portalSetting.title", false).t("portalSetting.saved"));
    ctx.redirect(KnowledgePaths.knowledge(org) + "/portal", HttpStatus.SEE_OTHER);
  }

  /** The asset of the path and year, which must be a knowledge asset of the organization's year. */
  AssetRef asset(Context ctx, OrganizationCode org) {
    AssetRef asset = AssetParams.of(ctx, years, LocalDate.now(clock.withZone(WebConfig.THAILAND)));
    if (years.year(org, asset.year()).flatMap(y -> y.records().knowledgeAsset(asset.assetId())).isEmpty()) {
      throw WebError.notFound("reading.noAsset", cut(asset.assetId()));
    }
    return asset;
  }

  private KmPlan plan(OrganizationCode org, FiscalYear year) {
    return years.plan(org, year).orElseThrow(() -> WebError.notFound("error.planNotFound", org.value(), year.buddhistYear()));
  }

  private KmPlan latestPlan(OrganizationCode org) {
    List<FiscalYear> all = years.years(org);
    if (all.isEmpty()) {
      throw WebError.notFound("error.organizationNotFound", org.value());
    }
    return plan(org, all.get(all.size() - 1));
  }

  private void back(Context ctx, OrganizationCode org, AssetRef asset, String noticeKey) {
    sessions.notice(ctx, pages.plain(ctx, "reading.title", false).t(noticeKey));
    ctx.redirect(KnowledgePaths.asset(org, asset), HttpStatus.SEE_OTHER);
  }

  static Actor actor(Context ctx, Account account) {
    return Actor.of(account.username(), ctx.ip());
  }

  /** A value quoted back in a message, cut so that a huge one does not fill the page. */
  static String cut(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }
}
