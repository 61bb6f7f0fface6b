package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A supervisor's comparison of a person's work before and after a training
 * (การพิจารณาการปฏิบัติงานก่อนและหลังการพัฒนา), both scores on the organization's one scale.
 *
 * @param id the record's id
 * @param trainingId the training whose effect is rated
 * @param before the score before the training, zero or more
 * @param after the score after the training, zero or more
 * @param ratedOn the day of the rating
 */
public record SupervisorRating(String id, String trainingId, int before, int after, LocalDate ratedOn)
    implements YearRecord {

  public SupervisorRating {
    RecordIds.check(id, "supervisor rating");
    RecordIds.check(trainingId, "supervisor rating", id, "training");
    checkArgument(before >= 0, "supervisor rating %s: the score before is negative (%s)", id, before);
    checkArgument(after >= 0, "supervisor rating %s: the score after is negative (%s)", id, after);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.SUPERVISOR_RATING;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(ratedOn);
  }

  /** Whether the work was rated higher after the training than before. */
  public boolean improved() {
    return after > before;
  }
}
