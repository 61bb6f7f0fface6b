package th.km.persistence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.jooq.DSLContext;
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
import th.km.persistence.PersistenceException;

/**
 * The batch's read of an organization's live records of the year ({@code km evaluate --all}): the
 * same records as {@link RecordReads#read}, read on one connection through statements prepared
 * once for the whole batch, each row's columns taken by index straight into the records of
 * km-core, without jOOQ's records in between. Only the columns the records hold are selected.
 * The rows of a record table come in the order of the index they are found by and are put back in
 * row-id order here ({@link RowOrder}). Monitoring notes are read by {@link BatchNoteReads}.
 */
final class BatchRecordReads implements AutoCloseable {

  /** Rows fetched per round trip where the driver streams (PostgreSQL in a transaction). */
  private static final int FETCH_SIZE = 2_000;

  /** The live rows of the year; not sorted, see {@link RowOrder}. */
  private static final String LIVE =
      " WHERE organization_id = ? AND fiscal_year = ? AND deleted_at IS NULL";

  private final Connection connection;
  private final BatchNoteReads notes;
  private final PreparedStatement organization;
  private final PreparedStatement staff;
  private final PreparedStatement trainings;
  private final PreparedStatement reports;
  private final PreparedStatement signOffs;
  private final PreparedStatement ratings;
  private final PreparedStatement assets;
  private final PreparedStatement authors;
  private final PreparedStatement publications;
  private final PreparedStatement meetings;
  private final PreparedStatement attendees;
  private final PreparedStatement acknowledgements;
  private final PreparedStatement accessEvents;
  private final PreparedStatement recognitions;
  private final PreparedStatement progress;
  private final PreparedStatement evaluationReports;
  private final PreparedStatement recommendations;
  /** jOOQ on the same connection, for the year snapshots. */
  private final DSLContext dsl;
  private @Nullable RecordYearSnapshots snapshots;

  /**
   * Prepares the statements on the connection, which the reader then owns and closes; {@code dsl} is
   * jOOQ on the same connection.
   */
  BatchRecordReads(Connection connection, DSLContext dsl) throws SQLException {
    this.connection = connection;
    this.dsl = dsl;
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    this.notes = new BatchNoteReads(connection);
    organization = connection.prepareStatement("SELECT id FROM organization WHERE code = ?");
    staff = parents("staff_member", "name, category, division_code, position_title, birth_date,"
        + " retirement_date, active_from, active_until");
    trainings = parents("training",
        "person_id, title, training_kind, setting, start_on, end_on, returned_on");
    reports = parents("training_report", "training_id, submitted_on, place, learned, planned_use");
    signOffs = children("training_sign_off", "training_report_id", "training_report",
        "position_title, signed_on, is_head");
    ratings = parents("supervisor_rating", "training_id, score_before, score_after, rated_on");
    assets = parents("knowledge_asset",
        "title, asset_kind, with_flowchart, division_code, created_on, reviewed_on");
    authors = children("knowledge_asset_author", "knowledge_asset_id", "knowledge_asset",
        "person_id");
    publications = children("knowledge_asset_publication", "knowledge_asset_id",
        "knowledge_asset", "channel, published_on");
    meetings = parents("meeting", "meeting_kind, title, held_on, division_code, other_attendees");
    attendees = children("meeting_attendee", "meeting_id", "meeting", "person_id");
    acknowledgements = parents("acknowledgement", "person_id, topic, acknowledged_on");
    accessEvents = parents("access_event", "asset_id, channel, accessed_on, hits");
    recognitions = parents("recognition", "person_id, recognition_kind, recognized_on");
    progress = parents("progress_update",
        "goal_number, activity_number, reported_on, progress_percent, narrative");
    evaluationReports = parents("evaluation_report", "submitted_on, recipient");
    recommendations = children("evaluation_recommendation", "evaluation_report_id",
        "evaluation_report", "text");
  }

  /** A reader on a new connection of the data source; {@code dsl} gives jOOQ's settings. */
  static BatchRecordReads open(DataSource dataSource, DSLContext dsl) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        return new BatchRecordReads(
            connection, DSL.using(connection, dsl.dialect(), dsl.settings()));
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * The live records of the organization's year, equal to what {@link RecordReads#read} gives; none
   * when the organization is not registered. One transaction, as the one-organization read.
   */
  YearRecords read(OrganizationCode code, FiscalYear fiscalYear) throws SQLException {
    try {
      YearRecords.Builder records = YearRecords.builder().organization(code).fiscalYear(fiscalYear);
      OptionalLong id = organizationId(code);
      if (id.isPresent()) {
        read(new Year(id.getAsLong(), fiscalYear.buddhistYear()), records);
      }
      return records.build();
    } finally {
      connection.commit();
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close();
    }
  }

  /** The organization's row id and the year, the parameters of every query. */
  private record Year(long organization, int year) {}

  private OptionalLong organizationId(OrganizationCode code) throws SQLException {
    organization.setString(1, code.value());
    try (ResultSet r = organization.executeQuery()) {
      return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
    }
  }

  private void read(Year y, YearRecords.Builder records) throws SQLException {
    records.addAllStaff(rows(staff, y, r -> StaffMember.builder()
        .id(r.getString(2))
        .name(r.getString(3))
        .category(StaffCategory.valueOf(r.getString(4)))
        .division(division(r.getString(5)))
        .position(Optional.ofNullable(r.getString(6)))
        .birthDate(maybeDate(r, 7))
        .retirementDate(maybeDate(r, 8))
        .activeFrom(maybeDate(r, 9))
        .activeUntil(maybeDate(r, 10))
        .build()));
    records.addAllTrainings(rows(trainings, y, r -> new Training(r.getString(2), r.getString(3),
        r.getString(4), TrainingKind.valueOf(r.getString(5)),
        TrainingSetting.valueOf(r.getString(6)), date(r, 7), date(r, 8), date(r, 9))));
    Map<Long, List<SignOff>> signed = new HashMap<>();
    try (ResultSet r = runChildren(signOffs, y)) {
      while (r.next()) {
        child(signed, r).add(new SignOff(r.getString(2), date(r, 3), r.getBoolean(4)));
      }
    }
    records.addAllTrainingReports(rows(reports, y, r -> TrainingReport.builder()
        .id(r.getString(2))
        .trainingId(r.getString(3))
        .submittedOn(date(r, 4))
        .signOffs(signed.getOrDefault(r.getLong(1), List.of()))
        .place(Optional.ofNullable(r.getString(5)))
        .learned(Optional.ofNullable(r.getString(6)))
        .plannedUse(Optional.ofNullable(r.getString(7)))
        .build()));
    records.addAllSupervisorRatings(rows(ratings, y, r -> new SupervisorRating(
        r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), date(r, 6))));
    assets(y, records);
    meetings(y, records);
    records.addAllAcknowledgements(rows(acknowledgements, y, r -> new Acknowledgement(
        r.getString(2), r.getString(3), AcknowledgementTopic.valueOf(r.getString(4)), date(r, 5))));
    records.addAllAccessEvents(rows(accessEvents, y, r -> new AccessEvent(r.getString(2),
        r.getString(3), PublicationChannel.valueOf(r.getString(4)), date(r, 5), r.getLong(6))));
    records.addAllRecognitions(rows(recognitions, y, r -> new Recognition(r.getString(2),
        r.getString(3), RecognitionKind.valueOf(r.getString(4)), date(r, 5))));
    records.addAllProgressUpdates(rows(progress, y, r -> new ProgressUpdate(r.getString(2),
        new ActivityRef(r.getInt(3), r.getInt(4)), date(r, 5), r.getInt(6), r.getString(7))));
    evaluationReports(y, records);
    records.monitoringNotes(notes.read(y.organization(), y.year()));
  }

  private void assets(Year y, YearRecords.Builder records) throws SQLException {
    Map<Long, List<String>> by = new HashMap<>();
    try (ResultSet r = runChildren(authors, y)) {
      while (r.next()) {
        child(by, r).add(r.getString(2));
      }
    }
    Map<Long, List<Publication>> published = new HashMap<>();
    try (ResultSet r = runChildren(publications, y)) {
      while (r.next()) {
        child(published, r).add(
            new Publication(PublicationChannel.valueOf(r.getString(2)), date(r, 3)));
      }
    }
    records.addAllKnowledgeAssets(rows(assets, y, r -> KnowledgeAsset.builder()
        .id(r.getString(2))
        .title(r.getString(3))
        .assetKind(AssetKind.valueOf(r.getString(4)))
        .withFlowchart(r.getBoolean(5))
        .division(division(r.getString(6)))
        .authorIds(by.getOrDefault(r.getLong(1), List.of()))
        .createdOn(date(r, 7))
        .reviewedOn(maybeDate(r, 8))
        .publications(published.getOrDefault(r.getLong(1), List.of()))
        .build()));
  }

  private void meetings(Year y, YearRecords.Builder records) throws SQLException {
    Map<Long, List<String>> attended = new HashMap<>();
    try (ResultSet r = runChildren(attendees, y)) {
      while (r.next()) {
        child(attended, r).add(r.getString(2));
      }
    }
    records.addAllMeetings(rows(meetings, y, r -> Meeting.builder()
        .id(r.getString(2))
        .meetingKind(MeetingKind.valueOf(r.getString(3)))
        .title(r.getString(4))
        .date(date(r, 5))
        .division(division(r.getString(6)))
        .attendeeIds(attended.getOrDefault(r.getLong(1), List.of()))
        .otherAttendees(r.getInt(7))
        .build()));
  }

  private void evaluationReports(Year y, YearRecords.Builder records) throws SQLException {
    Map<Long, List<String>> recommended = new HashMap<>();
    try (ResultSet r = runChildren(recommendations, y)) {
      while (r.next()) {
        child(recommended, r).add(r.getString(2));
      }
    }
    records.addAllEvaluationReports(rows(evaluationReports, y, r -> EvaluationReport.builder()
        .id(r.getString(2))
        .submittedOn(date(r, 3))
        .recipient(r.getString(4))
        .recommendations(recommended.getOrDefault(r.getLong(1), List.of()))
        .build()));
  }

  /** The live rows of a record table: row id, record id, then {@code columns}, in no order. */
  private PreparedStatement parents(String table, String columns) throws SQLException {
    return prepare("SELECT id, record_id, " + columns + " FROM " + table + LIVE);
  }

  /**
   * The rows of a child table whose parent row is live: the parent's row id, then {@code columns},
   * by parent row and ordinal.
   */
  private PreparedStatement children(String table, String parentColumn, String parent,
      String columns) throws SQLException {
    return prepare("SELECT c." + parentColumn + ", " + qualified(columns) + " FROM " + table
        + " c JOIN " + parent + " p ON p.id = c." + parentColumn
        + " WHERE p.organization_id = ? AND p.fiscal_year = ? AND p.deleted_at IS NULL"
        + " AND c.organization_id = ? ORDER BY c." + parentColumn + ", c.ordinal");
  }

  private static String qualified(String columns) {
    return "c." + String.join(", c.", columns.split(", "));
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement s = connection.prepareStatement(sql);
    s.setFetchSize(FETCH_SIZE);
    return s;
  }

  /** One row's record. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** The records of a {@link #parents} statement's rows, in row-id order. */
  private static <T> List<T> rows(PreparedStatement s, Year y, RowReader<T> reader)
      throws SQLException {
    RowOrder<T> rows = new RowOrder<>();
    try (ResultSet r = run(s, y)) {
      while (r.next()) {
        rows.add(r.getLong(1), reader.read(r));
      }
    }
    return rows.inOrder();
  }

  private static ResultSet run(PreparedStatement s, Year y) throws SQLException {
    s.setLong(1, y.organization());
    s.setInt(2, y.year());
    return s.executeQuery();
  }

  private static ResultSet runChildren(PreparedStatement s, Year y) throws SQLException {
    s.setLong(3, y.organization());
    return run(s, y);
  }

  private static <V> List<V> child(Map<Long, List<V>> byParent, ResultSet r) throws SQLException {
    return byParent.computeIfAbsent(r.getLong(1), p -> new ArrayList<>());
  }

  /** A date of a column that is NOT NULL. */
  private static LocalDate date(ResultSet r, int column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  private static Optional<LocalDate> maybeDate(ResultSet r, int column) throws SQLException {
    return Optional.ofNullable(r.getObject(column, LocalDate.class));
  }

  private static Optional<DivisionCode> division(@Nullable String code) {
    return Optional.ofNullable(code).map(DivisionCode::of);
  }

  /** What {@link #read} gives, from the year's snapshot when fresh ({@link RecordYearSnapshots}). */
  YearRecords readYear(OrganizationCode code, FiscalYear fiscalYear) throws SQLException {
    snapshots = snapshots != null ? snapshots : new RecordYearSnapshots(connection, dsl);
    return snapshots.read(this, code, fiscalYear);
  }

  /** The failure to tell when the records of the year could not be read. */
  static PersistenceException failed(SQLException e) {
    return new PersistenceException(
        "อ่านบันทึกผลการดำเนินงานในฐานข้อมูลไม่สำเร็จ / the records of the year could not be read"
            + " from the database: "
            + e.getMessage(),
        e);
  }
}
