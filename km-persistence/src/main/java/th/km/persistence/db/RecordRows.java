package th.km.persistence.db;


import java.util.ArrayList;
import java.util.List;
import org.jooq.TableRecord;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Publication;
import th.km.core.records.Recognition;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.persistence.jooq.tables.records.AccessEventRecord;
import th.km.persistence.jooq.tables.records.AcknowledgementRecord;
import th.km.persistence.jooq.tables.records.EvaluationRecommendationRecord;
import th.km.persistence.jooq.tables.records.EvaluationReportRecord;
import th.km.persistence.jooq.tables.records.KnowledgeAssetAuthorRecord;
import th.km.persistence.jooq.tables.records.KnowledgeAssetPublicationRecord;
import th.km.persistence.jooq.tables.records.KnowledgeAssetRecord;
import th.km.persistence.jooq.tables.records.MeetingAttendeeRecord;
import th.km.persistence.jooq.tables.records.MeetingRecord;
import th.km.persistence.jooq.tables.records.ProgressUpdateRecord;
import th.km.persistence.jooq.tables.records.RecognitionRecord;
import th.km.persistence.jooq.tables.records.StaffMemberRecord;
import th.km.persistence.jooq.tables.records.SupervisorRatingRecord;
import th.km.persistence.jooq.tables.records.TrainingRecord;
import th.km.persistence.jooq.tables.records.TrainingReportRecord;
import th.km.persistence.jooq.tables.records.TrainingSignOffRecord;

/**
 * The rows of one record of the year (V3, V30): what an insert writes and a correction sets for
 * each kind, and the child rows of its lists (sign-offs, authors, attendees ...). {@link
 * RecordInserts} writes a whole year with them, {@link RecordReads} reads rows back into records.
 *
 * <p>Every row carries the organization's id and, for a record, the fiscal year; lists inside a
 * record keep their order through an {@code ordinal} column.
 */
final class RecordRows {

  private RecordRows() {}

  /**
   * The row of one record of the organization's year, with every column but its row id, version
   * and deletion set: what an insert writes, and what a correction sets.
   */
  static TableRecord<?> row(long organizationId, FiscalYear fiscalYear, YearRecord record) {
    return new Rows(organizationId, fiscalYear.buddhistYear()).row(record);
  }

  /** The child rows (sign-offs, authors, attendees ...) of one record whose row has the id. */
  static List<TableRecord<?>> childRows(
      long organizationId, FiscalYear fiscalYear, long rowId, YearRecord record) {
    return new Rows(organizationId, fiscalYear.buddhistYear()).childRows(rowId, record);
  }

  private static final class Rows {
    private final long organizationId;
    private final int year;

    Rows(long organizationId, int year) {
      this.organizationId = organizationId;
      this.year = year;
    }

    TableRecord<?> row(YearRecord record) {
      return switch (record) {
        case StaffMember r -> staff(r);
        case Training r -> training(r);
        case TrainingReport r -> trainingReport(r);
        case SupervisorRating r -> supervisorRating(r);
        case KnowledgeAsset r -> knowledgeAsset(r);
        case Meeting r -> meeting(r);
        case Acknowledgement r -> acknowledgement(r);
        case AccessEvent r -> accessEvent(r);
        case Recognition r -> recognition(r);
        case ProgressUpdate r -> progressUpdate(r);
        case EvaluationReport r -> evaluationReport(r);
        case MonitoringNote r -> MonitoringNoteRows.row(organizationId, year, r);
        default -> throw new IllegalArgumentException("not a stored record kind: " + record);
      };
    }

    List<TableRecord<?>> childRows(long rowId, YearRecord record) {
      return switch (record) {
        case TrainingReport r -> signOffs(rowId, r.signOffs());
        case KnowledgeAsset r -> assetParts(rowId, r);
        case Meeting r -> attendees(rowId, r.attendeeIds());
        case EvaluationReport r -> recommendations(rowId, r.recommendations());
        case MonitoringNote r -> MonitoringNoteRows.items(organizationId, rowId, r);
        default -> List.of();
      };
    }

    private TableRecord<?> staff(StaffMember s) {
      return new StaffMemberRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(s.id())
          .setName(s.name())
          .setCategory(s.category().name())
          .setDivisionCode(s.division().map(DivisionCode::value).orElse(null))
          .setPositionTitle(s.position().orElse(null))
          .setBirthDate(s.birthDate().orElse(null))
          .setRetirementDate(s.retirementDate().orElse(null))
          .setActiveFrom(s.activeFrom().orElse(null))
          .setActiveUntil(s.activeUntil().orElse(null));
    }

    private TableRecord<?> training(Training t) {
      return new TrainingRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(t.id())
          .setPersonId(t.personId())
          .setTitle(t.title())
          .setTrainingKind(t.trainingKind().name())
          .setSetting(t.setting().name())
          .setStartOn(t.start())
          .setEndOn(t.end())
          .setReturnedOn(t.returned());
    }

    private TableRecord<?> trainingReport(TrainingReport r) {
      return new TrainingReportRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(r.id())
          .setTrainingId(r.trainingId())
          .setSubmittedOn(r.submittedOn())
          .setPlace(r.place().orElse(null))
          .setLearned(r.learned().orElse(null))
          .setPlannedUse(r.plannedUse().orElse(null));
    }

    private List<TableRecord<?>> signOffs(long reportId, List<SignOff> signOffs) {
      List<TableRecord<?>> rows = new ArrayList<>();
      for (int i = 0; i < signOffs.size(); i++) {
        SignOff s = signOffs.get(i);
        rows.add(
            new TrainingSignOffRecord()
                .setTrainingReportId(reportId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setPositionTitle(s.position())
                .setSignedOn(s.signedOn())
                .setIsHead(s.head()));
      }
      return rows;
    }

    private TableRecord<?> supervisorRating(SupervisorRating r) {
      return new SupervisorRatingRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(r.id())
          .setTrainingId(r.trainingId())
          .setScoreBefore(r.before())
          .setScoreAfter(r.after())
          .setRatedOn(r.ratedOn());
    }

    private TableRecord<?> knowledgeAsset(KnowledgeAsset a) {
      return new KnowledgeAssetRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(a.id())
          .setTitle(a.title())
          .setAssetKind(a.assetKind().name())
          .setWithFlowchart(a.withFlowchart())
          .setDivisionCode(a.division().map(DivisionCode::value).orElse(null))
          .setCreatedOn(a.createdOn())
          .setReviewedOn(a.reviewedOn().orElse(null));
    }

    private List<TableRecord<?>> assetParts(long assetId, KnowledgeAsset a) {
      List<TableRecord<?>> rows = new ArrayList<>();
      for (int i = 0; i < a.authorIds().size(); i++) {
        rows.add(
            new KnowledgeAssetAuthorRecord()
                .setKnowledgeAssetId(assetId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setPersonId(a.authorIds().get(i)));
      }
      for (int i = 0; i < a.publications().size(); i++) {
        Publication p = a.publications().get(i);
        rows.add(
            new KnowledgeAssetPublicationRecord()
                .setKnowledgeAssetId(assetId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setChannel(p.channel().name())
                .setPublishedOn(p.publishedOn()));
      }
      return rows;
    }

    private TableRecord<?> meeting(Meeting m) {
      return new MeetingRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(m.id())
          .setMeetingKind(m.meetingKind().name())
          .setTitle(m.title())
          .setHeldOn(m.date())
          .setDivisionCode(m.division().map(DivisionCode::value).orElse(null))
          .setOtherAttendees(m.otherAttendees());
    }

    private List<TableRecord<?>> attendees(long meetingId, List<String> attendeeIds) {
      List<TableRecord<?>> rows = new ArrayList<>();
      for (int i = 0; i < attendeeIds.size(); i++) {
        rows.add(
            new MeetingAttendeeRecord()
                .setMeetingId(meetingId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setPersonId(attendeeIds.get(i)));
      }
      return rows;
    }

    private TableRecord<?> acknowledgement(Acknowledgement a) {
      return new AcknowledgementRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(a.id())
          .setPersonId(a.personId())
          .setTopic(a.topic().name())
          .setAcknowledgedOn(a.date());
    }

    private TableRecord<?> accessEvent(AccessEvent a) {
      return new AccessEventRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(a.id())
          .setAssetId(a.assetId())
          .setChannel(a.channel().name())
          .setAccessedOn(a.date())
          .setHits(a.hits());
    }

    private TableRecord<?> recognition(Recognition r) {
      return new RecognitionRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(r.id())
          .setPersonId(r.personId())
          .setRecognitionKind(r.recognitionKind().name())
          .setRecognizedOn(r.date());
    }

    private TableRecord<?> progressUpdate(ProgressUpdate p) {
      return new ProgressUpdateRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(p.id())
          .setGoalNumber(p.activity().goal())
          .setActivityNumber(p.activity().activity())
          .setReportedOn(p.date())
          .setProgressPercent(p.percent())
          .setNarrative(p.narrative());
    }

    private TableRecord<?> evaluationReport(EvaluationReport e) {
      return new EvaluationReportRecord()
          .setOrganizationId(organizationId)
          .setFiscalYear(year)
          .setRecordId(e.id())
          .setSubmittedOn(e.submittedOn())
          .setRecipient(e.recipient());
    }

    private List<TableRecord<?>> recommendations(long reportId, List<String> texts) {
      List<TableRecord<?>> rows = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        rows.add(
            new EvaluationRecommendationRecord()
                .setEvaluationReportId(reportId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setText(texts.get(i)));
      }
      return rows;
    }
  }
}
