package th.km.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.records.ActivityRef;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.YearRecords;

/**
 * How far an activity of the plan has come as of a day (ความก้าวหน้าของกิจกรรม): its progress
 * updates up to that day, oldest first, the latest's percent and note, and whether it is late.
 *
 * <p>An activity is late when the last day of its period has passed (the period's last month has
 * ended before the day) and its latest progress is below 100%, or it has no progress update at
 * all. An activity whose period could not be read as months is never late: km cannot tell when it
 * ends. An activity at 100% is done, whatever the day.
 *
 * @param activity which activity
 * @param updates the progress updates up to the day, oldest first (the timeline)
 * @param late whether its period has passed below 100%
 */
public record ActivityProgress(ActivityRef activity, List<ProgressUpdate> updates, boolean late) {

  public ActivityProgress {
    updates = List.copyOf(updates);
  }

  /** The latest update, if any. */
  public Optional<ProgressUpdate> latest() {
    return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
  }

  /** The latest percent complete, 0 when nothing was reported. */
  public int percent() {
    return latest().map(ProgressUpdate::percent).orElse(0);
  }

  /** Whether the activity is reported complete. */
  public boolean done() {
    return percent() >= 100;
  }

  /** The progress of every activity of the plan as of the day, in the plan's order. */
  public static Map<ActivityRef, ActivityProgress> of(KmPlan plan, YearRecords records, LocalDate asOf) {
    Comparator<ProgressUpdate> order =
        Comparator.comparing(ProgressUpdate::date).thenComparing(ProgressUpdate::id);
    Map<ActivityRef, List<ProgressUpdate>> byActivity = new LinkedHashMap<>();
    for (ProgressUpdate p : records.progressUpdates()) {
      if (!p.date().isAfter(asOf)) {
        byActivity.computeIfAbsent(p.activity(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<ActivityRef, ActivityProgress> out = new LinkedHashMap<>();
    for (KmGoal goal : plan.goals()) {
      for (PlanActivity activity : goal.activities()) {
        ActivityRef ref = new ActivityRef(goal.number(), activity.number());
        List<ProgressUpdate> updates = new ArrayList<>(byActivity.getOrDefault(ref, List.of()));
        updates.sort(order);
        int percent = updates.isEmpty() ? 0 : updates.get(updates.size() - 1).percent();
        boolean ended = activity.period().months().map(MonthRange::end).map(end -> end.atEndOfMonth().isBefore(asOf)).orElse(false);
        out.put(ref, new ActivityProgress(ref, updates, ended && percent < 100));
      }
    }
    return out;
  }
}
