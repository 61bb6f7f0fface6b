package th.km.core.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The recognition of a staff member (การยกย่องชมเชย): a certificate, an award, a farewell.
 *
 * @param id the record's id
 * @param personId who
 * @param recognitionKind why
 * @param date when
 */
public record Recognition(
    String id, String personId, RecognitionKind recognitionKind, LocalDate date)
    implements YearRecord {

  public Recognition {
    RecordIds.check(id, "recognition");
    RecordIds.check(personId, "recognition", id, "person");
  }

  @Override
  public RecordKind kind() {
    return RecordKind.RECOGNITION;
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
