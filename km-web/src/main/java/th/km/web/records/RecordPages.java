package th.km.web.records;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import th.km.web.entry.DeletionPages;
import th.km.web.entry.EntryPages;
import th.km.web.entry.RecordDeletion;
import th.km.web.security.Sessions;
import th.km.core.records.TrainingReport;
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
  private final Sessions sessions;

  public RecordPages(YearLookup lookup, PageFactory pages, Templates templates, Sessions sessions) {
    this.lookup = lookup;
    this.pages = pages;
    this.templates = templates;
    this.sessions = sessions;
  }

  public void record(Context ctx) {
    Snapshot s = lookup.find(ctx);
    YearRecord record = find(s, ctx.pathParam(ID));
    Page page = pages.forPlan(ctx, s.plan(), "record.pageTitle");
    RecordFields fields = new RecordFields(page, s.plan(), s.records());
    // Who may correct a record may delete it; the links show only to them.
    boolean mayChange =
        sessions
            .current(ctx)
            .map(a -> RecordDeletion.refusal(a, record, s.records(), s.plan()).isEmpty())
            .orElse(false);
    String organization = "/organizations/" + s.plan().organization().code().value();
    String year = "year=" + s.plan().fiscalYear().buddhistYear();
    String id = URLEncoder.encode(record.id(), StandardCharsets.UTF_8);
    Optional<String> correct =
        RecordDeletion.formOf(record)
            .filter(f -> mayChange)
            .map(f -> organization + "/" + EntryPages.PATH + "/" + f.slug() + "?" + f.queryParameter()
                + "=" + id + "&" + year);
    Optional<String> delete =
        mayChange
            ? Optional.of(organization + "/" + DeletionPages.DELETE + "?id=" + id + "&" + year)
            : Optional.empty();
    // A report's last signature can be withdrawn (and signed again) by whoever may withdraw it.
    Optional<String> withdraw =
        record instanceof TrainingReport report && !report.signOffs().isEmpty()
            ? sessions
                .current(ctx)
                .filter(a -> RecordDeletion.mayWithdraw(
                    a, report, report.signOffs().size(), s.records(), s.plan()))
                .map(a -> organization + "/" + DeletionPages.DELETE + "?id=" + id + "&"
                    + DeletionPages.SIGN_OFF + "=" + report.signOffs().size() + "&" + year)
            : Optional.empty();
    templates.render(
        ctx,
        "record.jte",
        Map.of(
            "page", page,
            "summary", fields.summary(record),
            "fields", fields.fields(record),
            "correctHref", correct,
            "deleteHref", delete,
            "withdrawHref", withdraw));
  }

  /** The record with the id, or a 404 that names it. */
  static YearRecord find(Snapshot s, String id) {
    return s.records().byId(id).orElseThrow(() -> WebError.notFound("error.recordNotFound", id));
  }
}
