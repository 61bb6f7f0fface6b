package th.km.core.plan;

import java.util.List;

/**
 * What an action-plan activity is filed under: one of the seven KM-process steps or one of the six
 * change-management elements.
 */
public sealed interface PlanStep permits KmProcessStep, ChangeElement {

  /** The step's number within its framework, from 1. */
  int number();

  /** The official Thai name. */
  String thaiName();

  String englishName();

  /** The description the reference plan gives, in Thai. */
  String description();

  /** Other spellings of the Thai name that plans use and that mean the same step. */
  List<String> aliases();

  Framework framework();

  /** A stable key such as {@code KM_PROCESS:4} or {@code CHANGE_MANAGEMENT:6}. */
  default String key() {
    return framework().name() + ":" + number();
  }

  /** The step with the given number in the framework. */
  static PlanStep of(Framework framework, int number) {
    List<? extends PlanStep> steps = framework.steps();
    if (number < 1 || number > steps.size()) {
      throw new IllegalArgumentException(
          "framework " + framework + " has steps 1 to " + steps.size() + ", not " + number);
    }
    return steps.get(number - 1);
  }
}
