package th.km.core.check;

import java.util.List;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmPlan;

/** One check of the plan checker, for one finding code or one small family of them. */
interface PlanRule {

  /**
   * The findings of this rule on the plan.
   *
   * @param texts every text of the plan, as {@link PlanTexts#walk} gives them
   */
  List<Finding> check(KmPlan plan, List<PlanText> texts);
}
