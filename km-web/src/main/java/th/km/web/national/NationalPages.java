package th.km.web.national;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.rollup.NationalTally;
import th.km.core.rollup.ProvinceTally;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;

/**
 * {@code GET /national/{year}}: the nation's status counts and each province's, and {@code GET
 * /national/{year}/provinces/{province}}: a province's and each of its organizations', linking to
 * the organization's public page. Both are public, as the organizations' public pages are, and
 * read only the roll-ups stored by {@code km evaluate --all --store}.
 */
public final class NationalPages {

  private final NationalLookup lookup;
  private final PageFactory pages;
  private final Templates templates;

  public NationalPages(NationalLookup lookup, PageFactory pages, Templates templates) {
    this.lookup = lookup;
    this.pages = pages;
    this.templates = templates;
  }

  /** The path of the national page of the year. */
  public static String nationPath(int year) {
    return "/national/" + year;
  }

  /** The path of a province's page of the year. */
  public static String provincePath(int year, String province) {
    return nationPath(year) + "/provinces/" + URLEncoder.encode(province, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public void nation(Context ctx) {
    FiscalYear year = lookup.year(ctx.pathParam(NationalLookup.YEAR));
    NationalTally nation = lookup.nation(year);
    RollupSort sort = sortOf(ctx);
    Page page = pages.plain(ctx, "national.title", false);
    Map<String, Object> params = common(page, nation, sort);
    params.put("heading", page.t("national.heading", year.buddhistYear()));
    params.put("rows", sort.sorted(lookup.provinceRows(year)));
    params.put("provinces", true);
    params.put("back", "");
    params.put("downloads", "/api/v1/national/table?year=" + year.buddhistYear());
    params.put("tally", nation.tally());
    templates.render(ctx, "national.jte", params);
  }

  public void province(Context ctx) {
    FiscalYear year = lookup.year(ctx.pathParam(NationalLookup.YEAR));
    NationalTally nation = lookup.nation(year);
    ProvinceTally province = lookup.province(ctx, year);
    RollupSort sort = sortOf(ctx);
    Page page = pages.plain(ctx, "province.title", false);
    Map<String, Object> params = common(page, nation, sort);
    params.put("heading", page.t("province.heading", province.province().name(), year.buddhistYear()));
    params.put(
        "rows", sort.sorted(lookup.organizationRows(year, Optional.of(province.province().code()))));
    params.put("provinces", false);
    params.put("back", nationPath(year.buddhistYear()));
    params.put(
        "downloads",
        "/api/v1/national/provinces/"
            + URLEncoder.encode(province.province().code(), StandardCharsets.UTF_8).replace("+", "%20")
            + "/table?year=" + year.buddhistYear());
    params.put("tally", province.tally());
    templates.render(ctx, "national.jte", params);
  }

  static RollupSort sortOf(Context ctx) {
    return RollupSort.of(ctx.queryParam(RollupSort.SORT), ctx.queryParam(RollupSort.ORDER));
  }

  private static Map<String, Object> common(Page page, NationalTally nation, RollupSort sort) {
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("nation", nation);
    params.put("sort", sort);
    params.put("columns", List.of(RollupSort.Column.values()));
    return params;
  }
}
