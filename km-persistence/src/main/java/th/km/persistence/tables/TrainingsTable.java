package th.km.persistence.tables;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import th.km.core.calendar.DueDate;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.training.ReportStatus;
import th.km.core.training.TrainingDeadlines;
import th.km.core.training.TrainingRow;

/**
 * The trainings table: the rows of the trainings page, from the same {@link TrainingDeadlines} (the
 * trainings begun by the day, each with its report's due day, where the report stands and its
 * sign-offs made by the day; the overdue first, then by due day), one cell per column.
 */
final class TrainingsTable {

  static final List<Column> COLUMNS =
      List.of(
          new Column("รหัสบันทึก", "Record id", 16),
          new Column("หลักสูตร", "Training", 40),
          new Column("ประเภท", "Kind", 14),
          new Column("ลักษณะ", "Setting", 14),
          new Column("ผู้เข้ารับการอบรม", "Person", 24),
          new Column("ตำแหน่ง", "Position", 24),
          new Column("วันเริ่ม", "Start", 16),
          new Column("วันสิ้นสุด", "End", 16),
          new Column("วันกลับมาปฏิบัติงาน", "Returned", 16),
          new Column("ครบกำหนดส่งรายงาน", "Report due", 16),
          new Column("เหตุที่เลื่อนกำหนด", "Why the due day moved", 36),
          new Column("สถานะรายงาน", "Report status", 20),
          new Column("เลยกำหนด (วัน)", "Days overdue", 10),
          new Column("วันที่ส่งรายงาน", "Submitted on", 16),
          new Column("การลงนาม", "Sign-offs", 40),
          new Column("ถึงผู้บริหารสูงสุดเมื่อ", "Reached the head on", 16));

  private TrainingsTable() {}

  static Table of(YearInput year) {
    List<List<Cell>> rows =
        TrainingDeadlines.asOf(year.plan(), year.records(), year.asOf(), year.holidays()).stream()
            .map(TrainingsTable::cells)
            .toList();
    return new Table(TableName.TRAININGS, COLUMNS, rows);
  }

  private static List<Cell> cells(TrainingRow row) {
    Training t = row.training();
    Optional<DueDate> due = row.due();
    List<SignOff> signOffs = row.signOffs();
    return List.of(
        Cell.text(t.id()),
        Cell.text(t.title()),
        Cell.text(t.trainingKind().thaiName(), t.trainingKind().englishName()),
        Cell.text(t.setting().thaiName(), t.setting().englishName()),
        Cell.text(row.person().map(StaffMember::name).orElse(t.personId())),
        Cell.text(row.person().flatMap(StaffMember::position).orElse("")),
        Cell.date(t.start()),
        Cell.date(t.end()),
        Cell.date(t.returned()),
        Cell.date(due.map(DueDate::due)),
        due.filter(DueDate::isShifted)
            .map(d -> Cell.text(d.reasonTh(), d.reasonEn()))
            .orElse(Cell.blank()),
        Cell.text(row.status().thaiName(), row.status().englishName()),
        row.status() == ReportStatus.OVERDUE ? Cell.number(row.daysOverdue()) : Cell.blank(),
        Cell.date(row.report().map(TrainingReport::submittedOn)),
        Cell.text(
            signOffs.stream()
                .map(s -> s.position() + " " + TableDates.words(s.signedOn()).th())
                .collect(Collectors.joining("\n")),
            signOffs.stream()
                .map(s -> s.position() + " " + TableDates.words(s.signedOn()).en())
                .collect(Collectors.joining("\n"))),
        Cell.date(row.headSignedOn()));
  }
}
