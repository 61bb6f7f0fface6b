package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the M&amp;E committee enters for one reporting round: the problems and obstacles
 * (ปัญหาอุปสรรค) it found and its recommendations (ข้อเสนอแนะ), for the whole plan, one KM goal or
 * one activity; the report to the mayor carries them.
 *
 * @param id the record's id
 * @param round the round the note is for
 * @param date the day the note was entered
 * @param goal the KM goal the note is about; empty for the plan as a whole
 * @param activity the activity within {@code goal}; empty for the whole goal or plan
 * @param problems the problems and obstacles, one per entry
 * @param recommendations the recommendations, one per entry
 * @param enteredBy who entered the note: the user name or the person's name
 */
public record MonitoringNote(
    String id,
    ReportRound round,
    LocalDate date,
    OptionalInt goal,
    OptionalInt activity,
    List<String> problems,
    List<String> recommendations,
    String enteredBy)
    implements YearRecord {

  public MonitoringNote {
    RecordIds.check(id, "M&E note");
    problems = List.copyOf(problems);
    recommendations = List.copyOf(recommendations);
    checkArgument(
        !problems.isEmpty() || !recommendations.isEmpty(),
        "M&E note %s has neither a problem nor a recommendation",
        id);
    checkArgument(
        problems.stream().noneMatch(String::isBlank)
            && recommendations.stream().noneMatch(String::isBlank),
        "M&E note %s has a blank problem or recommendation",
        id);
    checkArgument(!enteredBy.isBlank(), "M&E note %s does not say who entered it", id);
    goal.ifPresent(g -> checkArgument(g >= 1, "M&E note %s: goal must be positive, got %s", id, g));
    activity.ifPresent(
        a -> checkArgument(a >= 1, "M&E note %s: activity must be positive, got %s", id, a));
    checkArgument(
        activity.isEmpty() || goal.isPresent(), "M&E note %s names an activity but no goal", id);
  }

  /** The activity the note is about, when it names one. */
  public Optional<ActivityRef> activityRef() {
    return activity.isPresent()
        ? Optional.of(new ActivityRef(goal.getAsInt(), activity.getAsInt()))
        : Optional.empty();
  }

  /** Whether the note is about the whole plan rather than a goal or activity. */
  public boolean concernsWholePlan() {
    return goal.isEmpty();
  }

  @Override
  public RecordKind kind() {
    return RecordKind.MONITORING_NOTE;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(date);
  }
}
