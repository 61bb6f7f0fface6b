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
import java.util.OptionalInt;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ReportRound;

/**
 * The batch's read of an organization's live M&amp;E committee notes of the year: what {@link
 * MonitoringNoteRows#read} gives, through two statements prepared once for the whole batch rather
 * than jOOQ queries built and rendered for every organization (a tenth of the batch's reading).
 */
final class BatchNoteReads {

  private final PreparedStatement notes;
  private final PreparedStatement items;

  /** Prepares the statements on the connection, which its owner closes. */
  BatchNoteReads(Connection connection) throws SQLException {
    notes = connection.prepareStatement(
        "SELECT id, record_id, round_kind, round_number, noted_on, goal_number, activity_number,"
            + " entered_by FROM monitoring_note"
            + " WHERE organization_id = ? AND fiscal_year = ? AND deleted_at IS NULL ORDER BY id");
    items = connection.prepareStatement(
        "SELECT i.monitoring_note_id, i.item_kind, i.text FROM monitoring_note_item i"
            + " JOIN monitoring_note n ON n.id = i.monitoring_note_id"
            + " WHERE n.organization_id = ? AND n.fiscal_year = ? AND n.deleted_at IS NULL"
            + " AND i.organization_id = ?"
            + " ORDER BY i.monitoring_note_id, i.item_kind, i.ordinal");
  }

  /** The organization's live notes of the year, in the order their rows were inserted. */
  List<MonitoringNote> read(long organization, int year) throws SQLException {
    // The notes first, then their items, as MonitoringNoteRows reads them (and for its reason).
    record Row(long id, String recordId, ReportRound round, LocalDate date, OptionalInt goal,
        OptionalInt activity, String enteredBy) {}
    List<Row> rows = new ArrayList<>();
    notes.setLong(1, organization);
    notes.setInt(2, year);
    try (ResultSet r = notes.executeQuery()) {
      while (r.next()) {
        rows.add(new Row(r.getLong(1), r.getString(2),
            new ReportRound(ReportRound.Kind.valueOf(r.getString(3)), r.getInt(4)),
            r.getObject(5, LocalDate.class), optional(r, 6), optional(r, 7), r.getString(8)));
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> problems = new HashMap<>();
    Map<Long, List<String>> recommendations = new HashMap<>();
    items.setLong(1, organization);
    items.setInt(2, year);
    items.setLong(3, organization);
    try (ResultSet r = items.executeQuery()) {
      while (r.next()) {
        (MonitoringNoteRows.PROBLEM.equals(r.getString(2)) ? problems : recommendations)
            .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
            .add(r.getString(3));
      }
    }
    List<MonitoringNote> out = new ArrayList<>(rows.size());
    for (Row n : rows) {
      out.add(new MonitoringNote(n.recordId(), n.round(), n.date(), n.goal(), n.activity(),
          problems.getOrDefault(n.id(), List.of()),
          recommendations.getOrDefault(n.id(), List.of()), n.enteredBy()));
    }
    return out;
  }

  private static OptionalInt optional(ResultSet r, int column) throws SQLException {
    Integer n = r.getObject(column, Integer.class);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }
}
