package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** A KM goal (เป้าหมาย KM) with its measurable outcomes and its action-plan activities. */
@Value.Immutable
public abstract class AbstractKmGoal {

  public abstract int number();

  /** The goal as written where it first appears. */
  public abstract String title();

  /**
   * Other wordings of the title where the plan repeats it (a table continued over a page), only
   * those that differ from {@link #title()}.
   */
  public abstract List<String> titleVariants();

  /** Tangible, measurable outcomes (หน่วยที่วัดผลได้เป็นรูปธรรม), one per numbered item. */
  public abstract List<String> measurableOutcomes();

  /** Whether the activities follow the seven KM steps or the six change elements. */
  public abstract Framework framework();

  public abstract List<PlanActivity> activities();

  /** The steps or elements of the goal's framework that no activity is filed under. */
  public List<PlanStep> missingSteps() {
    Set<PlanStep> covered = new HashSet<>();
    activities().forEach(a -> covered.add(a.step()));
    return framework().steps().stream()
        .<PlanStep>map(s -> s)
        .filter(s -> !covered.contains(s))
        .toList();
  }

  @Value.Check
  protected void check() {
    checkArgument(number() >= 1, "goal number must be positive, got %s", number());
    checkArgument(!title().isBlank(), "goal %s has no title", number());
    Set<Integer> numbers = new HashSet<>();
    for (PlanActivity a : activities()) {
      checkArgument(
          numbers.add(a.number()), "goal %s has two activities numbered %s", number(), a.number());
      checkArgument(
          a.step().framework() == framework(),
          "goal %s is planned on %s but activity %s is filed under %s",
          number(),
          framework(),
          a.number(),
          a.step().key());
    }
  }
}
