package th.km.persistence.db;

import th.km.persistence.audit.AuditEntries;
import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.PLAN;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.entry.DeletedRecord;
import th.km.core.entry.DeletionRules;
import th.km.core.entry.EntryRules;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.SignOffWithdrawal;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.persistence.PersistenceException;
import th.km.persistence.records.RecordsFolder;

/**
 * The data-entry writes on the database: every write one transaction that first locks the
 * organization's row (as plan saves and record imports do), reads the book's plan and records, lets
 * {@link EntryRules} decide, then inserts or updates the record's row and its child rows and adds
 * the audit entry. A correction's update names the version it read ({@code UPDATE ... WHERE version
 * = ?}) and bumps it.
 */
final class JooqRecordCommands implements RecordCommands {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DSLContext dsl;
  private final Clock clock;

  JooqRecordCommands(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  @Override
  public WriteResult add(RecordBook book, YearRecord record, Actor by) {
    return inTransaction(tx -> insert(tx, book, stored -> record, by)).result();
  }

  /**
   * Chooses the id under the organization's row lock, which every write of the organization takes
   * first: no other write can store a record between the choice and the insert.
   */
  @Override
  public NumberedRecord.Added addNumbered(RecordBook book, NumberedRecord draft, Actor by) {
    return inTransaction(tx -> insert(tx, book, draft::numberedIn, by));
  }

  private NumberedRecord.Added insert(
      DSLContext tx, RecordBook book, Function<YearRecords, YearRecord> make, Actor by) {
    Instant at = now();
    Optional<Long> organization = lockOrganization(tx, book);
    Optional<KmPlan> plan = organization.flatMap(id -> latestPlan(tx, id, book));
    YearRecords stored = stored(tx, organization, book);
    YearRecords deleted =
        organization
            .map(id -> RecordReads.read(tx, id, book.organization(), book.fiscalYear(), RecordReads.Which.DELETED))
            .orElseGet(() -> empty(book));
    // A deleted record keeps its id, so a new one is numbered past it too.
    YearRecords taken = stored;
    for (YearRecord gone : deleted.all().toList()) {
      taken = EntryRules.with(taken, gone);
    }
    YearRecord record = make.apply(taken);
    Set<String> deletedIds = deleted.all().map(YearRecord::id).collect(Collectors.toSet());
    WriteResult result =
        switch (DeletionRules.add(book, plan, stored, deletedIds, record)) {
          case EntryRules.Decision.Refuse refuse -> refuse.result();
          case EntryRules.Decision.Proceed proceed -> {
            long org = organization.orElseThrow();
            RecordInserts.insert(tx, org, EntryRules.with(empty(book), record));
            audit(tx, org, book, at, by, "add", record, null);
            yield new WriteResult.Saved(0, proceed.warnings());
          }
        };
    return new NumberedRecord.Added(result, record);
  }

  @Override
  public WriteResult correct(RecordBook book, YearRecord record, int seenVersion, Actor by) {
    Instant at = now();
    return inTransaction(
        tx -> {
          Optional<Long> organization = lockOrganization(tx, book);
          Optional<KmPlan> plan = organization.flatMap(id -> latestPlan(tx, id, book));
          YearRecords stored = stored(tx, organization, book);
          Optional<Versioned> current =
              organization.flatMap(org -> versioned(tx, org, book, stored, record.id()));
          return switch (EntryRules.correct(book, plan, stored, current, record, seenVersion)) {
            case EntryRules.Decision.Refuse refuse -> refuse.result();
            case EntryRules.Decision.Proceed proceed -> {
              long org = organization.orElseThrow();
              update(tx, org, book, record, seenVersion);
              audit(tx, org, book, at, by, "correct", record, current.orElseThrow().record());
              yield new WriteResult.Saved(seenVersion + 1, proceed.warnings());
            }
          };
        });
  }

  /**
   * Withdraws the report's last signature as a correction, in one transaction with its audit entry
   * {@code training_report.withdraw-sign-off}: the report before, and after with the reason.
   */
  @Override
  public WriteResult withdrawSignOff(
      RecordBook book, String reportId, int ordinal, int seenVersion, String reason, Actor by) {
    Instant at = now();
    return inTransaction(
        tx -> {
          Optional<Long> organization = lockOrganization(tx, book);
          Optional<KmPlan> plan = organization.flatMap(id -> latestPlan(tx, id, book));
          YearRecords stored = stored(tx, organization, book);
          Optional<Versioned> current =
              organization.flatMap(org -> versioned(tx, org, book, stored, reportId));
          if (current.isEmpty() || !(current.get().record() instanceof TrainingReport report)) {
            return RecordCommands.missing(book, RecordKind.TRAINING_REPORT, reportId);
          }
          Optional<WriteResult.Rejected> refused = SignOffWithdrawal.refusal(report, ordinal);
          if (refused.isPresent() && current.get().version() == seenVersion) {
            return refused.get();
          }
          TrainingReport withdrawn = SignOffWithdrawal.withdrawn(report);
          return switch (EntryRules.correct(book, plan, stored, current, withdrawn, seenVersion)) {
            case EntryRules.Decision.Refuse refuse -> refuse.result();
            case EntryRules.Decision.Proceed proceed -> {
              long org = organization.orElseThrow();
              update(tx, org, book, withdrawn, seenVersion);
              ObjectNode after = state(withdrawn);
              after.put("withdrawnSignOff", report.signOffs().get(ordinal - 1).position());
              after.put("reason", reason);
              AuditEntries.add(tx, org, at, by, "training_report.withdraw-sign-off",
                  "training_report", book.fiscalYear().buddhistYear() + "/" + reportId,
                  state(report), after);
              yield new WriteResult.Saved(seenVersion + 1, proceed.warnings());
            }
          };
        });
  }

  @Override
  public Optional<Versioned> find(RecordBook book, RecordKind kind, String id) {
    // A record is read in several statements, each of which sees what is committed when it runs:
    // a correction committed in between would pair an old record with the new version, and a
    // form built on that pair would overwrite the correction. So the version is read before and
    // after the record, and the read is repeated until both agree; after a few tries, under the
    // organization's lock, which writes wait for.
    for (int attempt = 0; ; attempt++) {
      boolean lock = attempt >= 3;
      Optional<Optional<Versioned>> read =
          inTransaction(tx -> readConsistent(tx, book, kind, id, lock));
      if (read.isPresent()) {
        return read.get();
      }
    }
  }

  @Override
  public WriteResult delete(
      RecordBook book, RecordKind kind, String id, int seenVersion, String reason, Actor by) {
    Instant at = now();
    return inTransaction(tx -> RecordDeletions.delete(tx, book, kind, id, seenVersion, reason, by, at));
  }

  @Override
  public WriteResult restore(RecordBook book, RecordKind kind, String id, Actor by) {
    Instant at = now();
    return inTransaction(tx -> RecordDeletions.restore(tx, book, kind, id, by, at));
  }

  @Override
  public List<DeletedRecord> deleted(RecordBook book) {
    return inTransaction(tx -> RecordDeletions.deleted(tx, book));
  }

  /** The record and its version, or empty when a correction came between reading the two. */
  private static Optional<Optional<Versioned>> readConsistent(
      DSLContext tx, RecordBook book, RecordKind kind, String id, boolean lock) {
    Optional<Long> organization = lock ? lockOrganization(tx, book) : organizationId(tx, book);
    if (organization.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    RecordTables.KindTable t = RecordTables.of(kind);
    Optional<Integer> before = version(tx, t, organization.get(), book, id);
    if (before.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    Optional<YearRecord> record =
        stored(tx, organization, book).byId(id).filter(r -> r.kind() == kind);
    Optional<Integer> after = version(tx, t, organization.get(), book, id);
    if (!lock && (!before.equals(after) || record.isEmpty())) {
      return Optional.empty();
    }
    int version = before.get();
    return Optional.of(record.map(r -> new Versioned(r, version)));
  }

  private static Optional<Integer> version(
      DSLContext tx, RecordTables.KindTable t, long organization, RecordBook book, String id) {
    return tx.select(t.version())
        .from(t.table())
        .where(t.organization().eq(organization))
        .and(t.fiscalYear().eq(book.fiscalYear().buddhistYear()))
        .and(t.recordId().eq(id))
        .and(t.deletedAt().isNull())
        .fetchOptional(t.version());
  }

  /**
   * Replaces the record's row and child rows; the organization's lock keeps the version as read.
   */
  private static void update(
      DSLContext tx, long organization, RecordBook book, YearRecord record, int seenVersion) {
    RecordTables.KindTable t = RecordTables.of(record.kind());
    long rowId = rowId(tx, t, organization, book, record.id());
    TableRecord<?> row = RecordRows.row(organization, book.fiscalYear(), record);
    int updated =
        tx.update(t.table())
            .set(row)
            .set(t.version(), t.version().plus(1))
            .where(t.id().eq(rowId))
            .and(t.version().eq(seenVersion))
            .execute();
    if (updated != 1) {
      throw new PersistenceException(
          record.kind().englishName()
              + " "
              + record.id()
              + " of "
              + book.english()
              + " changed under the organization's lock: the database is written by something"
              + " other than km");
    }
    for (RecordTables.ChildTable child : t.children()) {
      tx.deleteFrom(child.table())
          .where(child.parent().eq(rowId))
          .and(child.organization().eq(organization))
          .execute();
    }
    List<TableRecord<?>> children =
        RecordRows.childRows(organization, book.fiscalYear(), rowId, record);
    if (!children.isEmpty()) {
      tx.batchInsert(children).execute();
    }
    RecordYearVersions.bump(tx, organization, book.fiscalYear());
  }

  /**
   * Adds the audit entry of a write: the entity is the record's kind ({@code training_report}), its
   * id the fiscal year and the record's id ({@code 2569/tr-001}), the states the record's lines.
   */
  static void audit(
      DSLContext tx,
      long organization,
      RecordBook book,
      Instant at,
      Actor by,
      String verb,
      YearRecord after,
      @Nullable YearRecord before) {
    String entity = after.kind().name().toLowerCase(Locale.ROOT);
    AuditEntries.add(
        tx,
        organization,
        at,
        by,
        entity + "." + verb,
        entity,
        book.fiscalYear().buddhistYear() + "/" + after.id(),
        before == null ? null : state(before),
        state(after));
  }

  static ObjectNode state(YearRecord record) {
    try {
      return (ObjectNode) JSON.readTree(RecordsFolder.json(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record's own JSON line always reads back", e);
    }
  }

  static Optional<Versioned> versioned(
      DSLContext tx, long organization, RecordBook book, YearRecords stored, String id) {
    return stored
        .byId(id)
        .map(
            r -> {
              RecordTables.KindTable t = RecordTables.of(r.kind());
              int version =
                  tx.select(t.version())
                      .from(t.table())
                      .where(t.organization().eq(organization))
                      .and(t.fiscalYear().eq(book.fiscalYear().buddhistYear()))
                      .and(t.recordId().eq(id))
                      .fetchSingle(t.version());
              return new Versioned(r, version);
            });
  }

  static long rowId(
      DSLContext tx, RecordTables.KindTable t, long organization, RecordBook book, String id) {
    return tx.select(t.id())
        .from(t.table())
        .where(t.organization().eq(organization))
        .and(t.fiscalYear().eq(book.fiscalYear().buddhistYear()))
        .and(t.recordId().eq(id))
        .fetchSingle(t.id());
  }

  static YearRecords stored(DSLContext tx, Optional<Long> organization, RecordBook book) {
    return organization
        .map(id -> RecordReads.read(tx, id, book.organization(), book.fiscalYear()))
        .orElseGet(() -> empty(book));
  }

  static YearRecords empty(RecordBook book) {
    return YearRecords.builder()
        .organization(book.organization())
        .fiscalYear(book.fiscalYear())
        .build();
  }

  static Optional<KmPlan> latestPlan(DSLContext tx, long organization, RecordBook book) {
    return tx.selectFrom(PLAN)
        .where(PLAN.ORGANIZATION_ID.eq(organization))
        .and(PLAN.FISCAL_YEAR.eq(book.fiscalYear().buddhistYear()))
        .orderBy(PLAN.PLAN_VERSION.desc())
        .limit(1)
        .fetchOptional()
        .map(row -> PlanContentRows.read(tx, row, book.organization()));
  }

  static Optional<Long> organizationId(DSLContext tx, RecordBook book) {
    return tx.select(ORGANIZATION.ID)
        .from(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(book.organization().value()))
        .fetchOptional(ORGANIZATION.ID);
  }

  static Optional<Long> lockOrganization(DSLContext tx, RecordBook book) {
    return tx.select(ORGANIZATION.ID)
        .from(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(book.organization().value()))
        .forUpdate()
        .fetchOptional(ORGANIZATION.ID);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private <T> T inTransaction(Function<DSLContext, T> work) {
    try {
      return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "บันทึกผลการดำเนินงานลงฐานข้อมูลไม่สำเร็จ / the record could not be written to the"
              + " database: "
              + e.getMessage(),
          e);
    }
  }
}
