package th.km.web.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.Responsibles;
import th.km.web.year.Derived;
import th.km.web.year.Snapshot;

/**
 * The overview of a plan's year, independent of the page's language: the KM goals with their
 * activities and each activity's indicators, the monitoring rules' indicators, the counts per
 * status, the chart by step, and what needs attention first.
 *
 * @param counts every indicator's status, counted
 * @param goals the goals in the plan's order
 * @param monitoring the monitoring rules with their indicators, in the plan's order
 * @param chart the statuses by KM step and change element
 * @param attention the indicators not met, then those at risk, in the plan's order within each
 */
public record Overview(
    StatusCounts counts,
    List<GoalRow> goals,
    List<MonitoringRow> monitoring,
    StepChart chart,
    List<IndicatorResult> attention) {

  /** The overview of a snapshot, computed once per snapshot. */
  public static final Derived<Overview> VIEW = Derived.of("overview", s -> of(s.plan(), s.evaluation()));

  /** The statuses that need attention, the most urgent first. */
  static final List<Status> ATTENTION = List.of(Status.NOT_MET, Status.AT_RISK);

  /** A goal with its counts and activities. */
  public record GoalRow(KmGoal goal, StatusCounts counts, List<ActivityRow> activities) {}

  /** An activity with its indicators' results, in their order. */
  public record ActivityRow(PlanActivity activity, List<IndicatorResult> results) {

    /** The most urgent status of its indicators, for the activity's own badge; empty if none. */
    public Optional<Status> worst() {
      return results.stream().map(IndicatorResult::status).min(Comparator.comparingInt(Overview::urgency));
    }
  }

  /** A monitoring rule with its indicators' results. */
  public record MonitoringRow(MonitoringRule rule, List<IndicatorResult> results) {}

  static Overview of(KmPlan plan, Evaluation evaluation) {
    return of(plan, evaluation, Optional.empty());
  }

  /**
   * The overview of the whole organization, or of one division: then only the activities whose
   * responsible text names the division, their indicators' counts, and no monitoring rule.
   */
  static Overview of(KmPlan plan, Evaluation whole, Optional<DivisionCode> division) {
    Evaluation evaluation = division.map(d -> Evaluator.forDivision(plan, whole, d)).orElse(whole);
    List<GoalRow> goals = new ArrayList<>();
    for (KmGoal goal : plan.goals()) {
      List<ActivityRow> activities = new ArrayList<>();
      for (PlanActivity activity : goal.activities()) {
        if (division.isPresent() && !answersFor(plan, activity, division.get())) {
          continue;
        }
        List<IndicatorResult> results = evaluation.resultsOf(goal.number(), activity.number());
        activities.add(new ActivityRow(activity, results));
      }
      if (activities.isEmpty() && division.isPresent()) {
        continue;
      }
      goals.add(
          new GoalRow(
              goal,
              evaluation.rollups().byGoal().getOrDefault(goal.number(), StatusCounts.none()),
              activities));
    }
    List<MonitoringRow> monitoring = new ArrayList<>();
    for (MonitoringRule rule : division.isPresent() ? List.<MonitoringRule>of() : plan.monitoringRules()) {
      List<IndicatorResult> results = evaluation.resultsOfRule(rule.key());
      monitoring.add(new MonitoringRow(rule, results));
    }
    List<IndicatorResult> attention = new ArrayList<>();
    for (Status s : ATTENTION) {
      evaluation.results().stream().filter(r -> r.status() == s).forEach(attention::add);
    }
    return new Overview(
        evaluation.rollups().organization(),
        goals,
        monitoring,
        StepChart.of(evaluation.rollups()),
        attention);
  }

  private static boolean answersFor(KmPlan plan, PlanActivity activity, DivisionCode division) {
    return Responsibles.resolve(activity.responsible(), plan).divisions().stream()
        .anyMatch(d -> d.code().equals(division));
  }

  /** Lower is more urgent: not met, at risk, no data, on track, report only, met. */
  static int urgency(Status status) {
    return switch (status) {
      case NOT_MET -> 0;
      case AT_RISK -> 1;
      case NO_DATA -> 2;
      case ON_TRACK -> 3;
      case REPORT_ONLY -> 4;
      case MET -> 5;
    };
  }

  /** The counts as a map in the chart's order, for the API. */
  static Map<Status, Integer> countsOf(StatusCounts counts) {
    Map<Status, Integer> ordered = new java.util.LinkedHashMap<>();
    StepChart.ORDER.forEach(s -> ordered.put(s, counts.count(s)));
    return ordered;
  }
}
