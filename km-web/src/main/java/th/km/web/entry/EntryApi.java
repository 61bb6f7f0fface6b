package th.km.web.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import th.km.core.account.Account;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.EntryRules;
import th.km.core.entry.Versioned;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.web.WebConfig;
import th.km.web.http.JsonBodies;
import th.km.web.http.Problem;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;
import th.km.web.plan.PlanLookup;
import th.km.web.records.RecordsApi;
import th.km.web.security.Sessions;

/**
 * The JSON API's writes: {@code POST /api/v1/organizations/{org}/<collection>} with a JSON object
 * whose properties are the form's fields (dates as {@code 2026-03-31} or {@code 31/3/2569}, choices
 * by name, several values as arrays). The same checks as the pages: 201 with the record stored;
 * 422 with a message per wrong field; 403 for a record the account may not write; 409 with what
 * is stored now when someone else saved first.
 */
public final class EntryApi {

  /**
   * A stored record, as a write answers it.
   *
   * @param id the record's id
   * @param version its version, to name when correcting it
   * @param record the record with its fields in both languages
   */
  public record Saved(String id, int version, RecordsApi.RecordJson record) {}

  private final Entry entry;
  private final WebConfig config;
  private final Sessions sessions;
  private final Messages messages;
  private final ObjectMapper json;

  public EntryApi(Entry entry, WebConfig config, Sessions sessions, Messages messages, ObjectMapper json) {
    this.entry = entry;
    this.config = config;
    this.sessions = sessions;
    this.messages = messages;
    this.json = json;
  }

  /** The messages the answers are written with. */
  Messages messages() {
    return messages;
  }

  /** The handler that stores what the form describes, sent as JSON. */
  public Handler submit(EntryForm form) {
    return ctx -> {
      EntryContext c = context(ctx);
      Map<String, List<String>> values = values(ctx, form, c);
      answer(ctx, c, entry.submit(form, new Input(values), c, ctx.ip()), HttpStatus.CREATED);
    };
  }

  /** Answers what became of a write: the record stored with {@code saved}, or the problem. */
  void answer(Context ctx, EntryContext c, Entry.Outcome outcome, HttpStatus saved) {
    switch (outcome) {
      case Entry.Outcome.Saved s -> {
        YearRecords records = EntryRules.with(c.records(), s.stored().record());
        ctx.status(saved)
            .json(
                new Saved(
                    s.stored().record().id(),
                    s.stored().version(),
                    RecordsApi.json(messages, c.plan(), records, s.stored().record())));
      }
      case Entry.Outcome.Invalid i -> {
        List<Problem.FieldMessage> errors = new ArrayList<>();
        for (FieldError e : i.errors()) {
          errors.add(new Problem.FieldMessage(e.field(), message(e)));
        }
        problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "invalid",
            message("entry.error.summary", errors.size()), errors, null);
      }
      case Entry.Outcome.Denied d ->
          problem(ctx, HttpStatus.FORBIDDEN, "forbidden",
              message(d.reason()), null, null);
      case Entry.Outcome.Conflict conflict -> {
        Versioned current = conflict.current();
        problem(ctx, HttpStatus.CONFLICT, "conflict",
            message("entry.conflict", current.record().id()), null,
            new Saved(current.record().id(), current.version(),
                RecordsApi.json(messages, c.plan(), c.records(), current.record())));
      }
      case Entry.Outcome.Rejected r ->
          problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "rejected",
              new Problem.Message(
                  String.join("; ", r.reasons().stream().map(t -> t.th()).toList()),
                  String.join("; ", r.reasons().stream().map(t -> t.en()).toList())),
              null, null);
    }
  }

  private Map<String, List<String>> values(Context ctx, EntryForm form, EntryContext c) {
    Set<String> fields = new HashSet<>();
    form.fields(c).forEach(f -> fields.add(f.name()));
    return values(ctx, fields);
  }

  /** The JSON body's properties as form values; a property not in {@code fields} is a 422. */
  Map<String, List<String>> values(Context ctx, Set<String> fields) {
    JsonNode body = JsonBodies.object(ctx, json, fields);
    Map<String, List<String>> values = new LinkedHashMap<>();
    body.properties()
        .forEach(
            e -> {
              JsonNode v = e.getValue();
              List<String> texts = new ArrayList<>();
              if (v.isArray()) {
                v.forEach(item -> texts.add(item.asText()));
              } else if (!v.isNull()) {
                texts.add(v.asText());
              }
              values.put(e.getKey(), texts);
            });
    return values;
  }

  EntryContext context(Context ctx) {
    Account account =
        sessions.current(ctx).orElseThrow(() -> new WebError(HttpStatus.UNAUTHORIZED, "unauthorized", "error.signInRequired"));
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    FiscalYear year = PlanLookup.yearOf(ctx.queryParam("year"), entry.years(organization), organization, config.today());
    return entry
        .context(account, organization, year, config.today(), Language.TH)
        .orElseThrow(() -> WebError.notFound("error.planNotFound", organization.value(), year.buddhistYear()));
  }

  private Problem.Message message(FieldError e) {
    return new Problem.Message(
        messages.get(Language.TH, e.messageKey(), e.args(Language.TH)),
        messages.get(Language.EN, e.messageKey(), e.args(Language.EN)));
  }

  Problem.Message message(String key, Object... args) {
    return new Problem.Message(messages.get(Language.TH, key, args), messages.get(Language.EN, key, args));
  }

  static void problem(
      Context ctx,
      HttpStatus status,
      String slug,
      Problem.Message message,
      @Nullable List<Problem.FieldMessage> errors,
      @Nullable Object current) {
    ctx.status(status)
        .json(new Problem(Problem.type(slug), status.getMessage(), status.getCode(), message.en(), ctx.path(), message, errors, current))
        .contentType(Problem.MEDIA_TYPE);
  }
}
