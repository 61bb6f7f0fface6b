package th.km.core.check;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.Optional;
import th.km.core.plan.SourceLocation;

/**
 * Where in a plan a finding is: a section, the goal and activity when it is in the action plan, and
 * the source line when the plan was imported from text. Renders as "goal 1 / activity 4 (line
 * 250)".
 *
 * @param section a short English name of the part of the plan ("announcement", "KM committee",
 *     "Form 1 row 3", "goals")
 * @param goal the goal's number
 * @param activity the activity's number within the goal; only with a goal
 * @param line the 1-based source line
 */
public record FindingLocation(
    String section, Optional<Integer> goal, Optional<Integer> activity, Optional<Integer> line)
    implements Comparable<FindingLocation> {

  /** The section name used for everything under a goal. */
  public static final String GOALS = "goals";

  private static final Comparator<FindingLocation> ORDER =
      Comparator.<FindingLocation>comparingInt(l -> l.goal.orElse(0))
          .thenComparingInt(l -> l.activity.orElse(0))
          .thenComparingInt(l -> l.line.orElse(Integer.MAX_VALUE))
          .thenComparing(FindingLocation::section);

  public FindingLocation {
    checkArgument(!section.isBlank(), "a finding's section must not be blank");
    checkArgument(
        activity.isEmpty() || goal.isPresent(), "activity %s needs its goal", activity.orElse(0));
  }

  /** A section of the plan without a line. */
  public static FindingLocation of(String section) {
    return new FindingLocation(section, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Where a mention or citation was read; a source without a section is the plan as a whole. */
  public static FindingLocation of(SourceLocation source) {
    String section = source.section().isBlank() ? "plan" : source.section();
    return new FindingLocation(section, Optional.empty(), Optional.empty(), source.line());
  }

  public static FindingLocation goal(int goal) {
    return new FindingLocation(GOALS, Optional.of(goal), Optional.empty(), Optional.empty());
  }

  public static FindingLocation activity(int goal, int activity, Optional<Integer> line) {
    return new FindingLocation(GOALS, Optional.of(goal), Optional.of(activity), line);
  }

  @Override
  public int compareTo(FindingLocation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    String where =
        goal.map(g -> "goal " + g + activity.map(a -> " / activity " + a).orElse(""))
            .orElse(section);
    return line.map(l -> where + " (line " + l + ")").orElse(where);
  }

  /** The same place in Thai, "เป้าหมายที่ 1 / กิจกรรมที่ 4 (บรรทัด 250)", for Thai messages. */
  public String toThai() {
    String where =
        goal.map(g -> "เป้าหมาย KM ที่ " + g + activity.map(a -> " / กิจกรรมที่ " + a).orElse(""))
            .orElseGet(() -> SectionNames.thai(section));
    return line.map(l -> where + " (บรรทัด " + l + ")").orElse(where);
  }
}
