package th.km.web.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.account.Account;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecord;
import th.km.web.i18n.Language;
import th.km.web.year.EvaluationCache;

/**
 * Stores what a filled form describes, the same way for the pages and the JSON API: reads the
 * values against the year as stored now, checks the account's right to write the record on the
 * server ({@link WriteRights}), writes it through {@link RecordCommands} (which checks it against
 * the plan and the year, keeps the audit log and refuses a correction made from an older version),
 * and tells the evaluation cache, so that the dashboard shows it at once.
 */
public final class Entry {

  /** What became of a submitted form. */
  public sealed interface Outcome {
    /** Some fields are wrong; nothing was stored. */
    record Invalid(List<FieldError> errors) implements Outcome {}

    /** The account may not write this record; nothing was stored. */
    record Denied(FieldError reason) implements Outcome {}

    /** Stored, with what the store warned about. */
    record Saved(Versioned stored, List<LocalizedText> warnings) implements Outcome {}

    /** Someone else stored the record first; nothing was stored. */
    record Conflict(Versioned current) implements Outcome {}

    /** The store refused it; nothing was stored. */
    record Rejected(List<LocalizedText> reasons) implements Outcome {}
  }

  private final RecordCommands commands;
  private final EvaluationCache evaluations;

  public Entry(RecordCommands commands, EvaluationCache evaluations) {
    this.commands = commands;
    this.evaluations = evaluations;
  }

  /** Where records are written, for reading a stored one with its version. */
  public RecordCommands commands() {
    return commands;
  }

  /** The fiscal years for which the organization has a plan. */
  public List<FiscalYear> years(OrganizationCode organization) {
    return evaluations.source().years(organization);
  }

  /** The context to fill a form of the organization's year in, as the store holds it now. */
  public Optional<EntryContext> context(
      Account account, OrganizationCode organization, FiscalYear year, LocalDate today, Language language) {
    return evaluations
        .source()
        .year(organization, year)
        .map(d -> new EntryContext(account, d.plan(), d.records(), today, language));
  }

  /**
   * Reads, checks and stores the form's values; the audit log names the account and the client
   * address the request came from.
   */
  public Outcome submit(EntryForm form, Input input, EntryContext context, String clientAddress) {
    Optional<Versioned> corrected = Optional.empty();
    EntryContext readIn = context;
    if (form instanceof CorrectableForm f && !f.readsItsOwnId() && !input.raw("id").isEmpty()) {
      corrected = commands.find(context.book(), f.correctedKind(), input.raw("id"));
      if (corrected.isEmpty()) {
        input.declare(fields(form, context));
        input.error("id", "error.recordNotFound", input.raw("id"));
        return new Outcome.Invalid(input.errors());
      }
      readIn = context.without(corrected.get().record());
    }
    List<Field> fields = fields(form, readIn);
    input.declare(fields);
    // Rights before fields: a 422 about a record the account may not touch would tell what it holds.
    Optional<FieldError> early =
        form.refusalBeforeFields(context, input)
            .or(() -> WriteRights.referenceRefusal(
                context.account(), form.purpose(), fields, input, context.records(), context.plan()));
    if (early.isPresent()) {
      return new Outcome.Denied(early.get());
    }
    Optional<EntryForm.Write> write = form.read(readIn, input, commands);
    if (write.isPresent() && corrected.isPresent()) {
      write = asCorrection((CorrectableForm) form, write.get(), corrected.get(), input);
    }
    if (write.isEmpty()) {
      return new Outcome.Invalid(input.errors());
    }
    Optional<FieldError> denied = refusal(form, write.get(), context);
    if (denied.isPresent()) {
      return new Outcome.Denied(denied.get());
    }
    RecordBook book = context.book();
    Actor by = Actor.of(context.account().username(), clientAddress);
    YearRecord record = write.get().record();
    WriteResult result;
    switch (write.get()) {
      case EntryForm.Write.New n when n.draft().isPresent() -> {
        NumberedRecord.Added added = commands.addNumbered(book, n.draft().get(), by);
        record = added.record();
        result = added.result();
      }
      case EntryForm.Write.New n -> result = commands.add(book, n.record(), by);
      case EntryForm.Write.Correction c -> result = commands.correct(book, c.record(), c.basedOn(), by);
    }
    return switch (result) {
      case WriteResult.Saved s -> {
        evaluations.changed(book.organization(), book.fiscalYear());
        yield new Outcome.Saved(new Versioned(record, s.version()), s.warnings());
      }
      case WriteResult.Conflict c -> new Outcome.Conflict(c.current());
      case WriteResult.Rejected r -> new Outcome.Rejected(r.reasons());
    };
  }

  /**
   * The form's fields, with the hidden {@code id} and {@code version} of a correction for a form
   * that corrects records and does not name them itself.
   */
  public static List<Field> fields(EntryForm form, EntryContext context) {
    List<Field> fields = new ArrayList<>(form.fields(context));
    if (form instanceof CorrectableForm && fields.stream().noneMatch(f -> f.name().equals("id"))) {
      fields.add(0, Field.hidden("version"));
      fields.add(0, Field.hidden("id"));
    }
    return fields;
  }

  /**
   * The new record the form read, as a correction of the stored one: the stored id, what the form
   * does not show kept, based on the version the form was opened on (the stored one when not sent).
   */
  private static Optional<EntryForm.Write> asCorrection(
      CorrectableForm form, EntryForm.Write write, Versioned stored, Input input) {
    YearRecord fromForm =
        switch (write) {
          case EntryForm.Write.New n when n.draft().isPresent() ->
              n.draft().get().withId().apply(stored.record().id());
          case EntryForm.Write.New n -> n.record();
          case EntryForm.Write.Correction c -> c.record();
        };
    OptionalInt version =
        input.raw("version").isEmpty()
            ? OptionalInt.of(stored.version())
            : input.number("version", false, 0, Integer.MAX_VALUE);
    if (version.isEmpty() || !input.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        new EntryForm.Write.Correction(
            form.corrected(fromForm, stored.record()), version.getAsInt()));
  }

  private Optional<FieldError> refusal(EntryForm form, EntryForm.Write write, EntryContext c) {
    Optional<FieldError> denied =
        WriteRights.refusal(c.account(), form.purpose(), write.record(), c.records(), c.plan());
    if (denied.isPresent() || !(write instanceof EntryForm.Write.Correction)) {
      return denied;
    }
    // A correction must be allowed on the record as it was too: a division head cannot move
    // another division's record into the own division to change it.
    return c.records()
        .byId(write.record().id())
        .flatMap(old -> WriteRights.refusal(c.account(), form.purpose(), old, c.records(), c.plan()));
  }
}
