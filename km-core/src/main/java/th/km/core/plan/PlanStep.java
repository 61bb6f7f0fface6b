package th.km.core.plan;

import java.util.List;

/**
 * What an action-plan activity is filed under: one of the seven KM-process steps or one of the six
 * change-management elements.
 */
public sealed interface PlanStep permits KmProcessStep, ChangeElement {

  /**
   * What names a step: its number within its framework (from 1), the official Thai name, the
   * English name, the description the reference plan gives, and other spellings of the Thai name
   * that plans use for the same step.
   */
  record Names(
      int number, String thaiName, String englishName, String description, List<String> aliases) {
    public Names {
      aliases = List.copyOf(aliases);
    }
  }

  Names names();

  Framework framework();

  /** The step's number within its framework, from 1. */
  default int number() {
    return names().number();
  }

  /** The official Thai name. */
  default String thaiName() {
    return names().thaiName();
  }

  default String englishName() {
    return names().englishName();
  }

  /** The description the reference plan gives, in Thai. */
  default String description() {
    return names().description();
  }

  /** Other spellings of the Thai name that plans use and that mean the same step. */
  default List<String> aliases() {
    return names().aliases();
  }

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
