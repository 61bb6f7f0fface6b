package th.km.web.entry;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.km.core.entry.DeletedRecord;
import th.km.core.entry.Versioned;
import th.km.core.records.TrainingReport;
import th.km.web.http.WebError;
import th.km.web.records.RecordPages;
import th.km.web.records.RecordsApi;

/**
 * The JSON API's corrections and soft deletes of a stored record, on the record's own path {@code
 * /api/v1/organizations/{org}/records/<id>}: {@code PUT} replaces it with the body (the properties
 * of the kind's form, as its {@code POST} takes them), {@code PATCH} changes only the properties
 * sent, {@code DELETE} deletes it softly with a JSON body {@code {"reason": …}}. Each names the
 * version it was made from in {@code If-Match} ({@code "3"}); without it the answer is 428, and a
 * version that is no longer the stored one a 409 with the record as stored now. The secretary lists
 * the deleted records ({@code GET …/deleted-records}) and restores one ({@code POST
 * …/record-restorations} with {@code {"id": …}}).
 */
public final class RecordWritesApi {

  /** The query parameter of a {@code DELETE} that withdraws a report's signature by its number. */
  public static final String SIGN_OFF = "signOff";

  /**
   * A deleted record, as the list answers it.
   *
   * @param id the record's id
   * @param version its version, bumped by the deletion
   * @param deletedAt when it was deleted (ISO-8601)
   * @param deletedBy the account that deleted it
   * @param reason why
   * @param record the record with its fields in both languages
   */
  public record DeletedJson(
      String id,
      int version,
      String deletedAt,
      String deletedBy,
      String reason,
      RecordsApi.RecordJson record) {}

  private final Entry entry;
  private final RecordDeletion deletion;
  private final EntryApi api;

  public RecordWritesApi(Entry entry, RecordDeletion deletion, EntryApi api) {
    this.entry = entry;
    this.deletion = deletion;
    this.api = api;
  }

  /** {@code PUT …/records/<id>}: the record replaced by the body's values. */
  public void replace(Context ctx) {
    correct(ctx, false);
  }

  /** {@code PATCH …/records/<id>}: the properties sent changed, the others kept as stored. */
  public void patch(Context ctx) {
    correct(ctx, true);
  }

  /** {@code DELETE …/records/<id>}: the record deleted softly, with the body's reason. */
  public void delete(Context ctx) {
    EntryContext c = api.context(ctx);
    Versioned stored = stored(ctx, c);
    Optional<Integer> version = ifMatch(ctx);
    if (version.isEmpty()) {
      return;
    }
    String signOff = ctx.queryParam(SIGN_OFF);
    if (signOff != null) {
      withdrawSignOff(ctx, c, stored, signOff, version.get());
      return;
    }
    Optional<FieldError> denied = RecordDeletion.refusal(c, stored.record());
    if (denied.isPresent()) {
      api.answer(ctx, c, new Entry.Outcome.Denied(denied.get()), HttpStatus.OK);
      return;
    }
    Map<String, List<String>> values = api.values(ctx, Set.of(RecordDeletion.REASON));
    values.put("version", List.of(Integer.toString(version.get())));
    api.answer(ctx, c, deletion.delete(c, stored.record().id(), new Input(values), ctx.ip()), HttpStatus.OK);
  }

  /**
   * {@code DELETE …/records/<report>?signOff=<n>}: the report's n-th signature withdrawn softly
   * (only the last one of the chain), with the body's reason.
   */
  private void withdrawSignOff(Context ctx, EntryContext c, Versioned stored, String signOff, int version) {
    if (!(stored.record() instanceof TrainingReport report)) {
      EntryApi.problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "not-a-report",
          api.message("record.signOff.notReport", stored.record().id()), null, null);
      return;
    }
    int ordinal;
    try {
      ordinal = Integer.parseInt(signOff.strip());
    } catch (NumberFormatException e) {
      ordinal = 0;
    }
    if (ordinal < 1) {
      EntryApi.problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "bad-sign-off",
          api.message("record.signOff.badNumber", signOff, report.id()), null, null);
      return;
    }
    Map<String, List<String>> values = api.values(ctx, Set.of(RecordDeletion.REASON));
    values.put("version", List.of(Integer.toString(version)));
    api.answer(ctx, c, deletion.withdrawSignOff(c, report, ordinal, new Input(values), ctx.ip()), HttpStatus.OK);
  }

  /** {@code GET …/deleted-records}: the year's deleted records (the secretary's). */
  public void deleted(Context ctx) {
    EntryContext c = api.context(ctx);
    List<DeletedJson> out = new ArrayList<>();
    for (DeletedRecord d : deletion.deleted(c)) {
      out.add(
          new DeletedJson(
              d.record().id(),
              d.version(),
              d.deletedAt().toString(),
              d.deletedBy(),
              d.reason(),
              RecordsApi.json(api.messages(), c.plan(), c.records(), d.record())));
    }
    ctx.json(out);
  }

  /** {@code POST …/record-restorations}: puts the deleted record {@code {"id": …}} back. */
  public void restore(Context ctx) {
    EntryContext c = api.context(ctx);
    Map<String, List<String>> values = api.values(ctx, Set.of("id"));
    String id = new Input(values).raw("id");
    api.answer(ctx, c, deletion.restore(c, id, ctx.ip()), HttpStatus.OK);
  }

  private void correct(Context ctx, boolean patch) {
    EntryContext c = api.context(ctx);
    Versioned stored = stored(ctx, c);
    Optional<CorrectableForm> form = RecordDeletion.formOf(stored.record());
    if (form.isEmpty()) {
      EntryApi.problem(ctx, HttpStatus.METHOD_NOT_ALLOWED, "not-correctable",
          api.message("record.api.notCorrectable", stored.record().id()), null, null);
      return;
    }
    Optional<Integer> version = ifMatch(ctx);
    if (version.isEmpty()) {
      return;
    }
    Set<String> allowed = new HashSet<>();
    Entry.fields(form.get(), c.without(stored.record())).forEach(f -> allowed.add(f.name()));
    allowed.remove("id");
    allowed.remove("version");
    Map<String, List<String>> sent = api.values(ctx, allowed);
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (patch) {
      values.putAll(form.get().valuesOf(stored.record(), stored.version()));
    }
    values.putAll(sent);
    values.put("id", List.of(stored.record().id()));
    values.put("version", List.of(Integer.toString(version.get())));
    api.answer(ctx, c, entry.submit(form.get(), new Input(values), c, ctx.ip()), HttpStatus.OK);
  }

  private Versioned stored(Context ctx, EntryContext c) {
    String id = ctx.pathParam(RecordPages.ID);
    return deletion.find(c, id).orElseThrow(() -> WebError.notFound("error.recordNotFound", id));
  }

  /** The version {@code If-Match} names, or empty after answering 428 (missing) or 412 (not one). */
  private Optional<Integer> ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      EntryApi.problem(ctx, HttpStatus.PRECONDITION_REQUIRED, "version-required",
          api.message("record.api.ifMatchRequired"), null, null);
      return Optional.empty();
    }
    String text = header.strip();
    if (text.startsWith("W/")) {
      text = text.substring(2);
    }
    text = text.replace("\"", "");
    try {
      int v = Integer.parseInt(text);
      if (v < 0) {
        throw new NumberFormatException(text);
      }
      return Optional.of(v);
    } catch (NumberFormatException e) {
      EntryApi.problem(ctx, HttpStatus.PRECONDITION_FAILED, "bad-version",
          api.message("record.api.ifMatchNotVersion", header), null, null);
      return Optional.empty();
    }
  }
}
