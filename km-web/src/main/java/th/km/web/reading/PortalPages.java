package th.km.web.reading;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.records.AssetKind;
import th.km.web.DashboardSource;
import th.km.web.WebConfig;
import th.km.web.http.LanguageSelector;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;
import th.km.persistence.knowledge.KnowledgeFilter;
import th.km.persistence.knowledge.KnowledgeStore;

/**
 * The public knowledge portal of an organization, open to anyone: {@code GET
 * /public/{org}/knowledge} lists its published assets (filters by kind, division, KM step and
 * year, and a search box that goes to the portal's search), {@code GET
 * /public/{org}/knowledge/{asset}?year=} reads one. Only the latest published version of an asset is
 * shown, never a draft; the people who wrote it are named (name and position) only where the
 * organization allows it, else only its division. A read counts, once per reader per day, even
 * when the answer is a 304 from the browser's copy.
 */
public final class PortalPages {

  /** Renders an asset's Markdown as escaped text, until a sanitizing Markdown renderer is given. */
  public static final Function<String, String> ESCAPED_TEXT = EscapedText::html;

  /** The path parameter of the asset's record id; its year is in {@code ?year=}. */
  public static final String ASSET = AssetParams.ASSET;

  private final PlanLookup plans;
  private final DashboardSource years;
  private final KnowledgeStore knowledge;
  private final ReadingBackend reading;
  private final PortalAuthors authors;
  private final Function<String, String> markdown;
  private final WebConfig config;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;

  public PortalPages(
      PlanLookup plans, DashboardSource years, KnowledgeStore knowledge, ReadingBackend reading, PortalAuthors authors,
      Function<String, String> markdown, WebConfig config, Sessions sessions, PageFactory pages,
      Templates templates) {
    this.plans = plans;
    this.years = years;
    this.knowledge = knowledge;
    this.reading = reading;
    this.authors = authors;
    this.markdown = markdown;
    this.config = config;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** The path of the organization's portal. */
  public static String path(OrganizationCode organization) {
    return "/public/" + organization.value() + "/knowledge";
  }

  /** The path of an asset on the portal. */
  public static String path(OrganizationCode organization, AssetRef asset) {
    return path(organization) + "/" + AssetParams.suffix(asset);
  }

  /** {@code GET /public/{org}/knowledge}. */
  public void list(Context ctx) {
    KmPlan plan = plans.find(ctx, config.today());
    OrganizationCode org = plan.organization().code();
    PortalFilter filter = PortalFilter.of(ctx);
    List<KnowledgeContent> shown = new ArrayList<>();
    for (KnowledgeContent c : knowledge.list(org, filter.store())) {
      published(org, c).filter(filter::matches).ifPresent(shown::add);
    }
    Page page = pages.forPlan(ctx, plan, "portal.title");
    ctx.header("Cache-Control", "no-cache");
    templates.render(
        ctx,
        "portal.jte",
        Map.of(
            "page", page,
            "plan", plan,
            "assets", shown,
            "filter", filter,
            "years", shown.stream().map(KnowledgeContent::fiscalYear).distinct().sorted().toList(),
            "base", path(org)));
  }

  /** {@code GET /public/{org}/knowledge/{asset}}: reads the asset, and counts the read. */
  public void asset(Context ctx) {
    KmPlan plan = plans.find(ctx, config.today());
    OrganizationCode org = plan.organization().code();
    AssetRef ref = AssetParams.of(ctx, years, config.today());
    KnowledgeContent content =
        knowledge
            .latestReadable(org, ref.year(), ref.assetId())
            .flatMap(c -> published(org, c))
            .orElseThrow(() -> WebError.notFound("portal.noAsset"));
    reading.log().read(org, ref, config.today(), ReaderOf.reader(ctx, sessions.current(ctx), reading.log(), config.today()));
    boolean showAuthors = reading.portal().showsAuthors(org);
    String etag =
        etag(
            ref.toString(), String.valueOf(content.version()), String.valueOf(showAuthors),
            LanguageSelector.of(ctx).tag(), sessions.current(ctx).map(a -> a.username()).orElse(""));
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    Page base = pages.forPlan(ctx, plan, "portal.title");
    Page page = base.with(content.title(), base.nav());
    templates.render(
        ctx,
        "portal-asset.jte",
        Map.of(
            "page", page,
            "plan", plan,
            "content", content,
            "html", markdown.apply(content.body()),
            "madeBy", authors.madeBy(plan, org, ref, content, showAuthors, page),
            "base", path(org)));
  }

  /** The asset's latest published version: the version given if it is, else an earlier one. */
  private Optional<KnowledgeContent> published(OrganizationCode org, KnowledgeContent c) {
    if (c.state() == KnowledgeState.PUBLISHED) {
      return Optional.of(c);
    }
    List<KnowledgeContent> versions = knowledge.versions(org, c.fiscalYear(), c.assetId());
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).state() == KnowledgeState.PUBLISHED) {
        return Optional.of(versions.get(i));
      }
    }
    return Optional.empty();
  }

  private static String etag(String... parts) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The portal's filters from the query: {@code kind}, {@code division}, {@code step}, {@code
   * year}; a value that is none of the allowed ones is a 400 naming it.
   *
   * @param kind the asset kind
   * @param division the owning division
   * @param step the KM process step
   * @param year the fiscal year of the asset's records
   */
  public record PortalFilter(
      Optional<AssetKind> kind, Optional<DivisionCode> division, Optional<KmProcessStep> step,
      Optional<FiscalYear> year) {

    static PortalFilter of(Context ctx) {
      return new PortalFilter(
          parse(ctx, "kind", AssetKind::valueOf),
          parse(ctx, "division", DivisionCode::of),
          parse(ctx, "step", KmProcessStep::valueOf),
          parse(ctx, "year", y -> FiscalYear.ofBuddhistYear(Integer.parseInt(y))));
    }

    private static <T> Optional<T> parse(Context ctx, String name, Function<String, T> read) {
      String value = ctx.queryParam(name);
      if (value == null || value.isBlank()) {
        return Optional.empty();
      }
      try {
        return Optional.of(read.apply(value.strip()));
      } catch (IllegalArgumentException e) {
        throw WebError.badRequest("portal.badFilter", name, value.strip());
      }
    }

    KnowledgeFilter store() {
      return new KnowledgeFilter(kind, division, step, year, Optional.empty(), true);
    }

    boolean matches(KnowledgeContent c) {
      return store().matches(c);
    }

    /** Whether the value is the one chosen for the filter, to mark it selected. */
    public boolean chosen(Optional<?> filter, Object value) {
      return filter.isPresent() && filter.get().equals(value);
    }
  }
}
