package th.km.core.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.DueDate;
import th.km.core.calendar.DueDates;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.records.SignOff;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;

/**
 * The trainings of a year that began by a day, each with its report's due day and status, the
 * overdue first and then by due day: the secretary's list of whom to remind, which the trainings
 * page shows and the trainings table exports.
 *
 * <p>A report is due when the plan has a training-report rule (มาตรการติดตาม) that covers the
 * training (an external one, when the rule says so), the rule's days after the return counted by
 * {@link DueDates}. It is on time when submitted by its due day, late after it, overdue when not
 * submitted by a day after it, and due otherwise. Reports and signatures dated after the day are
 * not seen, as the evaluation does not see them; of several reports, the first submitted counts.
 */
public final class TrainingDeadlines {

  private static final Comparator<TrainingRow> ORDER =
      Comparator.comparing(TrainingRow::status)
          .thenComparing(r -> r.due().map(DueDate::due).orElse(LocalDate.MAX))
          .thenComparing(r -> r.training().start())
          .thenComparing(r -> r.training().id());

  private TrainingDeadlines() {}

  /** The rows as of the day, the most urgent first. */
  public static List<TrainingRow> asOf(
      KmPlan plan, YearRecords records, LocalDate asOf, HolidayCalendar holidays) {
    Optional<MonitoringRule.TrainingReport> rule =
        plan.monitoringRules().stream()
            .filter(MonitoringRule.TrainingReport.class::isInstance)
            .map(MonitoringRule.TrainingReport.class::cast)
            .findFirst();
    List<TrainingRow> rows = new ArrayList<>();
    for (Training t : records.trainings()) {
      if (!t.start().isAfter(asOf)) {
        rows.add(row(t, rule, records, asOf, holidays));
      }
    }
    rows.sort(ORDER);
    return List.copyOf(rows);
  }

  private static TrainingRow row(
      Training t,
      Optional<MonitoringRule.TrainingReport> rule,
      YearRecords records,
      LocalDate asOf,
      HolidayCalendar holidays) {
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
            ? Optional.of(DueDates.reportDue(t.returned(), rule.get().days(), holidays))
            : Optional.empty();
    ReportStatus status;
    long daysOverdue = 0;
    if (due.isEmpty()) {
      status = ReportStatus.NOT_REQUIRED;
    } else if (report.isPresent()) {
      status =
          due.get().isMetBy(report.get().submittedOn())
              ? ReportStatus.SUBMITTED_ON_TIME
              : ReportStatus.SUBMITTED_LATE;
    } else if (asOf.isAfter(due.get().due())) {
      status = ReportStatus.OVERDUE;
      daysOverdue = ChronoUnit.DAYS.between(due.get().due(), asOf);
    } else {
      status = ReportStatus.DUE;
    }
    return new TrainingRow(
        t, records.staffMember(t.personId()), due, status, report, signOffs, daysOverdue);
  }
}
