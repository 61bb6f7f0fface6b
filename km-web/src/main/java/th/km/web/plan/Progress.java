package th.km.web.plan;

import java.util.Map;
import java.util.Optional;
import th.km.core.evaluation.ActivityProgress;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.records.ActivityRef;
import th.km.web.year.Derived;

/**
 * The reported progress of the plan's activities as of the snapshot's day (ความก้าวหน้า), kept with
 * the snapshot: the action plan, the overview and the indicator pages show it.
 */
public final class Progress {

  /** Each activity's progress, in the plan's order. */
  public static final Derived<Map<ActivityRef, ActivityProgress>> VIEW =
      Derived.of("progress", s -> ActivityProgress.of(s.plan(), s.records(), s.asOf()));

  private Progress() {}

  /** The progress of the activity an indicator belongs to; empty for a monitoring rule's. */
  public static Optional<ActivityProgress> of(Map<ActivityRef, ActivityProgress> progress, IndicatorResult result) {
    return switch (result.subject()) {
      case IndicatorSubject.Activity a -> Optional.ofNullable(progress.get(new ActivityRef(a.goal(), a.activity())));
      case IndicatorSubject.Monitoring m -> Optional.empty();
    };
  }

  /** The activity's name with its goal, "เป้าหมาย 1 กิจกรรม 2", for the lists. */
  public static String label(ActivityRef ref) {
    return ref.goal() + "." + ref.activity();
  }
}
