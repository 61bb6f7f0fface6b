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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
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
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;
import th.km.persistence.jooq.tables.records.AccessEventRecord;
import th.km.persistence.jooq.tables.records.AcknowledgementRecord;
import th.km.persistence.jooq.tables.records.ProgressUpdateRecord;
import th.km.persistence.jooq.tables.records.RecognitionRecord;
import th.km.persistence.jooq.tables.records.StaffMemberRecord;
import th.km.persistence.jooq.tables.records.SupervisorRatingRecord;
import th.km.persistence.jooq.tables.records.TrainingRecord;

/**
 * Reads the rows of an organization's year back into records equal to those inserted: the live
 * records ({@link Which#LIVE}, what every page, export and evaluation sees), the softly deleted ones,
 * or both. A kind's records read back in the order of their row ids, which is the order they were
 * inserted in.
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
          .staff(
              tx.selectFrom(STAFF_MEMBER)
                  .where(mine(STAFF_MEMBER.ORGANIZATION_ID, STAFF_MEMBER.FISCAL_YEAR, STAFF_MEMBER.DELETED_AT))
                  .orderBy(STAFF_MEMBER.ID)
                  .fetch(Reader::staff))
          .trainings(
              tx.selectFrom(TRAINING)
                  .where(mine(TRAINING.ORGANIZATION_ID, TRAINING.FISCAL_YEAR, TRAINING.DELETED_AT))
                  .orderBy(TRAINING.ID)
                  .fetch(Reader::training))
          .trainingReports(trainingReports())
          .supervisorRatings(
              tx.selectFrom(SUPERVISOR_RATING)
                  .where(mine(SUPERVISOR_RATING.ORGANIZATION_ID, SUPERVISOR_RATING.FISCAL_YEAR, SUPERVISOR_RATING.DELETED_AT))
                  .orderBy(SUPERVISOR_RATING.ID)
                  .fetch(Reader::supervisorRating))
          .knowledgeAssets(knowledgeAssets())
          .meetings(meetings())
          .acknowledgements(
              tx.selectFrom(ACKNOWLEDGEMENT)
                  .where(mine(ACKNOWLEDGEMENT.ORGANIZATION_ID, ACKNOWLEDGEMENT.FISCAL_YEAR, ACKNOWLEDGEMENT.DELETED_AT))
                  .orderBy(ACKNOWLEDGEMENT.ID)
                  .fetch(Reader::acknowledgement))
          .accessEvents(
              tx.selectFrom(ACCESS_EVENT)
                  .where(mine(ACCESS_EVENT.ORGANIZATION_ID, ACCESS_EVENT.FISCAL_YEAR, ACCESS_EVENT.DELETED_AT))
                  .orderBy(ACCESS_EVENT.ID)
                  .fetch(Reader::accessEvent))
          .recognitions(
              tx.selectFrom(RECOGNITION)
                  .where(mine(RECOGNITION.ORGANIZATION_ID, RECOGNITION.FISCAL_YEAR, RECOGNITION.DELETED_AT))
                  .orderBy(RECOGNITION.ID)
                  .fetch(Reader::recognition))
          .progressUpdates(
              tx.selectFrom(PROGRESS_UPDATE)
                  .where(mine(PROGRESS_UPDATE.ORGANIZATION_ID, PROGRESS_UPDATE.FISCAL_YEAR, PROGRESS_UPDATE.DELETED_AT))
                  .orderBy(PROGRESS_UPDATE.ID)
                  .fetch(Reader::progressUpdate))
          .evaluationReports(evaluationReports())
          .monitoringNotes(MonitoringNoteRows.read(tx, organizationId, year, which))
          .build();
    }

    private Condition mine(
        Field<Long> organization, Field<Integer> fiscalYear, Field<OffsetDateTime> deletedAt) {
      return organization.eq(organizationId).and(fiscalYear.eq(year)).and(which.on(deletedAt));
    }

    private List<TrainingReport> trainingReports() {
      Map<Long, List<SignOff>> signOffs = new HashMap<>();
      tx.select(TRAINING_SIGN_OFF.fields())
          .from(TRAINING_SIGN_OFF)
          .join(TRAINING_REPORT)
          .on(TRAINING_REPORT.ID.eq(TRAINING_SIGN_OFF.TRAINING_REPORT_ID))
          .where(mine(TRAINING_REPORT.ORGANIZATION_ID, TRAINING_REPORT.FISCAL_YEAR, TRAINING_REPORT.DELETED_AT))
          .and(TRAINING_SIGN_OFF.ORGANIZATION_ID.eq(organizationId))
          .orderBy(TRAINING_SIGN_OFF.TRAINING_REPORT_ID, TRAINING_SIGN_OFF.ORDINAL)
          .fetchInto(TRAINING_SIGN_OFF)
          .forEach(
              s ->
                  signOffs
                      .computeIfAbsent(s.getTrainingReportId(), k -> new ArrayList<>())
                      .add(new SignOff(s.getPositionTitle(), s.getSignedOn(), s.getIsHead())));
      return tx.selectFrom(TRAINING_REPORT)
          .where(mine(TRAINING_REPORT.ORGANIZATION_ID, TRAINING_REPORT.FISCAL_YEAR, TRAINING_REPORT.DELETED_AT))
          .orderBy(TRAINING_REPORT.ID)
          .fetch(
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
      Map<Long, List<String>> authors = new HashMap<>();
      tx.select(KNOWLEDGE_ASSET_AUTHOR.fields())
          .from(KNOWLEDGE_ASSET_AUTHOR)
          .join(KNOWLEDGE_ASSET)
          .on(KNOWLEDGE_ASSET.ID.eq(KNOWLEDGE_ASSET_AUTHOR.KNOWLEDGE_ASSET_ID))
          .where(mine(KNOWLEDGE_ASSET.ORGANIZATION_ID, KNOWLEDGE_ASSET.FISCAL_YEAR, KNOWLEDGE_ASSET.DELETED_AT))
          .and(KNOWLEDGE_ASSET_AUTHOR.ORGANIZATION_ID.eq(organizationId))
          .orderBy(KNOWLEDGE_ASSET_AUTHOR.KNOWLEDGE_ASSET_ID, KNOWLEDGE_ASSET_AUTHOR.ORDINAL)
          .fetchInto(KNOWLEDGE_ASSET_AUTHOR)
          .forEach(
              a ->
                  authors
                      .computeIfAbsent(a.getKnowledgeAssetId(), k -> new ArrayList<>())
                      .add(a.getPersonId()));
      Map<Long, List<Publication>> publications = new HashMap<>();
      tx.select(KNOWLEDGE_ASSET_PUBLICATION.fields())
          .from(KNOWLEDGE_ASSET_PUBLICATION)
          .join(KNOWLEDGE_ASSET)
          .on(KNOWLEDGE_ASSET.ID.eq(KNOWLEDGE_ASSET_PUBLICATION.KNOWLEDGE_ASSET_ID))
          .where(mine(KNOWLEDGE_ASSET.ORGANIZATION_ID, KNOWLEDGE_ASSET.FISCAL_YEAR, KNOWLEDGE_ASSET.DELETED_AT))
          .and(KNOWLEDGE_ASSET_PUBLICATION.ORGANIZATION_ID.eq(organizationId))
          .orderBy(
              KNOWLEDGE_ASSET_PUBLICATION.KNOWLEDGE_ASSET_ID, KNOWLEDGE_ASSET_PUBLICATION.ORDINAL)
          .fetchInto(KNOWLEDGE_ASSET_PUBLICATION)
          .forEach(
              p ->
                  publications
                      .computeIfAbsent(p.getKnowledgeAssetId(), k -> new ArrayList<>())
                      .add(
                          new Publication(
                              PublicationChannel.valueOf(p.getChannel()), p.getPublishedOn())));
      return tx.selectFrom(KNOWLEDGE_ASSET)
          .where(mine(KNOWLEDGE_ASSET.ORGANIZATION_ID, KNOWLEDGE_ASSET.FISCAL_YEAR, KNOWLEDGE_ASSET.DELETED_AT))
          .orderBy(KNOWLEDGE_ASSET.ID)
          .fetch(
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
      Map<Long, List<String>> attendees = new HashMap<>();
      tx.select(MEETING_ATTENDEE.fields())
          .from(MEETING_ATTENDEE)
          .join(MEETING)
          .on(MEETING.ID.eq(MEETING_ATTENDEE.MEETING_ID))
          .where(mine(MEETING.ORGANIZATION_ID, MEETING.FISCAL_YEAR, MEETING.DELETED_AT))
          .and(MEETING_ATTENDEE.ORGANIZATION_ID.eq(organizationId))
          .orderBy(MEETING_ATTENDEE.MEETING_ID, MEETING_ATTENDEE.ORDINAL)
          .fetchInto(MEETING_ATTENDEE)
          .forEach(
              a ->
                  attendees
                      .computeIfAbsent(a.getMeetingId(), k -> new ArrayList<>())
                      .add(a.getPersonId()));
      return tx.selectFrom(MEETING)
          .where(mine(MEETING.ORGANIZATION_ID, MEETING.FISCAL_YEAR, MEETING.DELETED_AT))
          .orderBy(MEETING.ID)
          .fetch(
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
      Map<Long, List<String>> recommendations = new HashMap<>();
      tx.select(EVALUATION_RECOMMENDATION.fields())
          .from(EVALUATION_RECOMMENDATION)
          .join(EVALUATION_REPORT)
          .on(EVALUATION_REPORT.ID.eq(EVALUATION_RECOMMENDATION.EVALUATION_REPORT_ID))
          .where(mine(EVALUATION_REPORT.ORGANIZATION_ID, EVALUATION_REPORT.FISCAL_YEAR, EVALUATION_REPORT.DELETED_AT))
          .and(EVALUATION_RECOMMENDATION.ORGANIZATION_ID.eq(organizationId))
          .orderBy(EVALUATION_RECOMMENDATION.EVALUATION_REPORT_ID, EVALUATION_RECOMMENDATION.ORDINAL)
          .fetchInto(EVALUATION_RECOMMENDATION)
          .forEach(
              r ->
                  recommendations
                      .computeIfAbsent(r.getEvaluationReportId(), k -> new ArrayList<>())
                      .add(r.getText()));
      return tx.selectFrom(EVALUATION_REPORT)
          .where(mine(EVALUATION_REPORT.ORGANIZATION_ID, EVALUATION_REPORT.FISCAL_YEAR, EVALUATION_REPORT.DELETED_AT))
          .orderBy(EVALUATION_REPORT.ID)
          .fetch(
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
