package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Accesses to a knowledge asset on one channel on one day (การเข้าถึงข้อมูลความรู้): a single visit,
 * or a day's counter reading from a website.
 *
 * @param id the record's id
 * @param assetId the asset accessed
 * @param channel where
 * @param date which day
 * @param hits how many accesses, one or more
 */
public record AccessEvent(
    String id, String assetId, PublicationChannel channel, LocalDate date, long hits)
    implements YearRecord {

  public AccessEvent {
    RecordIds.check(id, "access event");
    RecordIds.check(assetId, "access event " + id + " asset");
    checkArgument(hits >= 1, "access event %s must count at least one access, got %s", id, hits);
  }

  /** A single access. */
  public static AccessEvent single(
      String id, String assetId, PublicationChannel channel, LocalDate date) {
    return new AccessEvent(id, assetId, channel, date, 1);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.ACCESS_EVENT;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(date);
  }

  @Override
  public long quantity() {
    return hits;
  }
}
