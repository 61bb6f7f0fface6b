package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A reference to an activity of the plan: goal 2, activity 5.
 *
 * @param goal the KM goal's number
 * @param activity the activity's number within the goal
 */
public record ActivityRef(int goal, int activity) implements Comparable<ActivityRef> {

  public ActivityRef {
    checkArgument(goal >= 1, "goal number must be positive, got %s", goal);
    checkArgument(activity >= 1, "activity number must be positive, got %s", activity);
  }

  @Override
  public int compareTo(ActivityRef other) {
    int byGoal = Integer.compare(goal, other.goal);
    return byGoal != 0 ? byGoal : Integer.compare(activity, other.activity);
  }

  // equals and hashCode by the record's own formula, written out: the record's own run through
  // method handles, slow in evaluation's first pass (docs/batch-evaluation-profile.md, MapKeysTest).
  @Override
  public boolean equals(Object o) {
    return o instanceof ActivityRef other && goal == other.goal && activity == other.activity;
  }

  @Override
  public int hashCode() {
    return 31 * goal + activity;
  }

  @Override
  public String toString() {
    return goal + "." + activity;
  }
}
