package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.MONITORING_NOTE;
import static th.km.persistence.jooq.Tables.MONITORING_NOTE_ITEM;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ReportRound;
import th.km.persistence.jooq.tables.records.MonitoringNoteItemRecord;
import th.km.persistence.jooq.tables.records.MonitoringNoteRecord;

/**
 * The rows of the M&amp;E committee's notes (V30: {@code monitoring_note} and its items) and the
 * notes they hold, both ways; {@link RecordRows} calls here for this kind.
 */
final class MonitoringNoteRows {

  static final String PROBLEM = "PROBLEM";
  private static final String RECOMMENDATION = "RECOMMENDATION";

  private MonitoringNoteRows() {}

  static MonitoringNoteRecord row(long organizationId, int year, MonitoringNote n) {
    return new MonitoringNoteRecord()
        .setOrganizationId(organizationId)
        .setFiscalYear(year)
        .setRecordId(n.id())
        .setRoundKind(n.round().kind().name())
        .setRoundNumber(n.round().number())
        .setNotedOn(n.date())
        .setGoalNumber(n.goal().isPresent() ? n.goal().getAsInt() : null)
        .setActivityNumber(n.activity().isPresent() ? n.activity().getAsInt() : null)
        .setEnteredBy(n.enteredBy());
  }

  static List<TableRecord<?>> items(long organizationId, long rowId, MonitoringNote n) {
    List<TableRecord<?>> rows = new ArrayList<>();
    add(rows, organizationId, rowId, PROBLEM, n.problems());
    add(rows, organizationId, rowId, RECOMMENDATION, n.recommendations());
    return rows;
  }

  private static void add(
      List<TableRecord<?>> rows, long organizationId, long rowId, String kind, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      rows.add(
          new MonitoringNoteItemRecord()
              .setMonitoringNoteId(rowId)
              .setOrganizationId(organizationId)
              .setItemKind(kind)
              .setOrdinal(i)
              .setText(texts.get(i)));
    }
  }

  /** The organization's notes of the year, in the order their rows were inserted. */
  static List<MonitoringNote> read(
      DSLContext tx, long organizationId, int year, RecordReads.Which which) {
    // The notes first, then their items: a note and its items are written in one transaction, so
    // every note read here has its items committed by the time they are read. The other way round,
    // a note written between the two reads came without items (50 parallel writers showed it).
    var notes =
        tx.selectFrom(MONITORING_NOTE)
            .where(MONITORING_NOTE.ORGANIZATION_ID.eq(organizationId))
            .and(MONITORING_NOTE.FISCAL_YEAR.eq(year))
            .and(which.on(MONITORING_NOTE.DELETED_AT))
            .orderBy(MONITORING_NOTE.ID)
            .fetch();
    Map<Long, List<String>> problems = new HashMap<>();
    Map<Long, List<String>> recommendations = new HashMap<>();
    tx.select(MONITORING_NOTE_ITEM.fields())
        .from(MONITORING_NOTE_ITEM)
        .join(MONITORING_NOTE)
        .on(MONITORING_NOTE.ID.eq(MONITORING_NOTE_ITEM.MONITORING_NOTE_ID))
        .where(MONITORING_NOTE.ORGANIZATION_ID.eq(organizationId))
        .and(MONITORING_NOTE.FISCAL_YEAR.eq(year))
        .and(which.on(MONITORING_NOTE.DELETED_AT))
        .and(MONITORING_NOTE_ITEM.ORGANIZATION_ID.eq(organizationId))
        .orderBy(
            MONITORING_NOTE_ITEM.MONITORING_NOTE_ID,
            MONITORING_NOTE_ITEM.ITEM_KIND,
            MONITORING_NOTE_ITEM.ORDINAL)
        .fetchInto(MONITORING_NOTE_ITEM)
        .forEach(
            i ->
                (PROBLEM.equals(i.getItemKind()) ? problems : recommendations)
                    .computeIfAbsent(i.getMonitoringNoteId(), k -> new ArrayList<>())
                    .add(i.getText()));
    return notes.map(
            n ->
                new MonitoringNote(
                    n.getRecordId(),
                    new ReportRound(ReportRound.Kind.valueOf(n.getRoundKind()), n.getRoundNumber()),
                    n.getNotedOn(),
                    optional(n.getGoalNumber()),
                    optional(n.getActivityNumber()),
                    problems.getOrDefault(n.getId(), List.of()),
                    recommendations.getOrDefault(n.getId(), List.of()),
                    n.getEnteredBy()));
  }

  private static OptionalInt optional(@Nullable Integer n) {
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }
}
