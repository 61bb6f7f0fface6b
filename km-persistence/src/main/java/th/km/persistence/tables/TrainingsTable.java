package th.km.persistence.tables;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import th.km.core.calendar.DueDate;
import th.km.core.calendar.DueDates;
import th.km.core.plan.MonitoringRule;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;

/**
 * The trainings table, as the trainings page lists them: the trainings begun by the day, each with
 * its report's due day (counted by the plan's rule and the holidays), where the report stands, and
 * its sign-offs made by the day; the overdue first, then by due day. Reports and signatures dated
 * after the day are not seen, as the evaluation does not see them.
 */
final class TrainingsTable {

  /** Where a training's report stands on the day, the most urgent first, named as the page names it. */
  enum ReportState {
    OVERDUE("เลยกำหนดส่ง", "Overdue"),
    DUE("รอส่ง (ยังไม่ถึงกำหนด)", "Due"),
    SUBMITTED_LATE("ส่งล่าช้า", "Submitted late"),
    SUBMITTED_ON_TIME("ส่งตามกำหนด", "Submitted on time"),
    NOT_REQUIRED("ไม่ต้องรายงาน", "No report required");

    final String thaiName;
    final String englishName;

    ReportState(String thaiName, String englishName) {
      this.thaiName = thaiName;
      this.englishName = englishName;
    }
  }

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

  private record Row(Training training, Optional<DueDate> due, ReportState state, List<Cell> cells) {}

  private static final Comparator<Row> ORDER =
      Comparator.comparing(Row::state)
          .thenComparing(r -> r.due().map(DueDate::due).orElse(LocalDate.MAX))
          .thenComparing(r -> r.training().start())
          .thenComparing(r -> r.training().id());

  private TrainingsTable() {}

  static Table of(YearInput year) {
    Optional<MonitoringRule.TrainingReport> rule =
        year.plan().monitoringRules().stream()
            .filter(MonitoringRule.TrainingReport.class::isInstance)
            .map(MonitoringRule.TrainingReport.class::cast)
            .findFirst();
    List<Row> rows = new ArrayList<>();
    for (Training t : year.records().trainings()) {
      if (!t.start().isAfter(year.asOf())) {
        rows.add(row(t, rule, year));
      }
    }
    rows.sort(ORDER);
    return new Table(TableName.TRAININGS, COLUMNS, rows.stream().map(Row::cells).toList());
  }

  private static Row row(Training t, Optional<MonitoringRule.TrainingReport> rule, YearInput year) {
    LocalDate asOf = year.asOf();
    YearRecords records = year.records();
    Optional<TrainingReport> report =
        records.reportsOf(t.id()).stream()
            .filter(r -> !r.submittedOn().isAfter(asOf))
            .min(Comparator.comparing(TrainingReport::submittedOn).thenComparing(TrainingReport::id));
    List<SignOff> signOffs =
        report.map(r -> r.signOffs().stream().filter(s -> !s.signedOn().isAfter(asOf)).toList())
            .orElse(List.of());
    boolean required =
        rule.isPresent() && (!rule.get().externalOnly() || t.setting() == TrainingSetting.EXTERNAL);
    Optional<DueDate> due =
        required
            ? Optional.of(DueDates.reportDue(t.returned(), rule.get().days(), year.holidays()))
            : Optional.empty();
    ReportState state;
    long daysOverdue = 0;
    if (due.isEmpty()) {
      state = ReportState.NOT_REQUIRED;
    } else if (report.isPresent()) {
      state =
          due.get().isMetBy(report.get().submittedOn())
              ? ReportState.SUBMITTED_ON_TIME
              : ReportState.SUBMITTED_LATE;
    } else if (asOf.isAfter(due.get().due())) {
      state = ReportState.OVERDUE;
      daysOverdue = ChronoUnit.DAYS.between(due.get().due(), asOf);
    } else {
      state = ReportState.DUE;
    }
    Optional<StaffMember> person = records.staffMember(t.personId());
    List<Cell> cells =
        List.of(
            Cell.text(t.id()),
            Cell.text(t.title()),
            Cell.text(t.trainingKind().thaiName(), t.trainingKind().englishName()),
            Cell.text(t.setting().thaiName(), t.setting().englishName()),
            Cell.text(person.map(StaffMember::name).orElse(t.personId())),
            Cell.text(person.flatMap(StaffMember::position).orElse("")),
            Cell.date(t.start()),
            Cell.date(t.end()),
            Cell.date(t.returned()),
            Cell.date(due.map(DueDate::due)),
            due.filter(DueDate::isShifted)
                .map(d -> Cell.text(d.reasonTh(), d.reasonEn()))
                .orElse(Cell.blank()),
            Cell.text(state.thaiName, state.englishName),
            state == ReportState.OVERDUE ? Cell.number(daysOverdue) : Cell.blank(),
            Cell.date(report.map(TrainingReport::submittedOn)),
            Cell.text(
                signOffs.stream()
                    .map(s -> s.position() + " " + TableDates.words(s.signedOn()).th())
                    .collect(Collectors.joining("\n")),
                signOffs.stream()
                    .map(s -> s.position() + " " + TableDates.words(s.signedOn()).en())
                    .collect(Collectors.joining("\n"))),
            Cell.date(signOffs.stream().filter(SignOff::head).map(SignOff::signedOn).findFirst()));
    return new Row(t, due, state, cells);
  }
}
