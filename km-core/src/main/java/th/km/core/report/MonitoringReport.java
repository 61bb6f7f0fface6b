package th.km.core.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.Status;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ReportRound;

/**
 * The M&amp;E committee's report of one round (รายงานผลการติดตามและประเมินผล), as data: what every
 * document format of it says. Build one with {@link MonitoringReports#build}.
 *
 * @param organization the organization's code
 * @param organizationName the organization's name, verbatim
 * @param fiscalYear the plan's fiscal year
 * @param round the round reported on
 * @param asOf the day the report speaks for
 * @param period the days the report covers: the round's period, cut off at the as-of day
 * @param recipient to whom the report goes ("นายกเทศมนตรี")
 * @param goals per KM goal and activity, the evaluated indicators
 * @param monitoring the indicators of the plan's monitoring rules
 * @param trainings the trainings whose trainee came back within the period, with their reports'
 *     timeliness
 * @param notes the committee's problems and recommendations entered for the round by the as-of day
 * @param committeeName the M&amp;E committee's name as the plan writes it
 * @param signatories the committee's seats, in the plan's order, the chair first
 */
public record MonitoringReport(
    OrganizationCode organization,
    String organizationName,
    FiscalYear fiscalYear,
    ReportRound round,
    LocalDate asOf,
    DateRange period,
    String recipient,
    List<GoalPart> goals,
    List<IndicatorResult> monitoring,
    List<TrainingLine> trainings,
    List<MonitoringNote> notes,
    String committeeName,
    List<Signatory> signatories) {

  public MonitoringReport {
    goals = List.copyOf(goals);
    monitoring = List.copyOf(monitoring);
    trainings = List.copyOf(trainings);
    notes = List.copyOf(notes);
    signatories = List.copyOf(signatories);
  }

  /** Every evaluated indicator: the activities' in the plan's order, then the monitoring ones. */
  public Stream<IndicatorResult> indicators() {
    return Stream.concat(
        goals.stream().flatMap(g -> g.activities().stream()).flatMap(a -> a.indicators().stream()),
        monitoring.stream());
  }

  /** How many indicators have each status; every status is a key. */
  public Map<Status, Integer> statusCounts() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    indicators().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  /** How many trainings have each timeliness; every timeliness is a key. */
  public Map<Timeliness, Integer> timelinessCounts() {
    Map<Timeliness, Integer> counts = new EnumMap<>(Timeliness.class);
    for (Timeliness t : Timeliness.values()) {
      counts.put(t, 0);
    }
    trainings.forEach(t -> counts.merge(t.timeliness(), 1, Integer::sum));
    return counts;
  }
}
