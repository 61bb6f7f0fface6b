package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ACCESS_EVENT;
import static th.km.persistence.jooq.Tables.ACKNOWLEDGEMENT;
import static th.km.persistence.jooq.Tables.EVALUATION_RECOMMENDATION;
import static th.km.persistence.jooq.Tables.EVALUATION_REPORT;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET_AUTHOR;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET_PUBLICATION;
import static th.km.persistence.jooq.Tables.MEETING;
import static th.km.persistence.jooq.Tables.MEETING_ATTENDEE;
import static th.km.persistence.jooq.Tables.MONITORING_NOTE;
import static th.km.persistence.jooq.Tables.MONITORING_NOTE_ITEM;
import static th.km.persistence.jooq.Tables.PROGRESS_UPDATE;
import static th.km.persistence.jooq.Tables.RECOGNITION;
import static th.km.persistence.jooq.Tables.STAFF_MEMBER;
import static th.km.persistence.jooq.Tables.SUPERVISOR_RATING;
import static th.km.persistence.jooq.Tables.TRAINING;
import static th.km.persistence.jooq.Tables.TRAINING_REPORT;
import static th.km.persistence.jooq.Tables.TRAINING_SIGN_OFF;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;
import th.km.core.records.RecordKind;

/**
 * The table of each kind of record with the columns a single-record write needs (its row id,
 * organization, year, record id, version and soft deletion, V3 and V50), and its child tables.
 */
final class RecordTables {

  /** A record table with the columns a single-record write needs, and its child tables. */
  record KindTable(
      Table<?> table,
      Field<Long> id,
      Field<Long> organization,
      Field<Integer> fiscalYear,
      Field<String> recordId,
      Field<Integer> version,
      Field<OffsetDateTime> deletedAt,
      Field<String> deletedBy,
      Field<String> deletedReason,
      List<ChildTable> children) {}

  /** A table of a record's list (sign-offs, authors ...) and its column naming the record's row. */
  record ChildTable(Table<?> table, Field<Long> parent, Field<Long> organization) {}

  private static final Map<RecordKind, KindTable> TABLES = tables();

  private RecordTables() {}

  /** The table of the kind. */
  static KindTable of(RecordKind kind) {
    return TABLES.get(kind);
  }

  private static Map<RecordKind, KindTable> tables() {
    Map<RecordKind, KindTable> t = new EnumMap<>(RecordKind.class);
    t.put(
        RecordKind.STAFF,
        new KindTable(
            STAFF_MEMBER,
            STAFF_MEMBER.ID,
            STAFF_MEMBER.ORGANIZATION_ID,
            STAFF_MEMBER.FISCAL_YEAR,
            STAFF_MEMBER.RECORD_ID,
            STAFF_MEMBER.VERSION,
            STAFF_MEMBER.DELETED_AT,
            STAFF_MEMBER.DELETED_BY,
            STAFF_MEMBER.DELETED_REASON,
            List.of()));
    t.put(
        RecordKind.TRAINING,
        new KindTable(
            TRAINING,
            TRAINING.ID,
            TRAINING.ORGANIZATION_ID,
            TRAINING.FISCAL_YEAR,
            TRAINING.RECORD_ID,
            TRAINING.VERSION,
            TRAINING.DELETED_AT,
            TRAINING.DELETED_BY,
            TRAINING.DELETED_REASON,
            List.of()));
    t.put(
        RecordKind.TRAINING_REPORT,
        new KindTable(
            TRAINING_REPORT,
            TRAINING_REPORT.ID,
            TRAINING_REPORT.ORGANIZATION_ID,
            TRAINING_REPORT.FISCAL_YEAR,
            TRAINING_REPORT.RECORD_ID,
            TRAINING_REPORT.VERSION,
            TRAINING_REPORT.DELETED_AT,
            TRAINING_REPORT.DELETED_BY,
            TRAINING_REPORT.DELETED_REASON,
            List.of(
                new ChildTable(
                    TRAINING_SIGN_OFF,
                    TRAINING_SIGN_OFF.TRAINING_REPORT_ID,
                    TRAINING_SIGN_OFF.ORGANIZATION_ID))));
    t.put(
        RecordKind.SUPERVISOR_RATING,
        new KindTable(
            SUPERVISOR_RATING,
            SUPERVISOR_RATING.ID,
            SUPERVISOR_RATING.ORGANIZATION_ID,
            SUPERVISOR_RATING.FISCAL_YEAR,
            SUPERVISOR_RATING.RECORD_ID,
            SUPERVISOR_RATING.VERSION,
            SUPERVISOR_RATING.DELETED_AT,
            SUPERVISOR_RATING.DELETED_BY,
            SUPERVISOR_RATING.DELETED_REASON,
            List.of()));
    t.put(
        RecordKind.KNOWLEDGE_ASSET,
        new KindTable(
            KNOWLEDGE_ASSET,
            KNOWLEDGE_ASSET.ID,
            KNOWLEDGE_ASSET.ORGANIZATION_ID,
            KNOWLEDGE_ASSET.FISCAL_YEAR,
            KNOWLEDGE_ASSET.RECORD_ID,
            KNOWLEDGE_ASSET.VERSION,
            KNOWLEDGE_ASSET.DELETED_AT,
            KNOWLEDGE_ASSET.DELETED_BY,
            KNOWLEDGE_ASSET.DELETED_REASON,
            List.of(
                new ChildTable(
                    KNOWLEDGE_ASSET_AUTHOR,
                    KNOWLEDGE_ASSET_AUTHOR.KNOWLEDGE_ASSET_ID,
                    KNOWLEDGE_ASSET_AUTHOR.ORGANIZATION_ID),
                new ChildTable(
                    KNOWLEDGE_ASSET_PUBLICATION,
                    KNOWLEDGE_ASSET_PUBLICATION.KNOWLEDGE_ASSET_ID,
                    KNOWLEDGE_ASSET_PUBLICATION.ORGANIZATION_ID))));
    t.put(
        RecordKind.MEETING,
        new KindTable(
            MEETING,
            MEETING.ID,
            MEETING.ORGANIZATION_ID,
            MEETING.FISCAL_YEAR,
            MEETING.RECORD_ID,
            MEETING.VERSION,
            MEETING.DELETED_AT,
            MEETING.DELETED_BY,
            MEETING.DELETED_REASON,
            List.of(
                new ChildTable(
                    MEETING_ATTENDEE,
                    MEETING_ATTENDEE.MEETING_ID,
                    MEETING_ATTENDEE.ORGANIZATION_ID))));
    t.put(
        RecordKind.ACKNOWLEDGEMENT,
        new KindTable(
            ACKNOWLEDGEMENT,
            ACKNOWLEDGEMENT.ID,
            ACKNOWLEDGEMENT.ORGANIZATION_ID,
            ACKNOWLEDGEMENT.FISCAL_YEAR,
            ACKNOWLEDGEMENT.RECORD_ID,
            ACKNOWLEDGEMENT.VERSION,
            ACKNOWLEDGEMENT.DELETED_AT,
            ACKNOWLEDGEMENT.DELETED_BY,
            ACKNOWLEDGEMENT.DELETED_REASON,
            List.of()));
    t.put(
        RecordKind.ACCESS_EVENT,
        new KindTable(
            ACCESS_EVENT,
            ACCESS_EVENT.ID,
            ACCESS_EVENT.ORGANIZATION_ID,
            ACCESS_EVENT.FISCAL_YEAR,
            ACCESS_EVENT.RECORD_ID,
            ACCESS_EVENT.VERSION,
            ACCESS_EVENT.DELETED_AT,
            ACCESS_EVENT.DELETED_BY,
            ACCESS_EVENT.DELETED_REASON,
            List.of()));
    t.put(
        RecordKind.RECOGNITION,
        new KindTable(
            RECOGNITION,
            RECOGNITION.ID,
            RECOGNITION.ORGANIZATION_ID,
            RECOGNITION.FISCAL_YEAR,
            RECOGNITION.RECORD_ID,
            RECOGNITION.VERSION,
            RECOGNITION.DELETED_AT,
            RECOGNITION.DELETED_BY,
            RECOGNITION.DELETED_REASON,
            List.of()));
    t.put(
        RecordKind.PROGRESS_UPDATE,
        new KindTable(
            PROGRESS_UPDATE,
            PROGRESS_UPDATE.ID,
            PROGRESS_UPDATE.ORGANIZATION_ID,
            PROGRESS_UPDATE.FISCAL_YEAR,
            PROGRESS_UPDATE.RECORD_ID,
            PROGRESS_UPDATE.VERSION,
            PROGRESS_UPDATE.DELETED_AT,
            PROGRESS_UPDATE.DELETED_BY,
            PROGRESS_UPDATE.DELETED_REASON,
            List.of()));
    t.put(
        RecordKind.EVALUATION_REPORT,
        new KindTable(
            EVALUATION_REPORT,
            EVALUATION_REPORT.ID,
            EVALUATION_REPORT.ORGANIZATION_ID,
            EVALUATION_REPORT.FISCAL_YEAR,
            EVALUATION_REPORT.RECORD_ID,
            EVALUATION_REPORT.VERSION,
            EVALUATION_REPORT.DELETED_AT,
            EVALUATION_REPORT.DELETED_BY,
            EVALUATION_REPORT.DELETED_REASON,
            List.of(
                new ChildTable(
                    EVALUATION_RECOMMENDATION,
                    EVALUATION_RECOMMENDATION.EVALUATION_REPORT_ID,
                    EVALUATION_RECOMMENDATION.ORGANIZATION_ID))));
    t.put(
        RecordKind.MONITORING_NOTE,
        new KindTable(
            MONITORING_NOTE,
            MONITORING_NOTE.ID,
            MONITORING_NOTE.ORGANIZATION_ID,
            MONITORING_NOTE.FISCAL_YEAR,
            MONITORING_NOTE.RECORD_ID,
            MONITORING_NOTE.VERSION,
            MONITORING_NOTE.DELETED_AT,
            MONITORING_NOTE.DELETED_BY,
            MONITORING_NOTE.DELETED_REASON,
            List.of(
                new ChildTable(
                    MONITORING_NOTE_ITEM,
                    MONITORING_NOTE_ITEM.MONITORING_NOTE_ID,
                    MONITORING_NOTE_ITEM.ORGANIZATION_ID))));
    return t;
  }
}
