package th.km.web.national;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.rollup.NationalTally;
import th.km.core.rollup.ProvinceTally;
import th.km.persistence.tables.Table;
import th.km.persistence.tables.TableFiles;
import th.km.persistence.tables.TableFormat;
import th.km.persistence.tables.TableLanguage;
import th.km.web.http.LanguageSelector;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;

/**
 * The national API under {@code /api/v1/national}: the nation's roll-up with each province's
 * ({@code GET /api/v1/national?year=}), a province's with each organization's ({@code GET
 * /api/v1/national/provinces/{province}?year=}), and the same lines as XLSX or CSV ({@code …/table
 * ?format=}) sorted as the page ({@code ?sort=&order=}); the national table lists every
 * organization. Public, as the pages.
 */
public final class NationalApi {

  /** The query parameter of the file format. */
  public static final String FORMAT = "format";

  private final NationalLookup lookup;

  public NationalApi(NationalLookup lookup) {
    this.lookup = lookup;
  }

  public void nation(Context ctx) {
    FiscalYear year = lookup.year(ctx.queryParam(NationalLookup.YEAR));
    NationalTally nation = lookup.nation(year);
    List<RollupRow> rows = NationalPages.sortOf(ctx).sorted(lookup.provinceRows(year));
    ctx.json(NationalJson.of(nation, "nation", "", nation.tally(), rows));
  }

  public void province(Context ctx) {
    FiscalYear year = lookup.year(ctx.queryParam(NationalLookup.YEAR));
    NationalTally nation = lookup.nation(year);
    ProvinceTally province = lookup.province(ctx, year);
    List<RollupRow> rows =
        NationalPages.sortOf(ctx)
            .sorted(lookup.organizationRows(year, Optional.of(province.province().code())));
    ctx.json(
        NationalJson.of(
            nation, province.province().code(), province.province().name(), province.tally(), rows));
  }

  /** Every organization of the year's stored batch, as a file. */
  public void nationTable(Context ctx) {
    FiscalYear year = lookup.year(ctx.queryParam(NationalLookup.YEAR));
    TableFormat format = format(ctx);
    lookup.nation(year);
    List<RollupRow> rows = NationalPages.sortOf(ctx).sorted(lookup.organizationRows(year, Optional.empty()));
    send(ctx, RollupTables.of(rows, false), format, "national-" + year.buddhistYear());
  }

  /** The province's organizations, as a file. */
  public void provinceTable(Context ctx) {
    FiscalYear year = lookup.year(ctx.queryParam(NationalLookup.YEAR));
    TableFormat format = format(ctx);
    ProvinceTally province = lookup.province(ctx, year);
    List<RollupRow> rows =
        NationalPages.sortOf(ctx)
            .sorted(lookup.organizationRows(year, Optional.of(province.province().code())));
    send(ctx, RollupTables.of(rows, false), format, "province-" + year.buddhistYear());
  }

  private static TableFormat format(Context ctx) {
    String text = ctx.queryParam(FORMAT);
    return TableFormat.of(text == null ? "" : text)
        .orElseThrow(() -> WebError.badRequest("error.badTableFormat", String.valueOf(text)));
  }

  private static void send(Context ctx, Table table, TableFormat format, String baseName) {
    TableLanguage language = LanguageSelector.of(ctx) == Language.TH ? TableLanguage.TH : TableLanguage.EN;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TableFiles.write(table, format, language, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    ctx.header(
        Header.CONTENT_DISPOSITION,
        "attachment; filename=\"" + baseName + "." + format.extension() + "\"");
    ctx.contentType(format.mediaType());
    ctx.result(out.toByteArray());
  }
}
