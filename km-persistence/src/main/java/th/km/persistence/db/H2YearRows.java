package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.BULK_IMPORT;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import th.km.core.calendar.FiscalYear;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.persistence.jooq.Tables;
import th.km.persistence.jooq.tables.records.BulkImportRecord;

/**
 * An organization's year of records into H2 for {@link BulkImport}: every row by batched inserts
 * prepared once per run ({@link HeldStatements}), of many rows each where no ids are needed back;
 * the kinds whose rows stand alone first, then the kinds with child rows (sign-offs, authors,
 * attendees ...), whose batch gives back the ids H2 assigned the parents, in their order, for the
 * children to refer to: no query for them.
 */
final class H2YearRows {

  private H2YearRows() {}

  /**
   * Writes the completion row and the year's records, in the caller's transaction on the
   * connection the statements were prepared on.
   */
  static void write(
      HeldStatements statements, long id, YearRecords r, BulkImportRecord completed) {
    try {
      BulkRows.batch(statements.insert(BULK_IMPORT, false), BULK_IMPORT, List.of(completed));
      writeRecords(statements, id, r);
    } catch (SQLException e) {
      throw new DataAccessException(e.getMessage(), e);
    }
  }

  private static void writeRecords(HeldStatements statements, long id, YearRecords r)
      throws SQLException {
    FiscalYear y = r.fiscalYear();
    write(statements, id, y, Tables.STAFF_MEMBER, r.staff());
    write(statements, id, y, Tables.TRAINING, r.trainings());
    write(statements, id, y, Tables.SUPERVISOR_RATING, r.supervisorRatings());
    write(statements, id, y, Tables.ACKNOWLEDGEMENT, r.acknowledgements());
    write(statements, id, y, Tables.ACCESS_EVENT, r.accessEvents());
    write(statements, id, y, Tables.RECOGNITION, r.recognitions());
    write(statements, id, y, Tables.PROGRESS_UPDATE, r.progressUpdates());
    withChildren(statements, id, y, Tables.TRAINING_REPORT, r.trainingReports());
    withChildren(statements, id, y, Tables.KNOWLEDGE_ASSET, r.knowledgeAssets());
    withChildren(statements, id, y, Tables.MEETING, r.meetings());
    withChildren(statements, id, y, Tables.EVALUATION_REPORT, r.evaluationReports());
    withChildren(statements, id, y, Tables.MONITORING_NOTE, r.monitoringNotes());
  }

  private static List<TableRecord<?>> rows(
      long id, FiscalYear y, List<? extends YearRecord> records) {
    List<TableRecord<?>> rows = new ArrayList<>(records.size());
    for (YearRecord x : records) {
      rows.add(RecordRows.row(id, y, x));
    }
    return rows;
  }

  private static void write(
      HeldStatements statements,
      long id,
      FiscalYear y,
      Table<?> table,
      List<? extends YearRecord> records)
      throws SQLException {
    if (!records.isEmpty()) {
      statements.insertAll(table, rows(id, y, records));
    }
  }

  private static void withChildren(
      HeldStatements statements,
      long id,
      FiscalYear y,
      Table<?> table,
      List<? extends YearRecord> records)
      throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    List<Long> rowIds =
        BulkRows.batchWithIds(statements.insert(table, true), table, rows(id, y, records));
    // A parent's children may fill several tables (an asset's authors and publications).
    Map<Table<?>, List<TableRecord<?>>> children = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      for (TableRecord<?> child : RecordRows.childRows(id, y, rowIds.get(i), records.get(i))) {
        children.computeIfAbsent(child.getTable(), t -> new ArrayList<>()).add(child);
      }
    }
    for (Map.Entry<Table<?>, List<TableRecord<?>>> e : children.entrySet()) {
      statements.insertAll(e.getKey(), e.getValue());
    }
  }
}
