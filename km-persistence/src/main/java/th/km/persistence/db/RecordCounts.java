package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ACCESS_EVENT;
import static th.km.persistence.jooq.Tables.ACKNOWLEDGEMENT;
import static th.km.persistence.jooq.Tables.EVALUATION_REPORT;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET;
import static th.km.persistence.jooq.Tables.MEETING;
import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.MONITORING_NOTE;
import static th.km.persistence.jooq.Tables.PROGRESS_UPDATE;
import static th.km.persistence.jooq.Tables.RECOGNITION;
import static th.km.persistence.jooq.Tables.STAFF_MEMBER;
import static th.km.persistence.jooq.Tables.SUPERVISOR_RATING;
import static th.km.persistence.jooq.Tables.TRAINING;
import static th.km.persistence.jooq.Tables.TRAINING_REPORT;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;

/**
 * The counting and grouping of the record tables that SQL does for the record store: how many live
 * records of each kind a year has, and which organizations have any.
 */
final class RecordCounts {

  private RecordCounts() {}

  /** One record table: the kind its rows hold, and its organization and fiscal-year columns. */
  private record KindTable(
      RecordKind kind,
      Table<?> table,
      Field<Long> organization,
      Field<Integer> fiscalYear,
      Field<OffsetDateTime> deletedAt) {}

  private static final List<KindTable> KIND_TABLES =
      List.of(
          new KindTable(
              RecordKind.STAFF,
              STAFF_MEMBER,
              STAFF_MEMBER.ORGANIZATION_ID,
              STAFF_MEMBER.FISCAL_YEAR,
              STAFF_MEMBER.DELETED_AT),
          new KindTable(
              RecordKind.TRAINING,
              TRAINING,
              TRAINING.ORGANIZATION_ID,
              TRAINING.FISCAL_YEAR,
              TRAINING.DELETED_AT),
          new KindTable(
              RecordKind.TRAINING_REPORT,
              TRAINING_REPORT,
              TRAINING_REPORT.ORGANIZATION_ID,
              TRAINING_REPORT.FISCAL_YEAR,
              TRAINING_REPORT.DELETED_AT),
          new KindTable(
              RecordKind.SUPERVISOR_RATING,
              SUPERVISOR_RATING,
              SUPERVISOR_RATING.ORGANIZATION_ID,
              SUPERVISOR_RATING.FISCAL_YEAR,
              SUPERVISOR_RATING.DELETED_AT),
          new KindTable(
              RecordKind.KNOWLEDGE_ASSET,
              KNOWLEDGE_ASSET,
              KNOWLEDGE_ASSET.ORGANIZATION_ID,
              KNOWLEDGE_ASSET.FISCAL_YEAR,
              KNOWLEDGE_ASSET.DELETED_AT),
          new KindTable(
              RecordKind.MEETING,
              MEETING,
              MEETING.ORGANIZATION_ID,
              MEETING.FISCAL_YEAR,
              MEETING.DELETED_AT),
          new KindTable(
              RecordKind.ACKNOWLEDGEMENT,
              ACKNOWLEDGEMENT,
              ACKNOWLEDGEMENT.ORGANIZATION_ID,
              ACKNOWLEDGEMENT.FISCAL_YEAR,
              ACKNOWLEDGEMENT.DELETED_AT),
          new KindTable(
              RecordKind.ACCESS_EVENT,
              ACCESS_EVENT,
              ACCESS_EVENT.ORGANIZATION_ID,
              ACCESS_EVENT.FISCAL_YEAR,
              ACCESS_EVENT.DELETED_AT),
          new KindTable(
              RecordKind.RECOGNITION,
              RECOGNITION,
              RECOGNITION.ORGANIZATION_ID,
              RECOGNITION.FISCAL_YEAR,
              RECOGNITION.DELETED_AT),
          new KindTable(
              RecordKind.PROGRESS_UPDATE,
              PROGRESS_UPDATE,
              PROGRESS_UPDATE.ORGANIZATION_ID,
              PROGRESS_UPDATE.FISCAL_YEAR,
              PROGRESS_UPDATE.DELETED_AT),
          new KindTable(
              RecordKind.EVALUATION_REPORT,
              EVALUATION_REPORT,
              EVALUATION_REPORT.ORGANIZATION_ID,
              EVALUATION_REPORT.FISCAL_YEAR,
              EVALUATION_REPORT.DELETED_AT),
          new KindTable(
              RecordKind.MONITORING_NOTE,
              MONITORING_NOTE,
              MONITORING_NOTE.ORGANIZATION_ID,
              MONITORING_NOTE.FISCAL_YEAR,
              MONITORING_NOTE.DELETED_AT));

  /** The number of records of each kind in the organization's year, counted by the database. */
  /**
   * The number of live records of every kind of the organization's year, as one expression (sum of
   * one scalar count per table) that a query on the organization's row can select.
   */
  static Field<Integer> liveTotal(Field<Long> organizationId, FiscalYear fiscalYear) {
    return KIND_TABLES.stream()
        .map(
            t ->
                DSL.field(
                    DSL.select(DSL.count())
                        .from(t.table())
                        .where(t.organization().eq(organizationId))
                        .and(t.fiscalYear().eq(fiscalYear.buddhistYear()))
                        .and(t.deletedAt().isNull())))
        .reduce(Field::plus)
        .orElseThrow();
  }

  static Map<RecordKind, Integer> counts(DSLContext tx, long organizationId, FiscalYear fiscalYear) {
    Select<Record2<String, Integer>> union =
        KIND_TABLES.stream()
            .<Select<Record2<String, Integer>>>map(
                t ->
                    tx.select(DSL.inline(t.kind().name()), DSL.count())
                        .from(t.table())
                        .where(t.organization().eq(organizationId))
                        .and(t.fiscalYear().eq(fiscalYear.buddhistYear()))
                        .and(t.deletedAt().isNull()))
            .reduce(Select::unionAll)
            .orElseThrow();
    Map<RecordKind, Integer> counts = noCounts();
    tx.fetch(union).forEach(r -> counts.put(RecordKind.valueOf(r.value1()), r.value2()));
    return counts;
  }

  /** Every kind with a count of 0. */
  static Map<RecordKind, Integer> noCounts() {
    Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
    for (RecordKind k : RecordKind.values()) {
      counts.put(k, 0);
    }
    return counts;
  }

  /** The codes of the organizations with a record of the year, in code order. */
  static List<OrganizationCode> organizationsWithRecords(DSLContext tx, FiscalYear fiscalYear) {
    Select<Record1<Long>> ids =
        KIND_TABLES.stream()
            .<Select<Record1<Long>>>map(
                t ->
                    tx.select(t.organization())
                        .from(t.table())
                        .where(t.fiscalYear().eq(fiscalYear.buddhistYear()))
                        .and(t.deletedAt().isNull()))
            .reduce(Select::union)
            .orElseThrow();
    return tx.select(ORGANIZATION.CODE)
        .from(ORGANIZATION)
        .where(ORGANIZATION.ID.in(ids))
        .orderBy(ORGANIZATION.CODE)
        .fetch(r -> OrganizationCode.of(r.value1()));
  }
}
