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
import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.MONITORING_NOTE;
import static th.km.persistence.jooq.Tables.PROGRESS_UPDATE;
import static th.km.persistence.jooq.Tables.RECOGNITION;
import static th.km.persistence.jooq.Tables.STAFF_MEMBER;
import static th.km.persistence.jooq.Tables.SUPERVISOR_RATING;
import static th.km.persistence.jooq.Tables.TRAINING;
import static th.km.persistence.jooq.Tables.TRAINING_REPORT;
import static th.km.persistence.jooq.Tables.TRAINING_SIGN_OFF;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
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
import th.km.core.records.MonitoringNote;
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
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
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
 * The one place where rows of the record tables (V3) meet the core's records of the year: a year's
 * records written as rows and read back into equal {@link YearRecords}, and the counting and
 * grouping that SQL does for the record store.
 *
 * <p>Every row written carries the organization's id and, for a record, the fiscal year; every read
 * filters on both. A kind's records read back in the order of their row ids, which is the order
 * they were inserted in; lists inside a record keep their order through an {@code ordinal} column.
 */
final class RecordRows {

  private RecordRows() {}

  // ---- writing ----

  /** Inserts the records as new rows of the organization's year, each kind in its list's order. */
  static void insert(DSLContext tx, long organizationId, YearRecords records) {
    new Writer(tx, organizationId, records.fiscalYear().buddhistYear()).write(records);
  }

  /**
   * The row of one record of the organization's year, with every column but its row id and
   * version set: what an insert writes, and what a correction sets.
   */
  static TableRecord<?> row(long organizationId, FiscalYear fiscalYear, YearRecord record) {
    return new Writer(null, organizationId, fiscalYear.buddhistYear()).row(record);
  }

  /** The child rows (sign-offs, authors, attendees ...) of one record whose row has the id. */
  static List<TableRecord<?>> childRows(
      long organizationId, FiscalYear fiscalYear, long rowId, YearRecord record) {
    return new Writer(null, organizationId, fiscalYear.buddhistYear()).childRows(rowId, record);
  }

  private static final class Writer {
    private final @Nullable DSLContext tx;
    private final long organizationId;
    private final int year;

    Writer(@Nullable DSLContext tx, long organizationId, int year) {
      this.tx = tx;
      this.organizationId = organizationId;
      this.year = year;
    }

    void write(YearRecords r) {
      batch(r.staff(), this::staff);
      batch(r.trainings(), this::training);
      batch(r.trainingReports(), this::trainingReport);
      children(
          r.trainingReports(),
          TRAINING_REPORT,
          TRAINING_REPORT.ID,
          TRAINING_REPORT.RECORD_ID,
          TRAINING_REPORT.ORGANIZATION_ID,
          TRAINING_REPORT.FISCAL_YEAR,
          TrainingReport::id,
          (id, report) -> signOffs(id, report.signOffs()));
      batch(r.supervisorRatings(), this::supervisorRating);
      batch(r.knowledgeAssets(), this::knowledgeAsset);
      children(
          r.knowledgeAssets(),
          KNOWLEDGE_ASSET,
          KNOWLEDGE_ASSET.ID,
          KNOWLEDGE_ASSET.RECORD_ID,
          KNOWLEDGE_ASSET.ORGANIZATION_ID,
          KNOWLEDGE_ASSET.FISCAL_YEAR,
          KnowledgeAsset::id,
          this::assetParts);
      batch(r.meetings(), this::meeting);
      children(
          r.meetings(),
          MEETING,
          MEETING.ID,
          MEETING.RECORD_ID,
          MEETING.ORGANIZATION_ID,
          MEETING.FISCAL_YEAR,
          Meeting::id,
          (id, meeting) -> attendees(id, meeting.attendeeIds()));
      batch(r.acknowledgements(), this::acknowledgement);
      batch(r.accessEvents(), this::accessEvent);
      batch(r.recognitions(), this::recognition);
      batch(r.progressUpdates(), this::progressUpdate);
      batch(r.evaluationReports(), this::evaluationReport);
      children(
          r.evaluationReports(),
          EVALUATION_REPORT,
          EVALUATION_REPORT.ID,
          EVALUATION_REPORT.RECORD_ID,
          EVALUATION_REPORT.ORGANIZATION_ID,
          EVALUATION_REPORT.FISCAL_YEAR,
          EvaluationReport::id,
          (id, report) -> recommendations(id, report.recommendations()));
      batch(r.monitoringNotes(), n -> MonitoringNoteRows.row(organizationId, year, n));
      children(
          r.monitoringNotes(),
          MONITORING_NOTE,
          MONITORING_NOTE.ID,
          MONITORING_NOTE.RECORD_ID,
          MONITORING_NOTE.ORGANIZATION_ID,
          MONITORING_NOTE.FISCAL_YEAR,
          MonitoringNote::id,
          (id, note) -> MonitoringNoteRows.items(organizationId, id, note));
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

    private DSLContext tx() {
      if (tx == null) {
        throw new IllegalStateException("a writer made for building rows does not write");
      }
      return tx;
    }

    private <T> void batch(List<T> records, Function<T, TableRecord<?>> row) {
      if (!records.isEmpty()) {
        tx().batchInsert(records.stream().map(row).toList()).execute();
      }
    }

    /**
     * Inserts the child rows of records just inserted, which need their parents' row ids: one query
     * gets the ids of the year's rows by record id, then one batch inserts every child.
     */
    private <T, R extends TableRecord<R>> void children(
        List<T> records,
        Table<R> table,
        Field<Long> id,
        Field<String> recordId,
        Field<Long> organization,
        Field<Integer> fiscalYear,
        Function<T, String> idOf,
        ChildRows<T> childRows) {
      if (records.isEmpty()) {
        return;
      }
      Map<String, Long> ids = new HashMap<>();
      tx().select(recordId, id)
          .from(table)
          .where(organization.eq(organizationId))
          .and(fiscalYear.eq(year))
          .forEach(r -> ids.put(r.value1(), r.value2()));
      List<TableRecord<?>> rows = new ArrayList<>();
      for (T record : records) {
        Long parent = ids.get(idOf.apply(record));
        if (parent == null) {
          throw new IllegalStateException("record " + idOf.apply(record) + " was not inserted");
        }
        rows.addAll(childRows.rows(parent, record));
      }
      if (!rows.isEmpty()) {
        tx().batchInsert(rows).execute();
      }
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

  /** The child rows of one record whose row has the id. */
  @FunctionalInterface
  private interface ChildRows<T> {
    List<TableRecord<?>> rows(long parentId, T record);
  }

  // ---- reading ----

  /** The records of the organization's year, equal to the records that were inserted. */
  static YearRecords read(
      DSLContext tx, long organizationId, OrganizationCode code, FiscalYear fiscalYear) {
    return new Reader(tx, organizationId, fiscalYear.buddhistYear()).read(code, fiscalYear);
  }

  private static final class Reader {
    private final DSLContext tx;
    private final long organizationId;
    private final int year;

    Reader(DSLContext tx, long organizationId, int year) {
      this.tx = tx;
      this.organizationId = organizationId;
      this.year = year;
    }

    YearRecords read(OrganizationCode code, FiscalYear fiscalYear) {
      return YearRecords.builder()
          .organization(code)
          .fiscalYear(fiscalYear)
          .staff(
              tx.selectFrom(STAFF_MEMBER)
                  .where(mine(STAFF_MEMBER.ORGANIZATION_ID, STAFF_MEMBER.FISCAL_YEAR))
                  .orderBy(STAFF_MEMBER.ID)
                  .fetch(Reader::staff))
          .trainings(
              tx.selectFrom(TRAINING)
                  .where(mine(TRAINING.ORGANIZATION_ID, TRAINING.FISCAL_YEAR))
                  .orderBy(TRAINING.ID)
                  .fetch(Reader::training))
          .trainingReports(trainingReports())
          .supervisorRatings(
              tx.selectFrom(SUPERVISOR_RATING)
                  .where(mine(SUPERVISOR_RATING.ORGANIZATION_ID, SUPERVISOR_RATING.FISCAL_YEAR))
                  .orderBy(SUPERVISOR_RATING.ID)
                  .fetch(Reader::supervisorRating))
          .knowledgeAssets(knowledgeAssets())
          .meetings(meetings())
          .acknowledgements(
              tx.selectFrom(ACKNOWLEDGEMENT)
                  .where(mine(ACKNOWLEDGEMENT.ORGANIZATION_ID, ACKNOWLEDGEMENT.FISCAL_YEAR))
                  .orderBy(ACKNOWLEDGEMENT.ID)
                  .fetch(Reader::acknowledgement))
          .accessEvents(
              tx.selectFrom(ACCESS_EVENT)
                  .where(mine(ACCESS_EVENT.ORGANIZATION_ID, ACCESS_EVENT.FISCAL_YEAR))
                  .orderBy(ACCESS_EVENT.ID)
                  .fetch(Reader::accessEvent))
          .recognitions(
              tx.selectFrom(RECOGNITION)
                  .where(mine(RECOGNITION.ORGANIZATION_ID, RECOGNITION.FISCAL_YEAR))
                  .orderBy(RECOGNITION.ID)
                  .fetch(Reader::recognition))
          .progressUpdates(
              tx.selectFrom(PROGRESS_UPDATE)
                  .where(mine(PROGRESS_UPDATE.ORGANIZATION_ID, PROGRESS_UPDATE.FISCAL_YEAR))
                  .orderBy(PROGRESS_UPDATE.ID)
                  .fetch(Reader::progressUpdate))
          .evaluationReports(evaluationReports())
          .monitoringNotes(MonitoringNoteRows.read(tx, organizationId, year))
          .build();
    }

    private Condition mine(Field<Long> organization, Field<Integer> fiscalYear) {
      return organization.eq(organizationId).and(fiscalYear.eq(year));
    }

    private List<TrainingReport> trainingReports() {
      Map<Long, List<SignOff>> signOffs = new HashMap<>();
      tx.select(TRAINING_SIGN_OFF.fields())
          .from(TRAINING_SIGN_OFF)
          .join(TRAINING_REPORT)
          .on(TRAINING_REPORT.ID.eq(TRAINING_SIGN_OFF.TRAINING_REPORT_ID))
          .where(mine(TRAINING_REPORT.ORGANIZATION_ID, TRAINING_REPORT.FISCAL_YEAR))
          .and(TRAINING_SIGN_OFF.ORGANIZATION_ID.eq(organizationId))
          .orderBy(TRAINING_SIGN_OFF.TRAINING_REPORT_ID, TRAINING_SIGN_OFF.ORDINAL)
          .fetchInto(TRAINING_SIGN_OFF)
          .forEach(
              s ->
                  signOffs
                      .computeIfAbsent(s.getTrainingReportId(), k -> new ArrayList<>())
                      .add(new SignOff(s.getPositionTitle(), s.getSignedOn(), s.getIsHead())));
      return tx.selectFrom(TRAINING_REPORT)
          .where(mine(TRAINING_REPORT.ORGANIZATION_ID, TRAINING_REPORT.FISCAL_YEAR))
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
          .where(mine(KNOWLEDGE_ASSET.ORGANIZATION_ID, KNOWLEDGE_ASSET.FISCAL_YEAR))
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
          .where(mine(KNOWLEDGE_ASSET.ORGANIZATION_ID, KNOWLEDGE_ASSET.FISCAL_YEAR))
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
          .where(mine(KNOWLEDGE_ASSET.ORGANIZATION_ID, KNOWLEDGE_ASSET.FISCAL_YEAR))
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
          .where(mine(MEETING.ORGANIZATION_ID, MEETING.FISCAL_YEAR))
          .and(MEETING_ATTENDEE.ORGANIZATION_ID.eq(organizationId))
          .orderBy(MEETING_ATTENDEE.MEETING_ID, MEETING_ATTENDEE.ORDINAL)
          .fetchInto(MEETING_ATTENDEE)
          .forEach(
              a ->
                  attendees
                      .computeIfAbsent(a.getMeetingId(), k -> new ArrayList<>())
                      .add(a.getPersonId()));
      return tx.selectFrom(MEETING)
          .where(mine(MEETING.ORGANIZATION_ID, MEETING.FISCAL_YEAR))
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
          .where(mine(EVALUATION_REPORT.ORGANIZATION_ID, EVALUATION_REPORT.FISCAL_YEAR))
          .and(EVALUATION_RECOMMENDATION.ORGANIZATION_ID.eq(organizationId))
          .orderBy(EVALUATION_RECOMMENDATION.EVALUATION_REPORT_ID, EVALUATION_RECOMMENDATION.ORDINAL)
          .fetchInto(EVALUATION_RECOMMENDATION)
          .forEach(
              r ->
                  recommendations
                      .computeIfAbsent(r.getEvaluationReportId(), k -> new ArrayList<>())
                      .add(r.getText()));
      return tx.selectFrom(EVALUATION_REPORT)
          .where(mine(EVALUATION_REPORT.ORGANIZATION_ID, EVALUATION_REPORT.FISCAL_YEAR))
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

  // ---- counting and grouping in SQL ----

  /** One record table: the kind its rows hold, and its organization and fiscal-year columns. */
  private record KindTable(
      RecordKind kind, Table<?> table, Field<Long> organization, Field<Integer> fiscalYear) {}

  private static final List<KindTable> KIND_TABLES =
      List.of(
          new KindTable(
              RecordKind.STAFF, STAFF_MEMBER, STAFF_MEMBER.ORGANIZATION_ID, STAFF_MEMBER.FISCAL_YEAR),
          new KindTable(
              RecordKind.TRAINING, TRAINING, TRAINING.ORGANIZATION_ID, TRAINING.FISCAL_YEAR),
          new KindTable(
              RecordKind.TRAINING_REPORT,
              TRAINING_REPORT,
              TRAINING_REPORT.ORGANIZATION_ID,
              TRAINING_REPORT.FISCAL_YEAR),
          new KindTable(
              RecordKind.SUPERVISOR_RATING,
              SUPERVISOR_RATING,
              SUPERVISOR_RATING.ORGANIZATION_ID,
              SUPERVISOR_RATING.FISCAL_YEAR),
          new KindTable(
              RecordKind.KNOWLEDGE_ASSET,
              KNOWLEDGE_ASSET,
              KNOWLEDGE_ASSET.ORGANIZATION_ID,
              KNOWLEDGE_ASSET.FISCAL_YEAR),
          new KindTable(RecordKind.MEETING, MEETING, MEETING.ORGANIZATION_ID, MEETING.FISCAL_YEAR),
          new KindTable(
              RecordKind.ACKNOWLEDGEMENT,
              ACKNOWLEDGEMENT,
              ACKNOWLEDGEMENT.ORGANIZATION_ID,
              ACKNOWLEDGEMENT.FISCAL_YEAR),
          new KindTable(
              RecordKind.ACCESS_EVENT,
              ACCESS_EVENT,
              ACCESS_EVENT.ORGANIZATION_ID,
              ACCESS_EVENT.FISCAL_YEAR),
          new KindTable(
              RecordKind.RECOGNITION, RECOGNITION, RECOGNITION.ORGANIZATION_ID, RECOGNITION.FISCAL_YEAR),
          new KindTable(
              RecordKind.PROGRESS_UPDATE,
              PROGRESS_UPDATE,
              PROGRESS_UPDATE.ORGANIZATION_ID,
              PROGRESS_UPDATE.FISCAL_YEAR),
          new KindTable(
              RecordKind.EVALUATION_REPORT,
              EVALUATION_REPORT,
              EVALUATION_REPORT.ORGANIZATION_ID,
              EVALUATION_REPORT.FISCAL_YEAR),
          new KindTable(
              RecordKind.MONITORING_NOTE,
              MONITORING_NOTE,
              MONITORING_NOTE.ORGANIZATION_ID,
              MONITORING_NOTE.FISCAL_YEAR));

  /** The number of records of each kind in the organization's year, counted by the database. */
  static Map<RecordKind, Integer> counts(DSLContext tx, long organizationId, FiscalYear fiscalYear) {
    Select<Record2<String, Integer>> union =
        KIND_TABLES.stream()
            .<Select<Record2<String, Integer>>>map(
                t ->
                    tx.select(DSL.inline(t.kind().name()), DSL.count())
                        .from(t.table())
                        .where(t.organization().eq(organizationId))
                        .and(t.fiscalYear().eq(fiscalYear.buddhistYear())))
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
                        .where(t.fiscalYear().eq(fiscalYear.buddhistYear())))
            .reduce(Select::union)
            .orElseThrow();
    return tx.select(ORGANIZATION.CODE)
        .from(ORGANIZATION)
        .where(ORGANIZATION.ID.in(ids))
        .orderBy(ORGANIZATION.CODE)
        .fetch(r -> OrganizationCode.of(r.value1()));
  }
}
