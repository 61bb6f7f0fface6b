package th.km.web.entry;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.km.core.entry.DeletedRecord;
import th.km.core.entry.Versioned;
import th.km.core.records.TrainingReport;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.records.RecordFields;
import th.km.web.security.Sessions;

/**
 * The pages that delete records softly and restore them: {@code GET
 * /organizations/{org}/delete-record?id=} asks for confirmation and why, its {@code POST} deletes
 * and leads to the page that listed the record; {@code GET /organizations/{org}/deleted-records}
 * lists the deleted records with who deleted them, when and why, and the secretary restores one
 * there ({@code POST …/deleted-records/restore}). With {@code &signOff=n} on a training report the
 * same confirmation withdraws the report's n-th signature instead, the last of its chain only,
 * and leads back to the report's page (correcting a signature is withdrawing it and signing again).
 */
public final class DeletionPages {

  /** The path of the confirmation under an organization. */
  public static final String DELETE = "delete-record";

  /** The query parameter and form field that make the confirmation withdraw a report's signature. */
  public static final String SIGN_OFF = "signOff";

  /** The path of the list of deleted records under an organization. */
  public static final String DELETED = "deleted-records";

  private final EntryPages entryPages;
  private final RecordDeletion deletion;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;

  public DeletionPages(
      EntryPages entryPages,
      RecordDeletion deletion,
      Sessions sessions,
      PageFactory pages,
      Templates templates) {
    this.entryPages = entryPages;
    this.deletion = deletion;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** {@code GET …/delete-record?id=}: the record, a field for why, and the button that deletes. */
  public void confirm(Context ctx) {
    EntryContext c = entryPages.context(ctx);
    String id = ctx.queryParam("id");
    if (id == null || id.isBlank()) {
      throw WebError.notFound("error.recordNotFound", "");
    }
    Versioned stored =
        deletion.find(c, id).orElseThrow(() -> WebError.notFound("error.recordNotFound", id));
    String signOff = ctx.queryParam(SIGN_OFF);
    if (signOff != null) {
      int ordinal = signOffNumber(stored, signOff);
      if (!RecordDeletion.mayWithdraw(
          c.account(), (TrainingReport) stored.record(), ordinal, c.records(), c.plan())) {
        throw WebError.forbidden("record.signOff.denied");
      }
    } else {
      RecordDeletion.refusal(c, stored.record())
          .ifPresent(
              e -> {
                throw WebError.forbidden(e.messageKey(), e.args(c.language()));
              });
    }
    render(ctx, c, stored, Integer.toString(stored.version()), signOff == null ? "" : signOff, "", List.of());
  }

  /** {@code POST …/delete-record}: deletes the record named by the form's {@code id}. */
  public void delete(Context ctx) {
    EntryContext c = entryPages.context(ctx);
    Map<String, List<String>> values = new LinkedHashMap<>(ctx.formParamMap());
    Input input = new Input(values);
    String id = input.raw("id");
    Versioned stored =
        deletion.find(c, id).orElseThrow(() -> WebError.notFound("error.recordNotFound", id));
    Page page = pages.forPlan(ctx, c.plan(), "record.delete.title");
    String signOff = input.raw(SIGN_OFF);
    Entry.Outcome outcome;
    if (signOff.isEmpty()) {
      outcome = deletion.delete(c, id, input, ctx.ip());
    } else {
      // The number first: it refuses a record that is no report before the cast.
      int ordinal = signOffNumber(stored, signOff);
      outcome = deletion.withdrawSignOff(c, (TrainingReport) stored.record(), ordinal, input, ctx.ip());
    }
    switch (outcome) {
      case Entry.Outcome.Saved s when !signOff.isEmpty() -> {
        sessions.notice(ctx, page.t("record.signOff.withdrawn", signOff, id));
        ctx.redirect(RecordFields.href(c.plan(), id), HttpStatus.SEE_OTHER);
      }
      case Entry.Outcome.Saved s -> {
        RecordFields fields = new RecordFields(page, c.plan(), c.records());
        sessions.notice(ctx, page.t("record.deleted", fields.kind(stored.record()), id));
        String shownOn =
            RecordDeletion.formOf(stored.record()).map(EntryForm::shownOn).orElse("overview");
        ctx.redirect(
            "/organizations/" + c.plan().organization().code().value() + "/" + shownOn
                + "?year=" + c.plan().fiscalYear().buddhistYear(),
            HttpStatus.SEE_OTHER);
      }
      case Entry.Outcome.Denied d ->
          throw WebError.forbidden(d.reason().messageKey(), d.reason().args(c.language()));
      case Entry.Outcome.Invalid i -> {
        List<String> errors = new ArrayList<>();
        i.errors().forEach(e -> errors.add(page.t(e.messageKey(), e.args(c.language()))));
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        render(ctx, c, stored, input.raw("version"), signOff, input.raw(RecordDeletion.REASON), errors);
      }
      case Entry.Outcome.Conflict conflict -> {
        ctx.status(HttpStatus.CONFLICT);
        render(ctx, c, conflict.current(), Integer.toString(conflict.current().version()), signOff,
            input.raw(RecordDeletion.REASON), List.of(page.t("record.delete.conflict", id)));
      }
      case Entry.Outcome.Rejected r -> {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        render(ctx, c, stored, input.raw("version"), signOff, input.raw(RecordDeletion.REASON),
            r.reasons().stream().map(t -> EntryPages.text(t, c.language())).toList());
      }
    }
  }

  /** {@code GET …/deleted-records}: the year's deleted records, each with a restore button. */
  public void list(Context ctx) {
    EntryContext c = entryPages.context(ctx);
    Page page = pages.forPlan(ctx, c.plan(), "record.deletedList.title");
    RecordFields fields = new RecordFields(page, c.plan(), c.records());
    List<Map<String, String>> rows = new ArrayList<>();
    for (DeletedRecord d : deletion.deleted(c)) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", d.record().id());
      row.put("kind", fields.kind(d.record()));
      row.put("summary", fields.summary(d.record()));
      row.put("deletedBy", d.deletedBy());
      row.put("deletedAt", c.date(d.deletedAt().atZone(java.time.ZoneId.of("Asia/Bangkok")).toLocalDate()));
      row.put("reason", d.reason());
      rows.add(row);
    }
    templates.render(
        ctx, "deleted-records.jte",
        Map.of("page", page, "rows", rows, "action", path(c, DELETED + "/restore")));
  }

  /** {@code POST …/deleted-records/restore}: restores the record the form's {@code id} names. */
  public void restore(Context ctx) {
    EntryContext c = entryPages.context(ctx);
    String id = new Input(new LinkedHashMap<>(ctx.formParamMap())).raw("id");
    Page page = pages.forPlan(ctx, c.plan(), "record.deletedList.title");
    switch (deletion.restore(c, id, ctx.ip())) {
      case Entry.Outcome.Saved s -> {
        RecordFields fields = new RecordFields(page, c.plan(), c.records());
        sessions.notice(ctx, page.t("record.restored", fields.kind(s.stored().record()), id));
        ctx.redirect(path(c, DELETED), HttpStatus.SEE_OTHER);
      }
      case Entry.Outcome.Rejected r ->
          throw new WebError(HttpStatus.UNPROCESSABLE_CONTENT, "rejected", "record.restore.refused",
              String.join("; ", r.reasons().stream().map(t -> EntryPages.text(t, c.language())).toList()));
      case Entry.Outcome.Conflict conflict ->
          throw new WebError(HttpStatus.CONFLICT, "conflict", "record.delete.conflict", id);
      case Entry.Outcome.Denied d ->
          throw WebError.forbidden(d.reason().messageKey(), d.reason().args(c.language()));
      case Entry.Outcome.Invalid i ->
          throw WebError.notFound("error.recordNotFound", id);
    }
  }

  /**
   * The number of the report's signature that {@code ?signOff=} names; a 404 when the record is no
   * training report or the text is no number (the withdrawal itself refuses one out of the chain).
   */
  private static int signOffNumber(Versioned stored, String signOff) {
    if (!(stored.record() instanceof TrainingReport)) {
      throw WebError.notFound("record.signOff.notReport", stored.record().id());
    }
    try {
      return Integer.parseInt(signOff.strip());
    } catch (NumberFormatException e) {
      throw WebError.notFound("record.signOff.badNumber", signOff, stored.record().id());
    }
  }

  private void render(
      Context ctx, EntryContext c, Versioned stored, String version, String signOff, String reason,
      List<String> errors) {
    Page page = pages.forPlan(ctx, c.plan(), "record.delete.title");
    RecordFields fields = new RecordFields(page, c.plan(), c.records());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("page", page);
    model.put("question", signOff.isEmpty()
        ? page.t("record.delete.confirm", fields.kind(stored.record()), stored.record().id())
        : page.t("record.signOff.confirm", signOff, stored.record().id()));
    model.put("signOff", signOff);
    model.put("button", page.t(signOff.isEmpty() ? "record.delete.button" : "record.signOff.withdraw"));
    model.put("fields", fields.fields(stored.record()));
    model.put("id", stored.record().id());
    model.put("version", version);
    model.put("reason", reason);
    model.put("errors", errors);
    model.put("action", path(c, DELETE));
    model.put("cancel", RecordFields.href(c.plan(), stored.record().id()));
    templates.render(ctx, "record-delete.jte", model);
  }

  private static String path(EntryContext c, String rest) {
    return "/organizations/" + c.plan().organization().code().value() + "/" + rest
        + "?year=" + c.plan().fiscalYear().buddhistYear();
  }
}
