package th.km.core.evaluation;

import java.util.Map;
import org.immutables.value.Value;
import th.km.core.plan.DivisionCode;

/**
 * Status counts of one organization's indicators rolled up by KM goal, by KM step or change element,
 * by responsible division and for the whole organization. Maps iterate in a fixed order: goals by
 * number, steps by framework and number, divisions in the plan's order.
 */
@Value.Immutable
public abstract class AbstractRollups {

  /** By the goal's number; monitoring indicators belong to no goal. */
  public abstract Map<Integer, StatusCounts> byGoal();

  /** By {@link th.km.core.plan.PlanStep#key()}, such as {@code KM_PROCESS:3}. */
  public abstract Map<String, StatusCounts> byStep();

  /**
   * By each division the activity's responsible text names: an activity of "every division" counts
   * once for each.
   */
  public abstract Map<DivisionCode, StatusCounts> byDivision();

  /** The indicators of the monitoring rules. */
  public abstract StatusCounts monitoring();

  /** Every indicator of the plan. */
  public abstract StatusCounts organization();
}
