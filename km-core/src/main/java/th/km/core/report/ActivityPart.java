package th.km.core.report;

import java.util.List;
import th.km.core.evaluation.IndicatorResult;

/**
 * One activity of a KM goal in the report, with its indicators as the evaluation found them.
 *
 * @param goal the goal's number
 * @param number the activity's number within the goal
 * @param name the activity's name, verbatim
 * @param indicators the activity's evaluated indicators, in the plan's order
 */
public record ActivityPart(int goal, int number, String name, List<IndicatorResult> indicators) {

  public ActivityPart {
    indicators = List.copyOf(indicators);
  }
}
