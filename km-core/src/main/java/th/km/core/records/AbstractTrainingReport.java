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

  /** The most characters (code points) of the place, as the database keeps it. */
  public static final int PLACE_LENGTH = 500;

  /** The most characters (code points) of what was learned and of its planned use. */
  public static final int TEXT_LENGTH = 20_000;

  @Override
  public abstract String id();

  /** The training reported on. */
  public abstract String trainingId();

  /** The day the report was submitted to the first supervisor. */
  public abstract LocalDate submittedOn();

  /** The signatures in routing order. */
  public abstract List<SignOff> signOffs();

  /** Where the training took place (สถานที่), as the trainee writes it. */
  public abstract Optional<String> place();

  /** What the trainee learned (ความรู้ที่ได้รับจากการฝึกอบรม); may have several lines. */
  public abstract Optional<String> learned();

  /**
   * How the trainee will use it in their work (การนำความรู้ที่ได้รับไปใช้ในการปฏิบัติงาน); may have
   * several lines.
   */
  public abstract Optional<String> plannedUse();

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
    RecordIds.check(trainingId(), "training report", id(), "training");
    checkArgument(
        place().map(p -> !p.isBlank() && p.lines().count() == 1).orElse(true),
        "training report %s: the place is blank or has several lines",
        id());
    checkArgument(!learned().map(String::isBlank).orElse(false), "training report %s: what was learned is blank", id());
    checkArgument(!plannedUse().map(String::isBlank).orElse(false), "training report %s: the planned use is blank", id());
    checkArgument(
        place().map(p -> p.codePointCount(0, p.length()) <= PLACE_LENGTH).orElse(true),
        "training report %s: the place is longer than " + PLACE_LENGTH + " characters",
        id());
    for (Optional<String> text : List.of(learned(), plannedUse())) {
      checkArgument(
          text.map(t -> t.codePointCount(0, t.length()) <= TEXT_LENGTH).orElse(true),
          "training report %s: a text is longer than " + TEXT_LENGTH + " characters",
          id());
    }
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
