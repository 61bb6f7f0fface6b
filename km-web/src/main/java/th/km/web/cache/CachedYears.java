package th.km.web.cache;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.web.DashboardSource;
import th.km.web.YearData;

/**
 * A source whose list of each organization's fiscal years is read once per write count, so that
 * finding the year a request asks for reads no database; the years themselves are read by the
 * evaluation cache, which keys them by the same count.
 */
public final class CachedYears implements DashboardSource {

  private static final int MAXIMUM_SIZE = 20_000;

  /** An organization as read under one write count. */
  private record Key(long writes, OrganizationCode organization) {}

  private final DashboardSource source;
  private final WriteCount writes;
  private final Cache<Key, List<FiscalYear>> years =
      CacheBuilder.newBuilder().maximumSize(MAXIMUM_SIZE).expireAfterWrite(CachedAccounts.EXPIRY).build();

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
    return source.year(organization, year);
  }

  @Override
  public WriteCount writes() {
    return writes;
  }
}
