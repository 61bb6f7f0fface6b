package th.km.web.tables;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.persistence.tables.Table;
import th.km.persistence.tables.TableFiles;
import th.km.persistence.tables.TableFormat;
import th.km.persistence.tables.TableLanguage;
import th.km.persistence.tables.TableName;
import th.km.persistence.tables.Tables;
import th.km.persistence.tables.YearInput;
import th.km.web.http.LanguageSelector;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.security.Access;
import th.km.web.security.Sessions;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * {@code GET /api/v1/organizations/{org}/tables/{name}?format=xlsx|csv}: one of the dashboard's
 * tables as a file, for the year and day of {@code ?year=} and {@code ?asOf=}, headed in the
 * reader's language. The route lets in any account of the organization; the handler then asks the
 * access rule of the page the table comes from ({@link #PAGE_ACCESS}), so a table is never more
 * open than its page.
 */
public final class TablesApi {

  /** The path parameter of the table's name. */
  public static final String NAME = "name";

  /** The query parameter of the file format. */
  public static final String FORMAT = "format";

  /** The access rule of the page that shows each table; the tests hold it to the pages' routes. */
  public static final Map<TableName, Access> PAGE_ACCESS =
      Map.of(
          TableName.RESULTS, Access.SIGNED_IN,
          TableName.TRAININGS, Access.SIGNED_IN,
          TableName.ASSETS, Access.SIGNED_IN,
          TableName.FINDINGS, Access.SIGNED_IN,
          TableName.FORM1, Access.SIGNED_IN,
          TableName.ACTION_PLAN, Access.SIGNED_IN);

  /** The page's path under the organization that shows each table, where its download button is. */
  public static final Map<TableName, String> PAGE =
      Map.of(
          TableName.RESULTS, "overview",
          TableName.TRAININGS, "trainings",
          TableName.ASSETS, "assets",
          TableName.FINDINGS, "findings",
          TableName.FORM1, "knowledge-map",
          TableName.ACTION_PLAN, "action-plan");

  private final YearLookup lookup;
  private final Sessions sessions;

  public TablesApi(YearLookup lookup, Sessions sessions) {
    this.lookup = lookup;
    this.sessions = sessions;
  }

  public void download(Context ctx) {
    String asked = ctx.pathParam(NAME);
    TableName name =
        TableName.of(asked).orElseThrow(() -> WebError.notFound("error.tableNotFound", asked, TableName.slugs()));
    Optional<Account> account = sessions.current(ctx);
    if (!PAGE_ACCESS.get(name).allows(account)) {
      throw WebError.forbidden("error.roleForbidden");
    }
    String formatText = ctx.queryParam(FORMAT);
    TableFormat format =
        TableFormat.of(formatText == null ? "" : formatText)
            .orElseThrow(() -> WebError.badRequest("error.badTableFormat", String.valueOf(formatText)));
    Snapshot s = lookup.find(ctx);
    YearInput year = new YearInput(s.plan(), s.records(), s.asOf(), s.data().holidays(), s.evaluation());
    Table table = Tables.build(name, year);
    TableLanguage language = LanguageSelector.of(ctx) == Language.TH ? TableLanguage.TH : TableLanguage.EN;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TableFiles.write(table, format, language, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    ctx.header(
        Header.CONTENT_DISPOSITION,
        "attachment; filename=\"" + TableFiles.fileName(year, name, format) + "\"");
    ctx.header(Header.CACHE_CONTROL, "no-store");
    ctx.contentType(format.mediaType());
    ctx.result(out.toByteArray());
  }
}
