package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.BULK_IMPORT;
import static th.km.persistence.jooq.Tables.ORGANIZATION;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;
import th.km.persistence.PersistenceException;
import th.km.persistence.jooq.Tables;

/**
 * The bulk path into the database (นำเข้าแบบกลุ่ม): an organization's plan and its whole year of
 * records, the records written with COPY on PostgreSQL and batched inserts on H2 in one transaction
 * per organization. A completion row is written in that same transaction, so that a rerun after a
 * crash skips every organization stored whole and imports again the one that was cut off, which
 * left nothing of its records behind.
 *
 * <p>Unlike {@code km db import-records} it does not merge with records already stored: a year
 * that already holds records (typed in the web, imported one by one) is refused, not doubled.
 */
public final class BulkImport {

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

  private final DSLContext dsl;
  private final Engine engine;
  private final PlanStore plans;
  private final Clock clock;

  BulkImport(DSLContext dsl, Engine engine, PlanStore plans, Clock clock) {
    this.dsl = dsl;
    this.engine = engine;
    this.plans = plans;
    this.clock = clock;
  }

  /** Whether the organization's year was stored whole by the bulk path. */
  public boolean complete(OrganizationCode organization, FiscalYear year) {
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
  public Outcome importYear(KmPlan plan, YearRecords records) {
    OrganizationCode code = plan.organization().code();
    if (!records.organization().equals(code) || !records.fiscalYear().equals(plan.fiscalYear())) {
      throw new IllegalArgumentException(
          "the records of " + records.organization() + " " + records.fiscalYear()
              + " are not of the plan's organization " + code + " " + plan.fiscalYear());
    }
    try {
      if (complete(code, plan.fiscalYear())) {
        return new Outcome.AlreadyImported(code);
      }
      if (!savePlan(plan)) {
        return new Outcome.PlanChanged(code);
      }
      return dsl.transactionResult(cfg -> storeRecords(cfg.dsl(), records));
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "ฐานข้อมูลขัดข้องขณะนำเข้า " + code + ": " + e.getMessage()
              + " / the database failed while importing " + code + ": " + e.getMessage(),
          e);
    }
  }

  private boolean savePlan(KmPlan plan) {
    Optional<StoredPlan> latest = plans.latest(plan.organization().code(), plan.fiscalYear());
    if (latest.isEmpty()) {
      plans.saveDraft(plan);
      return true;
    }
    if (latest.get().plan().equals(plan)) {
      return true;
    }
    return plans.saveDraft(plan, latest.get().version().number()) instanceof SaveResult.Saved;
  }

  private Outcome storeRecords(DSLContext tx, YearRecords records) throws SQLException {
    OrganizationCode code = records.organization();
    long id =
        tx.select(ORGANIZATION.ID)
            .from(ORGANIZATION)
            .where(ORGANIZATION.CODE.eq(code.value()))
            .forUpdate()
            .fetchOne(ORGANIZATION.ID);
    int year = records.fiscalYear().buddhistYear();
    boolean done =
        tx.fetchExists(
            tx.selectOne()
                .from(BULK_IMPORT)
                .where(BULK_IMPORT.ORGANIZATION_ID.eq(id))
                .and(BULK_IMPORT.FISCAL_YEAR.eq(year)));
    if (done) {
      return new Outcome.AlreadyImported(code);
    }
    Map<RecordKind, Integer> stored = RecordCounts.counts(tx, id, records.fiscalYear());
    int already = stored.values().stream().mapToInt(Integer::intValue).sum();
    if (already > 0) {
      return new Outcome.HasRecords(code, already);
    }
    tx.connection(c -> writeFlat(c, id, records));
    RecordInserts.insert(tx, id, withChildren(records));
    tx.insertInto(BULK_IMPORT)
        .set(BULK_IMPORT.ORGANIZATION_ID, id)
        .set(BULK_IMPORT.FISCAL_YEAR, year)
        .set(BULK_IMPORT.RECORD_COUNT, records.size())
        .set(BULK_IMPORT.IMPORTED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .execute();
    return new Outcome.Imported(code, records.size());
  }

  /** The kinds whose rows stand alone go through the engine's bulk statement. */
  private void writeFlat(Connection c, long id, YearRecords r) throws SQLException {
    FiscalYear y = r.fiscalYear();
    write(c, Tables.STAFF_MEMBER, r.staff(), x -> RecordRows.row(id, y, x));
    write(c, Tables.TRAINING, r.trainings(), x -> RecordRows.row(id, y, x));
    write(c, Tables.SUPERVISOR_RATING, r.supervisorRatings(), x -> RecordRows.row(id, y, x));
    write(c, Tables.ACKNOWLEDGEMENT, r.acknowledgements(), x -> RecordRows.row(id, y, x));
    write(c, Tables.ACCESS_EVENT, r.accessEvents(), x -> RecordRows.row(id, y, x));
    write(c, Tables.RECOGNITION, r.recognitions(), x -> RecordRows.row(id, y, x));
    write(c, Tables.PROGRESS_UPDATE, r.progressUpdates(), x -> RecordRows.row(id, y, x));
  }

  private <T extends YearRecord> void write(
      Connection c, Table<?> table, List<T> records, Function<T, TableRecord<?>> row)
      throws SQLException {
    BulkRows.write(c, engine, table, records.stream().map(row).toList());
  }

  /** The kinds with child rows (sign-offs, authors, attendees ...), which need their parents' ids. */
  private static YearRecords withChildren(YearRecords r) {
    return YearRecords.builder()
        .organization(r.organization())
        .fiscalYear(r.fiscalYear())
        .trainingReports(r.trainingReports())
        .knowledgeAssets(r.knowledgeAssets())
        .meetings(r.meetings())
        .evaluationReports(r.evaluationReports())
        .monitoringNotes(r.monitoringNotes())
        .build();
  }
}
