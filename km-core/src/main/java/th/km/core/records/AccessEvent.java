package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.FiscalYear;

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

  private static final Pattern OTHER_YEAR_ASSET = Pattern.compile("([0-9]{4})/([^/]+)");

  public AccessEvent {
    RecordIds.check(id, "access event");
    RecordIds.check(assetId, "access event", id, "asset");
    checkArgument(hits >= 1, "access event %s must count at least one access, got %s", id, hits);
  }

  /** A single access. */
  public static AccessEvent single(
      String id, String assetId, PublicationChannel channel, LocalDate date) {
    return new AccessEvent(id, assetId, channel, date, 1);
  }

  /**
   * The access event in the records of {@code eventYear} of a read of {@code asset}, an asset of
   * the records of {@code assetYear}: the asset's own id when the years are the same, else the
   * asset named with its year ({@code 2569/asset-3}).
   */
  public static String assetIdIn(FiscalYear eventYear, FiscalYear assetYear, String asset) {
    return eventYear.equals(assetYear) ? asset : assetYear.buddhistYear() + "/" + asset;
  }

  /**
   * The year of the asset when the event names an asset of another year's records
   * ({@code 2569/asset-3}); empty when it names an asset of its own records, or when the part
   * before the slash is not a Buddhist year.
   */
  public Optional<FiscalYear> assetYear() {
    if (assetId.indexOf('/') < 0) {
      return Optional.empty();
    }
    Matcher m = OTHER_YEAR_ASSET.matcher(assetId);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    return year >= 2400 && year <= 2700
        ? Optional.of(FiscalYear.ofBuddhistYear(year))
        : Optional.empty();
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
