package th.km.core.evaluation;

import th.km.core.plan.PlanStep;

/** What an evaluated indicator belongs to: a plan activity or a monitoring rule. */
public sealed interface IndicatorSubject {

  /** A stable key, "goal-2/activity-5" or "monitoring/training-report". */
  String key();

  /**
   * An activity of a KM goal.
   *
   * @param goal the goal's number
   * @param activity the activity's number within the goal
   * @param step the KM step or change element the activity is filed under
   */
  record Activity(int goal, int activity, PlanStep step) implements IndicatorSubject {
    @Override
    public String key() {
      return "goal-" + goal + "/activity-" + activity;
    }
  }

  /**
   * A monitoring rule of the plan.
   *
   * @param ruleKey the rule's key, such as {@code training-report}
   */
  record Monitoring(String ruleKey) implements IndicatorSubject {
    @Override
    public String key() {
      return "monitoring/" + ruleKey;
    }
  }
}
