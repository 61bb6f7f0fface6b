package th.km.web.records;

import io.javalin.http.Context;
import java.util.Map;
import th.km.core.records.YearRecord;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** {@code GET /organizations/{org}/records/<id>}: one record of the year with its fields. */
public final class RecordPages {

  /** The path parameter of the record's id, which may contain slashes. */
  public static final String ID = "id";

  private final YearLookup lookup;
  private final PageFactory pages;
  private final Templates templates;

  public RecordPages(YearLookup lookup, PageFactory pages, Templates templates) {
    this.lookup = lookup;
    this.pages = pages;
    this.templates = templates;
  }

  public void record(Context ctx) {
    Snapshot s = lookup.find(ctx);
    YearRecord record = find(s, ctx.pathParam(ID));
    Page page = pages.forPlan(ctx, s.plan(), "record.pageTitle");
    RecordFields fields = new RecordFields(page, s.plan(), s.records());
    templates.render(
        ctx,
        "record.jte",
        Map.of(
            "page", page,
            "summary", fields.summary(record),
            "fields", fields.fields(record)));
  }

  /** The record with the id, or a 404 that names it. */
  static YearRecord find(Snapshot s, String id) {
    return s.records().byId(id).orElseThrow(() -> WebError.notFound("error.recordNotFound", id));
  }
}
