package th.km.web.entry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import th.km.core.LocalizedText;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.audit.Actor;
import th.km.core.entry.DeletedRecord;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.SignOffWithdrawal;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.KmPlan;
import th.km.core.records.StaffMember;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.web.year.EvaluationCache;

/**
 * Deletes records softly and restores them, the same way for the pages and the JSON API: who may
 * delete a record is who may correct it on its form (the secretary alone for a kind no form
 * corrects); the deletion names the version it was asked on and why; only the secretary restores.
 * Each write goes through {@link RecordCommands} (one transaction with its audit entry) and tells
 * the evaluation cache, so that every page leaves the record out, or shows it again, at once.
 */
public final class RecordDeletion {

  /** The name of the field that says why a record is deleted. */
  public static final String REASON = "reason";

  private final RecordCommands commands;
  private final EvaluationCache evaluations;

  public RecordDeletion(RecordCommands commands, EvaluationCache evaluations) {
    this.commands = commands;
    this.evaluations = evaluations;
  }

  /** The form that corrects records of the record's kind, if any. */
  public static Optional<CorrectableForm> formOf(YearRecord record) {
    return Forms.all().stream()
        .filter(CorrectableForm.class::isInstance)
        .map(CorrectableForm.class::cast)
        .filter(f -> f.correctedKind() == record.kind())
        .findFirst();
  }

  /** Why the account may not correct or delete the record; empty when it may. */
  public static Optional<FieldError> refusal(EntryContext c, YearRecord record) {
    return refusal(c.account(), record, c.records(), c.plan());
  }

  /** Why the account may not correct or delete the record of the year; empty when it may. */
  public static Optional<FieldError> refusal(
      Account account, YearRecord record, YearRecords year, KmPlan plan) {
    Optional<CorrectableForm> form = formOf(record);
    if (form.isEmpty()) {
      return account.role() == Role.SECRETARY
          ? Optional.empty()
          : Optional.of(FieldError.of("", "record.delete.denied"));
    }
    if (!form.get().access().allows(Optional.of(account))) {
      return Optional.of(FieldError.of("", "record.delete.denied"));
    }
    return WriteRights.refusal(account, form.get().purpose(), record, year, plan);
  }

  /** The stored record with the id and its version, as the deletion form shows it. */
  public Optional<Versioned> find(EntryContext c, String id) {
    return c.records().byId(id).flatMap(r -> commands.find(c.book(), r.kind(), id));
  }

  /**
   * Deletes the record with the id softly, when {@code input} gives the version it was seen at
   * ({@code version}) and why ({@value #REASON}).
   *
   * @return {@link Entry.Outcome.Saved} with the deleted record and its new version, or why not
   */
  public Entry.Outcome delete(EntryContext c, String id, Input input, String clientAddress) {
    input.declare(List.of(Field.textarea(REASON, true, "record.delete.reason"), Field.hidden("version")));
    Optional<YearRecord> record = c.records().byId(id);
    if (record.isEmpty()) {
      return missing(id);
    }
    Optional<FieldError> denied = refusal(c, record.get());
    if (denied.isPresent()) {
      return new Entry.Outcome.Denied(denied.get());
    }
    Optional<String> reason = input.text(REASON, true);
    OptionalInt version = input.number("version", true, 0, Integer.MAX_VALUE);
    if (!input.ok()) {
      return new Entry.Outcome.Invalid(input.errors());
    }
    Actor by = Actor.of(c.account().username(), clientAddress);
    WriteResult result =
        commands.delete(
            c.book(), record.get().kind(), id, version.getAsInt(), reason.orElseThrow(), by);
    return outcome(c, result, record.get());
  }

  /**
   * Withdraws the signature at {@code ordinal} of the report softly, as a correction of the report
   * at the version in {@code input} with why ({@value #REASON}): only the last signature of the
   * chain, by the secretary, the CKO for the head's signature, or the account whose step of the
   * plan's chain ({@link SignOffRoute}) the signature was.
   */
  public Entry.Outcome withdrawSignOff(
      EntryContext c, TrainingReport report, int ordinal, Input input, String clientAddress) {
    input.declare(List.of(Field.textarea(REASON, true, "record.delete.reason"), Field.hidden("version")));
    if (!mayWithdraw(c.account(), report, ordinal, c.records(), c.plan())) {
      return new Entry.Outcome.Denied(FieldError.of("", "record.signOff.denied"));
    }
    Optional<String> reason = input.text(REASON, true);
    OptionalInt version = input.number("version", true, 0, Integer.MAX_VALUE);
    if (!input.ok()) {
      return new Entry.Outcome.Invalid(input.errors());
    }
    Actor by = Actor.of(c.account().username(), clientAddress);
    WriteResult result =
        commands.withdrawSignOff(
            c.book(), report.id(), ordinal, version.getAsInt(), reason.orElseThrow(), by);
    return outcome(c, result, SignOffWithdrawal.withdrawn(report));
  }

  /**
   * Whether the account may withdraw the report's signature with the number (1 the first): the
   * secretary any, the CKO the head's, and for a supervisor's the account whose step of the chain
   * it is. Only the last signature can be withdrawn at all, which {@link SignOffWithdrawal} checks.
   */
  public static boolean mayWithdraw(
      Account account, TrainingReport report, int ordinal, YearRecords year, KmPlan plan) {
    if (account.role() == Role.SECRETARY) {
      return true;
    }
    boolean inChain = ordinal >= 1 && ordinal <= report.signOffs().size();
    if (inChain && report.signOffs().get(ordinal - 1).head()) {
      return account.role() == Role.CKO;
    }
    Optional<StaffMember> person =
        year.training(report.trainingId()).flatMap(t -> year.staffMember(t.personId()));
    return inChain
        && person.isPresent()
        && SignOffRoute.signsNext(SignOffRoute.of(plan), account, person.get(), ordinal - 1);
  }

  /** Puts the deleted record with the id back into the year (the secretary's). */
  public Entry.Outcome restore(EntryContext c, String id, String clientAddress) {
    Optional<DeletedRecord> gone =
        commands.deleted(c.book()).stream().filter(d -> d.record().id().equals(id)).findFirst();
    if (gone.isEmpty()) {
      return missing(id);
    }
    Actor by = Actor.of(c.account().username(), clientAddress);
    WriteResult result = commands.restore(c.book(), gone.get().record().kind(), id, by);
    return outcome(c, result, gone.get().record());
  }

  /** The book's deleted records. */
  public List<DeletedRecord> deleted(EntryContext c) {
    return commands.deleted(c.book());
  }

  private Entry.Outcome outcome(EntryContext c, WriteResult result, YearRecord record) {
    return switch (result) {
      case WriteResult.Saved s -> {
        evaluations.changed(c.book().organization(), c.book().fiscalYear());
        yield new Entry.Outcome.Saved(new Versioned(record, s.version()), s.warnings());
      }
      case WriteResult.Conflict conflict -> new Entry.Outcome.Conflict(conflict.current());
      case WriteResult.Rejected r -> new Entry.Outcome.Rejected(r.reasons());
    };
  }

  private static Entry.Outcome missing(String id) {
    return new Entry.Outcome.Rejected(
        List.of(
            new LocalizedText(
                "ไม่พบบันทึกรหัส '" + id + "' ในปีงบประมาณนี้",
                "There is no record with the id '" + id + "' in this fiscal year")));
  }
}
