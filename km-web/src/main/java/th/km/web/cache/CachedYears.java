package th.km.web.cache;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.web.DashboardSource;
import th.km.web.YearData;

/**
 * A source whose list of each organization's fiscal years, and each year's plan and records, are
 * read once per write count, so that finding the year a request asks for, and the plan and records
 * a form is checked against, read no database while nothing was written. What was read under an
 * earlier count is dropped as soon as the count moves; a change made by another process on the same
 * database is seen within {@link CachedAccounts#EXPIRY}.
 */
public final class CachedYears implements DashboardSource {

  private static final int MAXIMUM_SIZE = 20_000;

  /**
   * The most years kept with their records: as many as the evaluation cache keeps days, whose
   * snapshots hold the same objects, so that the years a busy server serves stay read.
   */
  private static final int YEARS_KEPT = 512;

  /** An organization as read under one write count. */
  private record Key(long writes, OrganizationCode organization) {}

  /** An organization's fiscal year as read under one write count. */
  private record YearKey(long writes, OrganizationCode organization, FiscalYear year) {}

  private final DashboardSource source;
  private final WriteCount writes;
  private final Cache<Key, List<FiscalYear>> years =
      CacheBuilder.newBuilder().maximumSize(MAXIMUM_SIZE).expireAfterWrite(CachedAccounts.EXPIRY).build();
  /** Only years that exist are kept: reads of unknown codes or years leave no trace. */
  private final Cache<YearKey, YearData> data =
      CacheBuilder.newBuilder().maximumSize(YEARS_KEPT).expireAfterWrite(CachedAccounts.EXPIRY).build();
  /** The highest write count a year was read under. */
  private final AtomicLong lastWrites = new AtomicLong(Long.MIN_VALUE);

  public CachedYears(DashboardSource source, WriteCount writes) {
    this.source = source;
    this.writes = writes;
  }

  @Override
  public List<FiscalYear> years(OrganizationCode organization) {
    try {
      return years.get(new Key(writes.current(), organization), () -> source.years(organization));
    } catch (UncheckedExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading the years of " + organization + " failed", e.getCause());
    }
  }

  @Override
  public Optional<YearData> year(OrganizationCode organization, FiscalYear year) {
    long now = writes.current();
    if (lastWrites.getAndAccumulate(now, Math::max) < now) {
      // A year read under an earlier count is never asked for again: dropped now, with its records,
      // not kept until the cache is full.
      data.asMap().keySet().removeIf(k -> k.writes() < now);
    }
    // The count is taken before the read: a read that overlaps a write is filed under a count that
    // the write moves past by the time its data is visible, so no later request is given it.
    YearKey key = new YearKey(now, organization, year);
    YearData kept = data.getIfPresent(key);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<YearData> read = source.year(organization, year);
    read.ifPresent(d -> data.put(key, d));
    return read;
  }

  @Override
  public WriteCount writes() {
    return writes;
  }
}
