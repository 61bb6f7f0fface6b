package th.km.web.trainings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.records.YearRecords;
import th.km.core.training.ReportStatus;
import th.km.core.training.TrainingDeadlines;
import th.km.core.training.TrainingRow;
import th.km.web.year.Derived;

/**
 * The trainings page's list: the rows {@link TrainingDeadlines} gives as of the snapshot's day (the
 * overdue first, then by due day), with the count of each status and the overdue ones the
 * overview names.
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
        plan.monitoringRule(MonitoringRule.TrainingReport.class);
    List<TrainingRow> rows = TrainingDeadlines.asOf(plan, records, asOf, holidays);
    Map<ReportStatus, Integer> counts = new EnumMap<>(ReportStatus.class);
    for (ReportStatus s : ReportStatus.values()) {
      counts.put(s, 0);
    }
    rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return new TrainingList(rule, rows, Map.copyOf(counts));
  }
}
