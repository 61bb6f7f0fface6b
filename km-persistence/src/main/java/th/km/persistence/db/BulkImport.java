package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.BULK_IMPORT;
import static th.km.persistence.jooq.Tables.ORGANIZATION;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;
import th.km.persistence.PersistenceException;
import th.km.persistence.jooq.Tables;
import th.km.persistence.jooq.tables.records.BulkImportRecord;

/**
 * The bulk path into the database (นำเข้าแบบกลุ่ม): an organization's plan and its whole year of
 * records, the records written with COPY on PostgreSQL and batched inserts on H2 in one transaction
 * per organization. A completion row is written in that same transaction, so that a rerun after a
 * crash skips every organization stored whole and imports again the one that was cut off, which
 * left nothing of its records behind.
 *
 * <p>Unlike {@code km db import-records} it does not merge with records already stored: a year
 * that already holds records (typed in the web, imported one by one) is refused, not doubled.
 *
 * <p>One bulk import keeps one connection for all the organizations it stores ({@link
 * HeldConnection}), one at a time: make one per run and close it (closing the database closes it
 * too).
 */
public final class BulkImport implements AutoCloseable {

  /** What became of one organization. */
  public sealed interface Outcome {
    /** Stored now: its plan (saved or unchanged) and this many records. */
    record Imported(OrganizationCode organization, int records) implements Outcome {}

    /** Stored whole by an earlier run; left alone. */
    record AlreadyImported(OrganizationCode organization) implements Outcome {}

    /** Refused: the year already holds records that did not come through the bulk path. */
    record HasRecords(OrganizationCode organization, int records) implements Outcome {}

    /** Refused: someone saved another plan version at the same moment. */
    record PlanChanged(OrganizationCode organization) implements Outcome {}
  }

  /** Rows of a table from which PostgreSQL's COPY beats the one statement of the small tables. */
  private static final int BY_COPY = 2_000;

  private final HeldConnection connection;
  private final Engine engine;
  private final Clock clock;

  BulkImport(DSLContext dsl, Engine engine, Clock clock) {
    this.connection = new HeldConnection(dsl);
    this.engine = engine;
    this.clock = clock;
  }

  /** Whether the organization's year was stored whole by the bulk path. */
  public synchronized boolean complete(OrganizationCode organization, FiscalYear year) {
    return connection.lookUp(dsl -> completeOn(dsl, organization, year));
  }

  /** Gives back the connection this import kept. */
  @Override
  public synchronized void close() {
    connection.close();
  }

  private static boolean completeOn(DSLContext dsl, OrganizationCode organization, FiscalYear year) {
    return dsl.fetchExists(
        dsl.selectOne()
            .from(BULK_IMPORT)
            .join(ORGANIZATION)
            .on(ORGANIZATION.ID.eq(BULK_IMPORT.ORGANIZATION_ID))
            .where(ORGANIZATION.CODE.eq(organization.value()))
            .and(BULK_IMPORT.FISCAL_YEAR.eq(year.buddhistYear())));
  }

  /**
   * Stores the plan (a new draft version unless the latest equals it) and then the records, the
   * latter all or nothing.
   *
   * @throws IllegalArgumentException when the records are not of the plan's organization and year
   * @throws PersistenceException when the database fails; the message names the organization
   */
  public synchronized Outcome importYear(KmPlan plan, YearRecords records) {
    OrganizationCode code = plan.organization().code();
    if (!records.organization().equals(code) || !records.fiscalYear().equals(plan.fiscalYear())) {
      throw new IllegalArgumentException(
          "the records of " + records.organization() + " " + records.fiscalYear()
              + " are not of the plan's organization " + code + " " + plan.fiscalYear());
    }
    try {
      // One look-up before the transaction: whether the year is done, and whether the
      // organization is registered at all (a first import then needs no look-up of its plan).
      Optional<Boolean> done =
          connection.lookUp(
              dsl ->
                  engine == Engine.H2
                      ? imported(connection.statements(), code, plan.fiscalYear())
                      : imported(dsl, code, plan.fiscalYear()));
      DSLContext dsl = connection.dsl();
      if (done.orElse(false)) {
        return new Outcome.AlreadyImported(code);
      }
      // The plan and the records in one transaction: one commit (and on H2 one checkpoint) per
      // organization, and a crash leaves neither half behind. H2's write delay stays at km's 0:
      // raised, its background writer stored the file while the import wrote and committed, and
      // a killed import's file was found torn (docs/reliability-bulk-crash.md).
      return dsl.transactionResult(
          cfg -> {
            DSLContext tx = cfg.dsl();
            JooqPlanStore plans = new JooqPlanStore(tx, clock, Actor.SYSTEM);
            HeldStatements statements = engine == Engine.H2 ? connection.statements() : null;
            Optional<PlanStored> stored = savePlan(tx, plans, plan, done.isPresent(), statements);
            if (stored.isEmpty()) {
              return new Outcome.PlanChanged(code);
            }
            return storeRecords(tx, records, stored.get());
          });
    } catch (DataAccessException e) {
      connection.close();
      throw new PersistenceException(
          "ฐานข้อมูลขัดข้องขณะนำเข้า " + code + ": " + e.getMessage()
              + " / the database failed while importing " + code + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Whether the organization's year was stored whole by the bulk path; empty when the organization
   * is not registered.
   */
  private static Optional<Boolean> imported(DSLContext dsl, OrganizationCode code, FiscalYear y) {
    return dsl.select(ORGANIZATION.ID, DSL.field(completion(ORGANIZATION.ID, y.buddhistYear())))
        .from(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(code.value()))
        .fetchOptional(Record2::value2);
  }

  /** The look-up of {@link #imported(DSLContext, OrganizationCode, FiscalYear)}, prepared once. */
  private static final String IMPORTED =
      "SELECT EXISTS (SELECT 1 FROM bulk_import b WHERE b.organization_id = o.id"
          + " AND b.fiscal_year = ?) FROM organization o WHERE o.code = ?";

  /** {@link #imported(DSLContext, OrganizationCode, FiscalYear)} through the held statements. */
  private static Optional<Boolean> imported(
      HeldStatements statements, OrganizationCode code, FiscalYear y) {
    try {
      PreparedStatement lookUp = statements.prepare(IMPORTED);
      lookUp.setInt(1, y.buddhistYear());
      lookUp.setString(2, code.value());
      try (ResultSet found = lookUp.executeQuery()) {
        return found.next() ? Optional.of(found.getBoolean(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException(e.getMessage(), e);
    }
  }

  private static Condition completion(Field<Long> organizationId, int year) {
    return DSL.exists(
        DSL.selectOne()
            .from(BULK_IMPORT)
            .where(BULK_IMPORT.ORGANIZATION_ID.eq(organizationId))
            .and(BULK_IMPORT.FISCAL_YEAR.eq(year)));
  }

  /**
   * What became of the plan in the import's transaction: when this transaction registered the
   * organization, the organization's row id.
   */
  private record PlanStored(OptionalLong registeredNow) {
    static PlanStored of(JooqPlanStore.InTransaction save) {
      return new PlanStored(save.registered() ? save.organizationId() : OptionalLong.empty());
    }
  }

  /**
   * Saves the plan in the import's own transaction (no savepoints), unless stored already; empty
   * when another version was saved meanwhile. An organization not registered before the
   * transaction has no plan to compare with: its plan is saved as a first version without reading
   * one (the save locks and registers the organization, and numbers the version after any that
   * another session stored meanwhile).
   */
  private static Optional<PlanStored> savePlan(
      DSLContext tx,
      JooqPlanStore plans,
      KmPlan plan,
      boolean registered,
      @Nullable HeldStatements statements) {
    if (!registered) {
      return saved(plans.saveInTransaction(tx, plan, OptionalInt.empty(), statements));
    }
    Optional<StoredPlan> latest =
        JooqPlanStore.latest(tx, plan.organization().code(), plan.fiscalYear());
    if (latest.isEmpty()) {
      return saved(plans.saveInTransaction(tx, plan, OptionalInt.empty(), statements));
    }
    if (latest.get().plan().equals(plan)) {
      return Optional.of(new PlanStored(OptionalLong.empty()));
    }
    OptionalInt basedOn = OptionalInt.of(latest.get().version().number());
    return saved(plans.saveInTransaction(tx, plan, basedOn, statements));
  }

  private static Optional<PlanStored> saved(JooqPlanStore.InTransaction save) {
    return save.result() instanceof SaveResult.Saved
        ? Optional.of(PlanStored.of(save))
        : Optional.empty();
  }

  private Outcome storeRecords(DSLContext tx, YearRecords records, PlanStored plan)
      throws SQLException {
    OrganizationCode code = records.organization();
    int year = records.fiscalYear().buddhistYear();
    long id;
    if (plan.registeredNow().isPresent()) {
      // Registered by this transaction, whose insert of its row locks it: no other transaction
      // can have stored records or a completion row for it.
      id = plan.registeredNow().getAsLong();
    } else {
      // The organization's lock, the check that the year is not done and the count of the
      // records it holds, in one statement.
      Record3<Long, Boolean, Integer> state =
          tx.select(
                  ORGANIZATION.ID,
                  DSL.field(completion(ORGANIZATION.ID, year)),
                  RecordCounts.liveTotal(ORGANIZATION.ID, records.fiscalYear()))
              .from(ORGANIZATION)
              .where(ORGANIZATION.CODE.eq(code.value()))
              .forUpdate()
              .fetchSingle();
      id = state.value1();
      if (state.value2()) {
        return new Outcome.AlreadyImported(code);
      }
      int already = state.value3();
      if (already > 0) {
        return new Outcome.HasRecords(code, already);
      }
    }
    BulkImportRecord completed = new BulkImportRecord();
    completed.setOrganizationId(id);
    completed.setFiscalYear(year);
    completed.setRecordCount(records.size());
    completed.setImportedAt(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    if (engine == Engine.POSTGRESQL) {
      tx.connection(c -> writeRowsPostgres(c, id, records, completed));
    } else {
      H2YearRows.write(connection.statements(), id, records, completed);
    }
    // Partly through jOOQ on every engine: besides the snapshot, the database's write counter sees
    // that the transaction wrote even when the plan was stored already, so H2 writes the
    // organization to the file at the checkpoint after the commit, before it is reported imported.
    if (engine == Engine.POSTGRESQL) {
      RecordYearSnapshots.storeWritten(tx, id, records);
    } else {
      RecordYearSnapshots.storeWritten(tx, connection.statements(), id, records);
    }
    return new Outcome.Imported(code, records.size());
  }

  /**
   * On PostgreSQL: the parents' row ids taken from their sequences first, so that their children
   * need no query for them; then the small tables in one statement ({@link OneStatementInsert})
   * and the large ones by COPY, a handful of round trips where one per table took the most time.
   * The completion row goes in the small tables' statement: it commits with the rest or not at all.
   */
  private void writeRowsPostgres(
      Connection c, long id, YearRecords r, BulkImportRecord completed) throws SQLException {
    FiscalYear y = r.fiscalYear();
    Map<Table<?>, List<? extends YearRecord>> parents = new LinkedHashMap<>();
    parents.put(Tables.TRAINING_REPORT, r.trainingReports());
    parents.put(Tables.KNOWLEDGE_ASSET, r.knowledgeAssets());
    parents.put(Tables.MEETING, r.meetings());
    parents.put(Tables.EVALUATION_REPORT, r.evaluationReports());
    parents.put(Tables.MONITORING_NOTE, r.monitoringNotes());
    parents.values().removeIf(List::isEmpty);
    Map<Table<?>, Integer> counts = new LinkedHashMap<>();
    parents.forEach((table, records) -> counts.put(table, records.size()));
    Map<Table<?>, List<Long>> ids =
        counts.isEmpty() ? Map.of() : OneStatementInsert.takeIds(c, counts);
    Map<Table<?>, List<TableRecord<?>>> tables = new LinkedHashMap<>();
    for (Map.Entry<Table<?>, List<? extends YearRecord>> e : parents.entrySet()) {
      List<Long> taken = ids.get(e.getKey());
      int at = e.getKey().indexOf("id");
      List<? extends YearRecord> records = e.getValue();
      for (int i = 0; i < records.size(); i++) {
        TableRecord<?> row = RecordRows.row(id, y, records.get(i));
        setId(row, at, taken.get(i));
        add(tables, row);
        for (TableRecord<?> child : RecordRows.childRows(id, y, taken.get(i), records.get(i))) {
          add(tables, child);
        }
      }
    }
    for (List<? extends YearRecord> records :
        List.of(
            r.staff(), r.trainings(), r.supervisorRatings(), r.acknowledgements(),
            r.accessEvents(), r.recognitions(), r.progressUpdates())) {
      for (YearRecord x : records) {
        add(tables, RecordRows.row(id, y, x));
      }
    }
    Map<Table<?>, List<TableRecord<?>>> large = new LinkedHashMap<>();
    tables.entrySet().removeIf(
        e -> {
          boolean copied = !counts.containsKey(e.getKey()) && e.getValue().size() >= BY_COPY;
          if (copied) {
            large.put(e.getKey(), e.getValue());
          }
          return copied;
        });
    tables.put(BULK_IMPORT, List.of(completed));
    OneStatementInsert.insert(c, tables, counts.keySet());
    for (Map.Entry<Table<?>, List<TableRecord<?>>> e : large.entrySet()) {
      BulkRows.write(c, engine, e.getKey(), e.getValue());
    }
  }

  private static void add(Map<Table<?>, List<TableRecord<?>>> tables, TableRecord<?> row) {
    tables.computeIfAbsent(row.getTable(), t -> new ArrayList<>()).add(row);
  }

  @SuppressWarnings("unchecked")
  private static void setId(TableRecord<?> row, int at, long id) {
    row.set((org.jooq.Field<Long>) row.field(at), id);
  }
}
