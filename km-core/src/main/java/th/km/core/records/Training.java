package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One staff member's attendance at a training, seminar, study visit or further study
 * (การฝึกอบรม/สัมมนา/ศึกษาดูงาน/ศึกษาต่อ). A course attended by three people is three records.
 *
 * @param id the record's id
 * @param personId the staff member sent
 * @param title the course's title, verbatim
 * @param trainingKind what sort of development it is
 * @param setting held by the organization itself or outside it
 * @param start the first day
 * @param end the last day, on or after {@code start}
 * @param returned the day the person came back to work, from which the report deadline is counted;
 *     never before {@code start} (a person may come back before the course ends)
 */
public record Training(
    String id,
    String personId,
    String title,
    TrainingKind trainingKind,
    TrainingSetting setting,
    LocalDate start,
    LocalDate end,
    LocalDate returned)
    implements YearRecord {

  public Training {
    RecordIds.check(id, "training");
    RecordIds.check(personId, "training", id, "person");
    checkArgument(!title.isBlank(), "training %s has a blank title", id);
    checkArgument(!end.isBefore(start), "training %s ends (%s) before it starts (%s)", id, end, start);
    checkArgument(
        !returned.isBefore(start),
        "training %s: the return date (%s) is before the start (%s)",
        id,
        returned,
        start);
  }

  /** A training the person came back from on its last day. */
  public static Training of(
      String id,
      String personId,
      String title,
      TrainingKind trainingKind,
      TrainingSetting setting,
      LocalDate start,
      LocalDate end) {
    return new Training(id, personId, title, trainingKind, setting, start, end, end);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.TRAINING;
  }

  /** The first day: a training counts in the period it starts in. */
  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(start);
  }

  @Override
  public List<String> personIds() {
    return List.of(personId);
  }
}
