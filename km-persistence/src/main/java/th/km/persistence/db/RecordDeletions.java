package th.km.persistence.db;

import th.km.persistence.audit.AuditEntries;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record4;
import th.km.core.audit.Actor;
import th.km.core.entry.DeletedRecord;
import th.km.core.entry.DeletionRules;
import th.km.core.entry.EntryRules;
import th.km.core.entry.RecordBook;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * The soft deletes and restores of {@link JooqRecordCommands}, each inside the caller's transaction
 * after the organization's row is locked: a delete sets the row's {@code deleted_at}, {@code
 * deleted_by} and {@code deleted_reason} (V50) and bumps its version where the version is the one
 * the deleting account saw; a restore clears them. The audit log gets {@code <kind>.delete} (the
 * record before, the reason after) and {@code <kind>.restore}.
 */
final class RecordDeletions {

  private RecordDeletions() {}

  static WriteResult delete(
      DSLContext tx,
      RecordBook book,
      RecordKind kind,
      String id,
      int seenVersion,
      String reason,
      Actor by,
      Instant at) {
    Optional<Long> organization = JooqRecordCommands.lockOrganization(tx, book);
    YearRecords stored = JooqRecordCommands.stored(tx, organization, book);
    Optional<Versioned> current =
        organization.flatMap(org -> JooqRecordCommands.versioned(tx, org, book, stored, id));
    return switch (DeletionRules.delete(book, kind, id, stored, current, seenVersion)) {
      case EntryRules.Decision.Refuse refuse -> refuse.result();
      case EntryRules.Decision.Proceed proceed -> {
        long org = organization.orElseThrow();
        RecordTables.KindTable t = RecordTables.of(kind);
        int updated =
            tx.update(t.table())
                .set(t.deletedAt(), PlanVersionRows.timestamp(at))
                .set(t.deletedBy(), by.name())
                .set(t.deletedReason(), reason)
                .set(t.version(), t.version().plus(1))
                .where(t.organization().eq(org))
                .and(t.fiscalYear().eq(book.fiscalYear().buddhistYear()))
                .and(t.recordId().eq(id))
                .and(t.version().eq(seenVersion))
                .and(t.deletedAt().isNull())
                .execute();
        if (updated != 1) {
          throw new IllegalStateException(
              kind.englishName() + " " + id + " changed under the organization's lock");
        }
        RecordYearVersions.bump(tx, org, book.fiscalYear());
        ObjectNode after = AuditEntries.state();
        after.put("deleted", true);
        after.put("reason", reason);
        audit(tx, org, book, at, by, "delete", current.get().record(), JooqRecordCommands.state(current.get().record()), after);
        yield new WriteResult.Saved(seenVersion + 1, proceed.warnings());
      }
    };
  }

  static WriteResult restore(
      DSLContext tx, RecordBook book, RecordKind kind, String id, Actor by, Instant at) {
    Optional<Long> organization = JooqRecordCommands.lockOrganization(tx, book);
    Optional<DeletedRecord> gone =
        organization.flatMap(org -> deletedOne(tx, org, book, kind, id));
    if (gone.isEmpty()) {
      return DeletionRules.missing(book, kind, id);
    }
    long org = organization.orElseThrow();
    Optional<KmPlan> plan = JooqRecordCommands.latestPlan(tx, org, book);
    YearRecords stored = JooqRecordCommands.stored(tx, organization, book);
    YearRecord record = gone.get().record();
    return switch (DeletionRules.restore(book, plan, stored, record)) {
      case EntryRules.Decision.Refuse refuse -> refuse.result();
      case EntryRules.Decision.Proceed proceed -> {
        RecordTables.KindTable t = RecordTables.of(kind);
        tx.update(t.table())
            .setNull(t.deletedAt())
            .setNull(t.deletedBy())
            .setNull(t.deletedReason())
            .set(t.version(), t.version().plus(1))
            .where(t.organization().eq(org))
            .and(t.fiscalYear().eq(book.fiscalYear().buddhistYear()))
            .and(t.recordId().eq(id))
            .and(t.deletedAt().isNotNull())
            .execute();
        RecordYearVersions.bump(tx, org, book.fiscalYear());
        ObjectNode before = AuditEntries.state();
        before.put("deleted", true);
        before.put("reason", gone.get().reason());
        before.put("deletedBy", gone.get().deletedBy());
        audit(tx, org, book, at, by, "restore", record, before, JooqRecordCommands.state(record));
        yield new WriteResult.Saved(gone.get().version() + 1, proceed.warnings());
      }
    };
  }

  /** The book's deleted records, the earliest deletion first. */
  static List<DeletedRecord> deleted(DSLContext tx, RecordBook book) {
    Optional<Long> organization = JooqRecordCommands.organizationId(tx, book);
    if (organization.isEmpty()) {
      return List.of();
    }
    long org = organization.get();
    YearRecords records =
        RecordReads.read(
            tx, org, book.organization(), book.fiscalYear(), RecordReads.Which.DELETED);
    List<DeletedRecord> out = new ArrayList<>();
    records.all().forEach(r -> deletion(tx, org, book, r).ifPresent(out::add));
    out.sort(Comparator.comparing(DeletedRecord::deletedAt));
    return out;
  }

  private static Optional<DeletedRecord> deletedOne(
      DSLContext tx, long org, RecordBook book, RecordKind kind, String id) {
    return RecordReads.read(
            tx, org, book.organization(), book.fiscalYear(), RecordReads.Which.DELETED)
        .byId(id)
        .filter(r -> r.kind() == kind)
        .flatMap(r -> deletion(tx, org, book, r));
  }

  private static Optional<DeletedRecord> deletion(
      DSLContext tx, long org, RecordBook book, YearRecord record) {
    RecordTables.KindTable t = RecordTables.of(record.kind());
    Optional<Record4<Integer, OffsetDateTime, String, String>> row =
        tx.select(t.version(), t.deletedAt(), t.deletedBy(), t.deletedReason())
            .from(t.table())
            .where(t.organization().eq(org))
            .and(t.fiscalYear().eq(book.fiscalYear().buddhistYear()))
            .and(t.recordId().eq(record.id()))
            .and(t.deletedAt().isNotNull())
            .fetchOptional();
    return row.map(
        r ->
            new DeletedRecord(
                record,
                r.value1(),
                r.value2().toInstant(),
                r.value3() == null ? "" : r.value3(),
                r.value4() == null ? "" : r.value4()));
  }

  private static void audit(
      DSLContext tx,
      long organization,
      RecordBook book,
      Instant at,
      Actor by,
      String verb,
      YearRecord record,
      ObjectNode before,
      ObjectNode after) {
    String entity = record.kind().name().toLowerCase(Locale.ROOT);
    AuditEntries.add(
        tx,
        organization,
        at,
        by,
        entity + "." + verb,
        entity,
        book.fiscalYear().buddhistYear() + "/" + record.id(),
        before,
        after);
  }
}
