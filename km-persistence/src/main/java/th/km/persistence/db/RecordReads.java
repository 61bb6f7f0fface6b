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
import static th.km.persistence.jooq.Tables.PROGRESS_UPDATE;
import static th.km.persistence.jooq.Tables.RECOGNITION;
import static th.km.persistence.jooq.Tables.STAFF_MEMBER;
import static th.km.persistence.jooq.Tables.SUPERVISOR_RATING;
import static th.km.persistence.jooq.Tables.TRAINING;
import static th.km.persistence.jooq.Tables.TRAINING_REPORT;
import static th.km.persistence.jooq.Tables.TRAINING_SIGN_OFF;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.Table;
import org.jooq.impl.DSL;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;
import th.km.persistence.jooq.tables.records.AccessEventRecord;
import th.km.persistence.db.RecordTables.ChildTable;
import th.km.persistence.db.RecordTables.KindTable;
import th.km.persistence.jooq.tables.records.AcknowledgementRecord;
import th.km.persistence.jooq.tables.records.EvaluationRecommendationRecord;
import th.km.persistence.jooq.tables.records.KnowledgeAssetAuthorRecord;
import th.km.persistence.jooq.tables.records.MeetingAttendeeRecord;
import th.km.persistence.jooq.tables.records.ProgressUpdateRecord;
import th.km.persistence.jooq.tables.records.RecognitionRecord;
import th.km.persistence.jooq.tables.records.StaffMemberRecord;
import th.km.persistence.jooq.tables.records.SupervisorRatingRecord;
import th.km.persistence.jooq.tables.records.TrainingRecord;

/**
 * Reads the rows of an organization's year back into records equal to those inserted: the live
 * records ({@link Which#LIVE}, what every page, export and evaluation sees), the softly deleted ones,
 * or both. A kind's records read back in the order of their row ids, which is the order they were
 * inserted in. Every kind reads the same way, through the columns {@link RecordTables} gives: its
 * rows of the year, and the rows of its child tables joined to them.
 */
final class RecordReads {

  /** Which rows a read takes, by their deletion (V50). */
  enum Which {
    /** The records of the year: rows not deleted. */
    LIVE,
    /** The softly deleted rows only. */
    DELETED,
    /** Both, as the ids of the year are taken by both. */
    ALL;

    Condition on(Field<OffsetDateTime> deletedAt) {
      return switch (this) {
        case LIVE -> deletedAt.isNull();
        case DELETED -> deletedAt.isNotNull();
        case ALL -> DSL.trueCondition();
      };
    }
  }

  private RecordReads() {}

  /** The records of the organization's year, equal to the records that were inserted. */
  static YearRecords read(
      DSLContext tx, long organizationId, OrganizationCode code, FiscalYear fiscalYear) {
    return read(tx, organizationId, code, fiscalYear, Which.LIVE);
  }

  /** The records of the organization's year that {@code which} takes. */
  static YearRecords read(
      DSLContext tx, long organizationId, OrganizationCode code, FiscalYear fiscalYear, Which which) {
    return new Reader(tx, organizationId, fiscalYear.buddhistYear(), which).read(code, fiscalYear);
  }

  private static final class Reader {
    private final DSLContext tx;
    private final long organizationId;
    private final int year;
    private final Which which;

    Reader(DSLContext tx, long organizationId, int year, Which which) {
      this.tx = tx;
      this.organizationId = organizationId;
      this.year = year;
      this.which = which;
    }

    YearRecords read(OrganizationCode code, FiscalYear fiscalYear) {
      return YearRecords.builder()
          .organization(code)
          .fiscalYear(fiscalYear)
          .staff(rows(RecordKind.STAFF, STAFF_MEMBER, Reader::staff))
          .trainings(rows(RecordKind.TRAINING, TRAINING, Reader::training))
          .trainingReports(trainingReports())
          .supervisorRatings(rows(RecordKind.SUPERVISOR_RATING, SUPERVISOR_RATING, Reader::supervisorRating))
          .knowledgeAssets(knowledgeAssets())
          .meetings(meetings())
          .acknowledgements(rows(RecordKind.ACKNOWLEDGEMENT, ACKNOWLEDGEMENT, Reader::acknowledgement))
          .accessEvents(rows(RecordKind.ACCESS_EVENT, ACCESS_EVENT, Reader::accessEvent))
          .recognitions(rows(RecordKind.RECOGNITION, RECOGNITION, Reader::recognition))
          .progressUpdates(rows(RecordKind.PROGRESS_UPDATE, PROGRESS_UPDATE, Reader::progressUpdate))
          .evaluationReports(evaluationReports())
          .monitoringNotes(MonitoringNoteRows.read(tx, organizationId, year, which))
          .build();
    }

    /**
     * The kind's rows of the organization's year that {@code which} takes, in row-id order, each
     * made a record; the kind's columns are those {@link RecordTables} gives.
     */
    private <R extends Record, T> List<T> rows(
        RecordKind kind, Table<R> table, RecordMapper<? super R, T> record) {
      KindTable k = RecordTables.of(kind);
      return tx.selectFrom(table).where(mine(k)).orderBy(k.id()).fetch(record);
    }

    /**
     * The rows of a child table of the kind (sign-offs, authors ...) whose records {@link #rows}
     * takes, each made a value, listed by the row id of their record in the order of {@code
     * ordinal}.
     */
    private <C extends Record, V> Map<Long, List<V>> children(
        RecordKind kind, Table<C> table, Field<Integer> ordinal, Function<? super C, V> value) {
      KindTable k = RecordTables.of(kind);
      ChildTable child =
          k.children().stream().filter(c -> c.table().equals(table)).findFirst().orElseThrow();
      Map<Long, List<V>> byParent = new HashMap<>();
      tx.select(table.fields())
          .from(table)
          .join(k.table())
          .on(k.id().eq(child.parent()))
          .where(mine(k))
          .and(child.organization().eq(organizationId))
          .orderBy(child.parent(), ordinal)
          .fetchInto(table)
          .forEach(
              row ->
                  byParent
                      .computeIfAbsent(row.get(child.parent()), p -> new ArrayList<>())
                      .add(value.apply(row)));
      return byParent;
    }

    private Condition mine(KindTable k) {
      return k.organization()
          .eq(organizationId)
          .and(k.fiscalYear().eq(year))
          .and(which.on(k.deletedAt()));
    }

    private List<TrainingReport> trainingReports() {
      Map<Long, List<SignOff>> signOffs =
          children(
              RecordKind.TRAINING_REPORT,
              TRAINING_SIGN_OFF,
              TRAINING_SIGN_OFF.ORDINAL,
              s -> new SignOff(s.getPositionTitle(), s.getSignedOn(), s.getIsHead()));
      return rows(
          RecordKind.TRAINING_REPORT,
          TRAINING_REPORT,
          r ->
              TrainingReport.builder()
                  .id(r.getRecordId())
                  .trainingId(r.getTrainingId())
                  .submittedOn(r.getSubmittedOn())
                  .signOffs(signOffs.getOrDefault(r.getId(), List.of()))
                  .place(Optional.ofNullable(r.getPlace()))
                  .learned(Optional.ofNullable(r.getLearned()))
                  .plannedUse(Optional.ofNullable(r.getPlannedUse()))
                  .build());
    }

    private List<KnowledgeAsset> knowledgeAssets() {
      Map<Long, List<String>> authors =
          children(
              RecordKind.KNOWLEDGE_ASSET,
              KNOWLEDGE_ASSET_AUTHOR,
              KNOWLEDGE_ASSET_AUTHOR.ORDINAL,
              KnowledgeAssetAuthorRecord::getPersonId);
      Map<Long, List<Publication>> publications =
          children(
              RecordKind.KNOWLEDGE_ASSET,
              KNOWLEDGE_ASSET_PUBLICATION,
              KNOWLEDGE_ASSET_PUBLICATION.ORDINAL,
              p -> new Publication(PublicationChannel.valueOf(p.getChannel()), p.getPublishedOn()));
      return rows(
          RecordKind.KNOWLEDGE_ASSET,
          KNOWLEDGE_ASSET,
          a ->
              KnowledgeAsset.builder()
                  .id(a.getRecordId())
                  .title(a.getTitle())
                  .assetKind(AssetKind.valueOf(a.getAssetKind()))
                  .withFlowchart(a.getWithFlowchart())
                  .division(division(a.getDivisionCode()))
                  .authorIds(authors.getOrDefault(a.getId(), List.of()))
                  .createdOn(a.getCreatedOn())
                  .reviewedOn(Optional.ofNullable(a.getReviewedOn()))
                  .publications(publications.getOrDefault(a.getId(), List.of()))
                  .build());
    }

    private List<Meeting> meetings() {
      Map<Long, List<String>> attendees =
          children(
              RecordKind.MEETING,
              MEETING_ATTENDEE,
              MEETING_ATTENDEE.ORDINAL,
              MeetingAttendeeRecord::getPersonId);
      return rows(
          RecordKind.MEETING,
          MEETING,
          m ->
              Meeting.builder()
                  .id(m.getRecordId())
                  .meetingKind(MeetingKind.valueOf(m.getMeetingKind()))
                  .title(m.getTitle())
                  .date(m.getHeldOn())
                  .division(division(m.getDivisionCode()))
                  .attendeeIds(attendees.getOrDefault(m.getId(), List.of()))
                  .otherAttendees(m.getOtherAttendees())
                  .build());
    }

    private List<EvaluationReport> evaluationReports() {
      Map<Long, List<String>> recommendations =
          children(
              RecordKind.EVALUATION_REPORT,
              EVALUATION_RECOMMENDATION,
              EVALUATION_RECOMMENDATION.ORDINAL,
              EvaluationRecommendationRecord::getText);
      return rows(
          RecordKind.EVALUATION_REPORT,
          EVALUATION_REPORT,
          e ->
              EvaluationReport.builder()
                  .id(e.getRecordId())
                  .submittedOn(e.getSubmittedOn())
                  .recipient(e.getRecipient())
                  .recommendations(recommendations.getOrDefault(e.getId(), List.of()))
                  .build());
    }

    private static StaffMember staff(StaffMemberRecord s) {
      return StaffMember.builder()
          .id(s.getRecordId())
          .name(s.getName())
          .category(StaffCategory.valueOf(s.getCategory()))
          .division(division(s.getDivisionCode()))
          .position(Optional.ofNullable(s.getPositionTitle()))
          .birthDate(Optional.ofNullable(s.getBirthDate()))
          .retirementDate(Optional.ofNullable(s.getRetirementDate()))
          .activeFrom(Optional.ofNullable(s.getActiveFrom()))
          .activeUntil(Optional.ofNullable(s.getActiveUntil()))
          .build();
    }

    private static Training training(TrainingRecord t) {
      return new Training(
          t.getRecordId(),
          t.getPersonId(),
          t.getTitle(),
          TrainingKind.valueOf(t.getTrainingKind()),
          TrainingSetting.valueOf(t.getSetting()),
          t.getStartOn(),
          t.getEndOn(),
          t.getReturnedOn());
    }

    private static SupervisorRating supervisorRating(SupervisorRatingRecord r) {
      return new SupervisorRating(
          r.getRecordId(), r.getTrainingId(), r.getScoreBefore(), r.getScoreAfter(), r.getRatedOn());
    }

    private static Acknowledgement acknowledgement(AcknowledgementRecord a) {
      return new Acknowledgement(
          a.getRecordId(),
          a.getPersonId(),
          AcknowledgementTopic.valueOf(a.getTopic()),
          a.getAcknowledgedOn());
    }

    private static AccessEvent accessEvent(AccessEventRecord a) {
      return new AccessEvent(
          a.getRecordId(),
          a.getAssetId(),
          PublicationChannel.valueOf(a.getChannel()),
          a.getAccessedOn(),
          a.getHits());
    }

    private static Recognition recognition(RecognitionRecord r) {
      return new Recognition(
          r.getRecordId(),
          r.getPersonId(),
          RecognitionKind.valueOf(r.getRecognitionKind()),
          r.getRecognizedOn());
    }

    private static ProgressUpdate progressUpdate(ProgressUpdateRecord p) {
      return new ProgressUpdate(
          p.getRecordId(),
          new ActivityRef(p.getGoalNumber(), p.getActivityNumber()),
          p.getReportedOn(),
          p.getProgressPercent(),
          p.getNarrative());
    }

    private static Optional<DivisionCode> division(String code) {
      return Optional.ofNullable(code).map(DivisionCode::of);
    }
  }
}
