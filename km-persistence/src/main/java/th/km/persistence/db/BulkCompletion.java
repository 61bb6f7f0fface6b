package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.BULK_IMPORT;
import static th.km.persistence.jooq.Tables.RECORD_YEAR_SNAPSHOT;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import th.km.core.records.RecordKind;
import th.km.persistence.jooq.tables.records.BulkImportRecord;

/**
 * The {@code bulk_import} row of an organization's year on H2: written first in the organization's
 * transaction as "started" (a record count of {@value #STARTED}) and set to the year's count as the
 * transaction's last write, so that it reads complete only when everything before it was kept.
 *
 * <p>Why: H2 2.5.252 once opened a killed import's file with a prefix of the open transaction kept,
 * not rolled back (docs/reliability.md, "Crash"). Such a prefix now either holds nothing of the
 * year's records or holds the started row, and a rerun removes the records of a started year
 * ({@link #removeLeftovers}) before it imports the year again. A year that holds records without
 * any row was typed in (or imported one by one) and is refused, as before. PostgreSQL, which rolls a
 * killed transaction back, writes the row complete at once.
 */
final class BulkCompletion {

  /** The record count of a year whose import started and has not finished. */
  static final int STARTED = -1;

  private static final String FINISH =
      "UPDATE bulk_import SET record_count = ? WHERE organization_id = ? AND fiscal_year = ?";

  private BulkCompletion() {}

  /** Whether the organization's year was imported whole: its row with a count. */
  static Condition complete(Field<Long> organizationId, int year) {
    return DSL.exists(row(organizationId, year).and(BULK_IMPORT.RECORD_COUNT.ge(0)));
  }

  /** Whether an import of the organization's year started and did not finish. */
  static Condition started(Field<Long> organizationId, int year) {
    return DSL.exists(row(organizationId, year).and(BULK_IMPORT.RECORD_COUNT.eq(STARTED)));
  }

  private static SelectConditionStep<Record1<Integer>> row(Field<Long> organizationId, int year) {
    return DSL.selectOne()
        .from(BULK_IMPORT)
        .where(BULK_IMPORT.ORGANIZATION_ID.eq(organizationId))
        .and(BULK_IMPORT.FISCAL_YEAR.eq(year));
  }

  /** On H2: the started row, the first write of the year in the organization's transaction. */
  static void start(HeldStatements statements, BulkImportRecord completed) {
    BulkImportRecord started = new BulkImportRecord();
    started.setOrganizationId(completed.getOrganizationId());
    started.setFiscalYear(completed.getFiscalYear());
    started.setRecordCount(STARTED);
    started.setImportedAt(completed.getImportedAt());
    try {
      BulkRows.batch(statements.insert(BULK_IMPORT, false), BULK_IMPORT, List.of(started));
    } catch (SQLException e) {
      throw new DataAccessException(e.getMessage(), e);
    }
  }

  /** On H2: the year's count into its started row, the last write of the transaction. */
  static void finish(HeldStatements statements, BulkImportRecord completed) {
    try {
      PreparedStatement finish = statements.prepare(FINISH);
      finish.setInt(1, completed.getRecordCount());
      finish.setLong(2, completed.getOrganizationId());
      finish.setInt(3, completed.getFiscalYear());
      if (finish.executeUpdate() != 1) {
        throw new IllegalStateException("no started bulk_import row for " + completed);
      }
    } catch (SQLException e) {
      throw new DataAccessException(e.getMessage(), e);
    }
  }

  /**
   * Removes what an import of the year that started and did not finish left: its records (with
   * their child rows), the year's snapshot and the started row, in the caller's transaction.
   */
  static void removeLeftovers(DSLContext tx, long organizationId, int year) {
    for (RecordKind kind : RecordKind.values()) {
      RecordTables.KindTable t = RecordTables.of(kind);
      Condition ofYear = t.organization().eq(organizationId).and(t.fiscalYear().eq(year));
      for (RecordTables.ChildTable child : t.children()) {
        tx.deleteFrom(child.table())
            .where(child.organization().eq(organizationId))
            .and(child.parent().in(DSL.select(t.id()).from(t.table()).where(ofYear)))
            .execute();
      }
      tx.deleteFrom(t.table()).where(ofYear).execute();
    }
    tx.deleteFrom(RECORD_YEAR_SNAPSHOT)
        .where(RECORD_YEAR_SNAPSHOT.ORGANIZATION_ID.eq(organizationId))
        .and(RECORD_YEAR_SNAPSHOT.FISCAL_YEAR.eq(year))
        .execute();
    tx.deleteFrom(BULK_IMPORT)
        .where(BULK_IMPORT.ORGANIZATION_ID.eq(organizationId))
        .and(BULK_IMPORT.FISCAL_YEAR.eq(year))
        .execute();
  }
}
