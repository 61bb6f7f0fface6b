package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.account.Account;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.web.i18n.Language;
import th.km.web.year.EvaluationCache;

/**
 * Stores what a filled form describes, the same way for the pages and the JSON API: reads the
 * values against the year as stored now, checks the account's right to write the record on the
 * server, writes it, and tells the evaluation cache, so that the dashboard shows it at once.
 */
public final class Entry {

  /** What became of a submitted form. */
  public sealed interface Outcome {
    /** Some fields are wrong; nothing was stored. */
    record Invalid(List<FieldError> errors) implements Outcome {}

    /** The account may not write this record; nothing was stored. */
    record Denied(FieldError reason) implements Outcome {}

    /** Stored. */
    record Saved(Versioned stored) implements Outcome {}

    /** Someone else stored the record first; nothing was stored. */
    record Conflict(Versioned current) implements Outcome {}

    /** The store refused it; nothing was stored. */
    record Rejected(List<LocalizedText> reasons) implements Outcome {}
  }

  /** How often a new record is tried again when another write took its id in the meantime. */
  private static final int ATTEMPTS = 3;

  private final RecordWrites writes;
  private final EvaluationCache evaluations;

  public Entry(RecordWrites writes, EvaluationCache evaluations) {
    this.writes = writes;
    this.evaluations = evaluations;
  }

  /** Where records are written, for reading a stored one with its version. */
  public RecordWrites writes() {
    return writes;
  }

  /** The fiscal years for which the organization has a plan. */
  public List<FiscalYear> years(OrganizationCode organization) {
    return evaluations.source().years(organization);
  }

  /** The context to fill a form of the organization's year in, read from the store now. */
  public Optional<EntryContext> context(
      Account account, OrganizationCode organization, FiscalYear year, LocalDate today, Language language) {
    return evaluations
        .source()
        .year(organization, year)
        .map(d -> new EntryContext(account, d.plan(), d.records(), today, language));
  }

  /** Reads, checks and stores the form's values. */
  public Outcome submit(EntryForm form, Input input, EntryContext first) {
    EntryContext context = first;
    for (int attempt = 1; ; attempt++) {
      Optional<EntryForm.Write> write = form.read(context, input, writes);
      if (write.isEmpty()) {
        return new Outcome.Invalid(input.errors());
      }
      Optional<FieldError> denied = refusal(form, write.get(), context);
      if (denied.isPresent()) {
        return new Outcome.Denied(denied.get());
      }
      OrganizationCode organization = context.plan().organization().code();
      FiscalYear year = context.plan().fiscalYear();
      String actor = context.account().username();
      WriteResult result =
          switch (write.get()) {
            case EntryForm.Write.New n -> writes.add(actor, organization, year, n.record());
            case EntryForm.Write.Correction c ->
                writes.correct(actor, organization, year, c.record(), c.basedOn());
          };
      switch (result) {
        case WriteResult.Saved s -> {
          evaluations.changed(organization, year);
          return new Outcome.Saved(s.stored());
        }
        case WriteResult.Rejected r -> {
          return new Outcome.Rejected(r.reasons());
        }
        case WriteResult.Conflict c -> {
          boolean idTaken = write.get() instanceof EntryForm.Write.New;
          Optional<EntryContext> again =
              context(context.account(), organization, year, context.today(), context.language());
          if (!idTaken || attempt >= ATTEMPTS || again.isEmpty()) {
            return new Outcome.Conflict(c.current());
          }
          // A new record's id was taken by a write in between: read the year again for a free id.
          context = again.get();
        }
      }
    }
  }

  private Optional<FieldError> refusal(EntryForm form, EntryForm.Write write, EntryContext c) {
    Optional<FieldError> denied =
        EntryRules.refusal(c.account(), form.purpose(), write.record(), c.records(), c.plan());
    if (denied.isPresent() || !(write instanceof EntryForm.Write.Correction)) {
      return denied;
    }
    // A correction must be allowed on the record as it was too: a division head cannot move
    // another division's record into the own division to change it.
    return c.records()
        .byId(write.record().id())
        .flatMap(old -> EntryRules.refusal(c.account(), form.purpose(), old, c.records(), c.plan()));
  }
}
