package th.km.core.evaluation;

import java.util.List;
import java.util.Optional;
import th.km.core.LocalizedText;

/**
 * What evaluating one rule gave, before it is dressed with the indicator's texts and subject.
 *
 * @param status the status
 * @param quantity the measured value; empty when there is none
 * @param unit what the value is measured in
 * @param reason why, naming the numbers
 * @param recordIds the records counted, sorted: an immutable list, kept as it is (not copied)
 */
record Outcome(
    Status status,
    Optional<Quantity> quantity,
    ValueUnit unit,
    LocalizedText reason,
    List<String> recordIds) {

  static Outcome noData(ValueUnit unit, LocalizedText reason) {
    return new Outcome(Status.NO_DATA, Optional.empty(), unit, reason, List.of());
  }
}
