package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.EVALUATION_REPORT;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET;
import static th.km.persistence.jooq.Tables.MEETING;
import static th.km.persistence.jooq.Tables.MONITORING_NOTE;
import static th.km.persistence.jooq.Tables.TRAINING_REPORT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import th.km.core.calendar.FiscalYear;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * Inserts a year's records as new rows (an import, a new record of a form), kind by kind in one
 * batch each, then the child rows of the records that have lists, which need their parents' row
 * ids. The rows themselves are {@link RecordRows}'. The year's version is bumped with them
 * ({@link RecordYearVersions}).
 */
final class RecordInserts {

  private RecordInserts() {}

  /** Inserts the records as new rows of the organization's year, each kind in its list's order. */
  static void insert(DSLContext tx, long organizationId, YearRecords records) {
    new Inserter(tx, organizationId, records.fiscalYear()).write(records);
    if (records.size() > 0) {
      RecordYearVersions.bump(tx, organizationId, records.fiscalYear());
    }
  }

  private static final class Inserter {
    private final DSLContext tx;
    private final long organizationId;
    private final FiscalYear fiscalYear;
    private final int year;

    Inserter(DSLContext tx, long organizationId, FiscalYear fiscalYear) {
      this.tx = tx;
      this.organizationId = organizationId;
      this.fiscalYear = fiscalYear;
      this.year = fiscalYear.buddhistYear();
    }

    void write(YearRecords r) {
      batch(r.staff());
      batch(r.trainings());
      batch(r.trainingReports());
      children(
          r.trainingReports(),
          TRAINING_REPORT,
          TRAINING_REPORT.ID,
          TRAINING_REPORT.RECORD_ID,
          TRAINING_REPORT.ORGANIZATION_ID,
          TRAINING_REPORT.FISCAL_YEAR,
          TrainingReport::id);
      batch(r.supervisorRatings());
      batch(r.knowledgeAssets());
      children(
          r.knowledgeAssets(),
          KNOWLEDGE_ASSET,
          KNOWLEDGE_ASSET.ID,
          KNOWLEDGE_ASSET.RECORD_ID,
          KNOWLEDGE_ASSET.ORGANIZATION_ID,
          KNOWLEDGE_ASSET.FISCAL_YEAR,
          KnowledgeAsset::id);
      batch(r.meetings());
      children(
          r.meetings(),
          MEETING,
          MEETING.ID,
          MEETING.RECORD_ID,
          MEETING.ORGANIZATION_ID,
          MEETING.FISCAL_YEAR,
          Meeting::id);
      batch(r.acknowledgements());
      batch(r.accessEvents());
      batch(r.recognitions());
      batch(r.progressUpdates());
      batch(r.evaluationReports());
      children(
          r.evaluationReports(),
          EVALUATION_REPORT,
          EVALUATION_REPORT.ID,
          EVALUATION_REPORT.RECORD_ID,
          EVALUATION_REPORT.ORGANIZATION_ID,
          EVALUATION_REPORT.FISCAL_YEAR,
          EvaluationReport::id);
      batch(r.monitoringNotes());
      children(
          r.monitoringNotes(),
          MONITORING_NOTE,
          MONITORING_NOTE.ID,
          MONITORING_NOTE.RECORD_ID,
          MONITORING_NOTE.ORGANIZATION_ID,
          MONITORING_NOTE.FISCAL_YEAR,
          MonitoringNote::id);
    }

    private void batch(List<? extends YearRecord> records) {
      if (!records.isEmpty()) {
        tx.batchInsert(
                records.stream()
                    .<TableRecord<?>>map(r -> RecordRows.row(organizationId, fiscalYear, r))
                    .toList())
            .execute();
      }
    }

    /**
     * Inserts the child rows of records just inserted, which need their parents' row ids: one query
     * gets the ids of the year's rows by record id, then one batch inserts every child.
     */
    private <T extends YearRecord, R extends TableRecord<R>> void children(
        List<T> records,
        Table<R> table,
        Field<Long> id,
        Field<String> recordId,
        Field<Long> organization,
        Field<Integer> yearColumn,
        Function<T, String> idOf) {
      if (records.isEmpty()) {
        return;
      }
      Map<String, Long> ids = new HashMap<>();
      tx.select(recordId, id)
          .from(table)
          .where(organization.eq(organizationId))
          .and(yearColumn.eq(year))
          .forEach(r -> ids.put(r.value1(), r.value2()));
      List<TableRecord<?>> rows = new ArrayList<>();
      for (T record : records) {
        Long parent = ids.get(idOf.apply(record));
        if (parent == null) {
          throw new IllegalStateException("record " + idOf.apply(record) + " was not inserted");
        }
        rows.addAll(RecordRows.childRows(organizationId, fiscalYear, parent, record));
      }
      if (!rows.isEmpty()) {
        tx.batchInsert(rows).execute();
      }
    }
  }
}
