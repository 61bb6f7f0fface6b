package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report of the M&amp;E committee to the head of the organization with its recommendations
 * (รายงานผลการติดตามและประเมินผลพร้อมข้อเสนอแนะ).
 */
@Value.Immutable
public abstract class AbstractEvaluationReport implements YearRecord {

  @Override
  public abstract String id();

  public abstract LocalDate submittedOn();

  /** To whom, verbatim ("นายกเทศมนตรี"). */
  public abstract String recipient();

  public abstract List<String> recommendations();

  @Override
  public RecordKind kind() {
    return RecordKind.EVALUATION_REPORT;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(submittedOn());
  }

  @Value.Check
  protected void check() {
    RecordIds.check(id(), "M&E report");
    checkArgument(!recipient().isBlank(), "M&E report %s names no recipient", id());
  }
}
