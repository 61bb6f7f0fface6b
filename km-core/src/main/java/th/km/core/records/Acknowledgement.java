package th.km.core.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A staff member's acknowledgement (การรับทราบ) of the KM goals or principles, by signature, a quiz
 * or a form.
 *
 * @param id the record's id
 * @param personId who acknowledged
 * @param topic what
 * @param date when
 */
public record Acknowledgement(String id, String personId, AcknowledgementTopic topic, LocalDate date)
    implements YearRecord {

  public Acknowledgement {
    RecordIds.check(id, "acknowledgement");
    RecordIds.check(personId, "acknowledgement", id, "person");
  }

  @Override
  public RecordKind kind() {
    return RecordKind.ACKNOWLEDGEMENT;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(date);
  }

  @Override
  public List<String> personIds() {
    return List.of(personId);
  }
}
