package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post-training report (รายงานผลการฝึกอบรม) filed by the person who attended a training, with its
 * routing up to the head of the organization.
 */
@Value.Immutable
public abstract class AbstractTrainingReport implements YearRecord {

  @Override
  public abstract String id();

  /** The training reported on. */
  public abstract String trainingId();

  /** The day the report was submitted to the first supervisor. */
  public abstract LocalDate submittedOn();

  /** The signatures in routing order. */
  public abstract List<SignOff> signOffs();

  @Override
  public RecordKind kind() {
    return RecordKind.TRAINING_REPORT;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(submittedOn());
  }

  /** The day the head of the organization signed, when the report got that far. */
  public Optional<LocalDate> headSignedOn() {
    return signOffs().stream().filter(SignOff::head).map(SignOff::signedOn).findFirst();
  }

  @Value.Check
  protected void check() {
    RecordIds.check(id(), "training report");
    RecordIds.check(trainingId(), "training report " + id() + " training");
    LocalDate previous = submittedOn();
    for (SignOff s : signOffs()) {
      checkArgument(
          !s.signedOn().isBefore(previous),
          "training report %s: %s signed on %s, before the step before it (%s)",
          id(),
          s.position(),
          s.signedOn(),
          previous);
      previous = s.signedOn();
    }
  }
}
