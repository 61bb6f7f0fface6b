package th.km.core.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.DueDate;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ReportRound;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecords;
import th.km.core.training.ReportStatus;
import th.km.core.training.TrainingDeadlines;
import th.km.core.training.TrainingRow;

/**
 * Builds the M&amp;E report of a round from the plan and the records, as of one day. A pure function:
 * the statuses and values are the {@link Evaluator}'s for the same day, never recomputed here.
 *
 * <p>The round is the one of the asked kind whose period holds the as-of day (the last one once the
 * fiscal year is over), and the report covers that round's days up to the as-of day: a quarterly
 * report on 15 February covers 1 January to 15 February. The notes carried are those entered for
 * that round by the as-of day.
 */
public final class MonitoringReports {

  /** Whom the report goes to when the plan's M&amp;E rule does not say. */
  static final String DEFAULT_RECIPIENT = "นายกเทศมนตรี";

  private MonitoringReports() {}

  /**
   * The report of the round of {@code kind} that holds {@code asOf}.
   *
   * @throws IllegalArgumentException when {@code asOf} is before the plan's fiscal year begins, or
   *     the records are of another organization or year
   */
  public static MonitoringReport build(
      KmPlan plan,
      YearRecords records,
      ReportRound.Kind kind,
      LocalDate asOf,
      HolidayCalendar holidays) {
    checkArgument(
        !asOf.isBefore(plan.fiscalYear().firstDay()),
        "as-of day %s is before fiscal year %s begins on %s",
        asOf,
        plan.fiscalYear(),
        plan.fiscalYear().firstDay());
    Evaluation evaluation = Evaluator.evaluate(plan, records, asOf, holidays);
    LocalDate lastCounted =
        asOf.isAfter(plan.fiscalYear().lastDay()) ? plan.fiscalYear().lastDay() : asOf;
    ReportRound round = ReportRound.containing(kind, lastCounted);
    DateRange full = round.period(plan.fiscalYear());
    DateRange period = new DateRange(full.start(), lastCounted);
    Optional<Committee> committee =
        plan.committees().stream()
            .filter(c -> c.kind() == CommitteeKind.MONITORING_AND_EVALUATION)
            .findFirst();
    return new MonitoringReport(
        plan.organization().code(),
        plan.organization().name(),
        plan.fiscalYear(),
        round,
        asOf,
        period,
        recipient(plan),
        goals(plan, evaluation),
        evaluation.results().stream()
            .filter(r -> r.subject() instanceof IndicatorSubject.Monitoring)
            .toList(),
        trainings(plan, records, period, asOf, holidays),
        notes(records, round, asOf),
        committee.map(Committee::name).orElse(CommitteeKind.MONITORING_AND_EVALUATION.thaiName()),
        committee.map(MonitoringReports::signatories).orElse(List.of()));
  }

  private static String recipient(KmPlan plan) {
    return plan.monitoringRules().stream()
        .filter(MonitoringRule.EvaluationReport.class::isInstance)
        .map(r -> ((MonitoringRule.EvaluationReport) r).reportTo())
        .filter(s -> !s.isBlank())
        .findFirst()
        .orElse(DEFAULT_RECIPIENT);
  }

  private static List<GoalPart> goals(KmPlan plan, Evaluation evaluation) {
    List<GoalPart> goals = new ArrayList<>();
    for (KmGoal goal : plan.goals()) {
      List<ActivityPart> activities = new ArrayList<>();
      for (PlanActivity activity : goal.activities()) {
        List<IndicatorResult> results = evaluation.resultsOf(goal.number(), activity.number());
        activities.add(new ActivityPart(goal.number(), activity.number(), activity.name(), results));
      }
      goals.add(new GoalPart(goal.number(), goal.title(), activities));
    }
    return goals;
  }

  /**
   * The trainings whose trainee came back within the period, with their report's timeliness: the
   * rows of {@link TrainingDeadlines}, the trainings page's own, by day of return.
   */
  private static List<TrainingLine> trainings(
      KmPlan plan, YearRecords records, DateRange period, LocalDate asOf, HolidayCalendar holidays) {
    List<TrainingLine> lines = new ArrayList<>();
    for (TrainingRow row : TrainingDeadlines.asOf(plan, records, asOf, holidays)) {
      Training t = row.training();
      if (period.contains(t.returned())) {
        lines.add(
            new TrainingLine(
                t.id(),
                row.person().map(StaffMember::name).orElse(t.personId()),
                t.title(),
                t.returned(),
                row.due().map(DueDate::due),
                row.report().map(TrainingReport::id),
                row.report().map(TrainingReport::submittedOn),
                timeliness(row.status())));
      }
    }
    lines.sort(Comparator.comparing(TrainingLine::returned).thenComparing(TrainingLine::trainingId));
    return lines;
  }

  private static Timeliness timeliness(ReportStatus status) {
    return switch (status) {
      case OVERDUE -> Timeliness.MISSING;
      case DUE -> Timeliness.NOT_YET_DUE;
      case SUBMITTED_LATE -> Timeliness.LATE;
      case SUBMITTED_ON_TIME -> Timeliness.ON_TIME;
      case NOT_REQUIRED -> Timeliness.NOT_REQUIRED;
    };
  }

  private static List<MonitoringNote> notes(YearRecords records, ReportRound round, LocalDate asOf) {
    return records.monitoringNotes().stream()
        .filter(n -> n.round().equals(round) && !n.date().isAfter(asOf))
        .sorted(
            Comparator.comparing((MonitoringNote n) -> n.goal().orElse(0))
                .thenComparing(n -> n.activity().orElse(0))
                .thenComparing(MonitoringNote::date)
                .thenComparing(MonitoringNote::id))
        .toList();
  }

  private static List<Signatory> signatories(Committee committee) {
    List<Signatory> seats = new ArrayList<>();
    committee.members().stream()
        .filter(m -> m.role() == CommitteeRole.CHAIR)
        .forEach(m -> seats.add(new Signatory(m.role(), m.personName(), m.position(), m.roleText())));
    committee.members().stream()
        .filter(m -> m.role() != CommitteeRole.CHAIR)
        .forEach(m -> seats.add(new Signatory(m.role(), m.personName(), m.position(), m.roleText())));
    return seats;
  }
}
