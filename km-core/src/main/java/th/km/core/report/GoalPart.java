package th.km.core.report;

import java.util.List;

/**
 * One KM goal (เป้าหมาย KM) in the report, with its activities.
 *
 * @param number the goal's number
 * @param title the goal's title, verbatim
 * @param activities the goal's activities, in the plan's order
 */
public record GoalPart(int number, String title, List<ActivityPart> activities) {

  public GoalPart {
    activities = List.copyOf(activities);
  }
}
