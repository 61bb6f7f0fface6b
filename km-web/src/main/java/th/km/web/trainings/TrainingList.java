package th.km.web.trainings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import th.km.web.year.Derived;

/**
 * The trainings of a year that began by the day, each with its report's due day and status, the
 * overdue first and then by due day: the secretary's list of whom to remind. Reports and
 * signatures dated after the day are not seen, as the evaluation does not see them.
 *
 * @param rule the plan's training-report rule; without one no report is required
 * @param rows the trainings, overdue first
 * @param counts how many trainings have each status
 */
public record TrainingList(
    Optional<MonitoringRule.TrainingReport> rule, List<TrainingRow> rows, Map<ReportStatus, Integer> counts) {

  /** The list of a snapshot, computed once per snapshot. */
  public static final Derived<TrainingList> VIEW =
      Derived.of("trainings", s -> of(s.plan(), s.records(), s.asOf(), s.data().holidays()));

  private static final Comparator<TrainingRow> ORDER =
      Comparator.comparing(TrainingRow::status)
          .thenComparing(r -> r.due().map(DueDate::due).orElse(LocalDate.MAX))
          .thenComparing(r -> r.training().start())
          .thenComparing(r -> r.training().id());

  /** The overdue rows, longest overdue first. */
  public List<TrainingRow> overdue() {
    return rows.stream()
        .filter(r -> r.status() == ReportStatus.OVERDUE)
        .sorted(Comparator.comparingLong(TrainingRow::daysOverdue).reversed())
        .toList();
  }

  public int count(ReportStatus status) {
    return counts.getOrDefault(status, 0);
  }

  static TrainingList of(KmPlan plan, YearRecords records, LocalDate asOf, HolidayCalendar holidays) {
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
    Map<ReportStatus, Integer> counts = new EnumMap<>(ReportStatus.class);
    for (ReportStatus s : ReportStatus.values()) {
      counts.put(s, 0);
    }
    rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return new TrainingList(rule, List.copyOf(rows), Map.copyOf(counts));
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
        required ? Optional.of(DueDates.reportDue(t.returned(), rule.get().days(), holidays)) : Optional.empty();
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
