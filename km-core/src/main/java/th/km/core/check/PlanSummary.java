package th.km.core.check;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;

/**
 * The shape of a plan in numbers, for a person to see at a glance that an import read the whole
 * document: how many divisions, goals, activities, Form 1 rows, scopes and committee seats it has.
 *
 * @param organization the organization's name as announced ("เทศบาลตำบลบ้านแหวน")
 * @param fiscalYear the fiscal year, B.E.
 * @param divisions the number of divisions
 * @param goals each goal's number with its number of activities, in order
 * @param form1Activities the number of Form 1 rows
 * @param scopes the number of KM scopes
 * @param kmCommittee the seats of the KM committee by role, all zero when there is none
 * @param meCommittee the number of seats on the M&E committee, zero when there is none
 * @param trainingReportDays the days within which a training report is due, when the plan says
 * @param meReportsPerYear how often the M&E committee reports each year, when the plan says
 */
public record PlanSummary(
    String organization,
    int fiscalYear,
    int divisions,
    List<GoalSize> goals,
    int form1Activities,
    int scopes,
    CommitteeSeats kmCommittee,
    int meCommittee,
    Optional<Integer> trainingReportDays,
    Optional<Integer> meReportsPerYear) {

  public PlanSummary {
    goals = List.copyOf(goals);
  }

  /** A goal's number and how many activities it plans. */
  public record GoalSize(int number, int activities) {
    public GoalSize {
      checkArgument(activities >= 0, "goal %s cannot have %s activities", number, activities);
    }
  }

  /** The seats of a committee by role. */
  public record CommitteeSeats(int cko, int chair, int members, int secretary) {

    static CommitteeSeats of(Optional<Committee> committee) {
      return committee
          .map(
              c ->
                  new CommitteeSeats(
                      (int) c.count(CommitteeRole.CKO),
                      (int) c.count(CommitteeRole.CHAIR),
                      (int) c.count(CommitteeRole.MEMBER),
                      (int) c.count(CommitteeRole.SECRETARY)))
          .orElse(new CommitteeSeats(0, 0, 0, 0));
    }
  }

  /** The summary of a plan. */
  public static PlanSummary of(KmPlan plan) {
    return new PlanSummary(
        plan.organization().fullName(),
        plan.fiscalYear().buddhistYear(),
        plan.divisions().size(),
        plan.goals().stream().map(g -> new GoalSize(g.number(), g.activities().size())).toList(),
        plan.form1().size(),
        plan.scopes().size(),
        CommitteeSeats.of(plan.committee(CommitteeKind.KNOWLEDGE_MANAGEMENT)),
        plan.committee(CommitteeKind.MONITORING_AND_EVALUATION).map(c -> c.members().size()).orElse(0),
        plan.monitoringRule(MonitoringRule.TrainingReport.class).map(MonitoringRule.TrainingReport::days),
        plan.monitoringRule(MonitoringRule.EvaluationReport.class)
            .map(MonitoringRule.EvaluationReport::timesPerYear));
  }
}
