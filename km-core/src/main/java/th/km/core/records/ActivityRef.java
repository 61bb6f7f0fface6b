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

  // equals and hashCode written out, as the record's own would compute them (31 * h + each
  // component's hash): the record's own go through method handles, which run slowly until the
  // optimizing compiler inlines them, and evaluating uses activity references as map keys from the first record
  // (docs/batch-evaluation-profile.md).
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
