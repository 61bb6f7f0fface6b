package th.km.web.year;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ExecutionException;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.OrganizationCode;
import th.km.web.DashboardSource;
import th.km.web.YearData;

/**
 * Evaluations kept per organization, fiscal year and as-of day, so that a year is read from its
 * source and evaluated once per day and not once per request. A source that counts its writes
 * (a database: {@link DashboardSource#writes}) makes every write read the years anew; a source in
 * memory needs {@link #changed} called after each write of a year's plan or records.
 *
 * <p>A request that began reading before a write may finish after it: its snapshot is filed under
 * the year's previous generation, which no later request asks for, so a stale evaluation is never
 * served after {@code changed} returned.
 */
public final class EvaluationCache {

  /** An organization's fiscal year. */
  private record YearKey(OrganizationCode organization, FiscalYear year) {}

  /** A year as of a day, in one generation of its data and one count of the source's writes. */
  private record Key(YearKey year, long generation, long writes, LocalDate asOf) {}

  /** Thrown inside the loader when the source has no such year, so that nothing is cached. */
  private static final class Absent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Absent() {
      super(null, null, false, false);
    }
  }

  private final DashboardSource source;
  private final Cache<Key, Snapshot> snapshots;
  /** Only years that were ever written have an entry: reads of unknown codes leave no trace. */
  private final Map<YearKey, Long> generations = new ConcurrentHashMap<>();
  /** The highest count of the source's writes seen. */
  private final AtomicLong lastWrites = new AtomicLong(Long.MIN_VALUE);

  /**
   * @param source where years are read from
   * @param maximumSize how many evaluated days to keep at most, over all organizations
   */
  public EvaluationCache(DashboardSource source, int maximumSize) {
    checkArgument(maximumSize >= 1, "the cache must hold at least one evaluation, got %s", maximumSize);
    this.source = source;
    this.snapshots = CacheBuilder.newBuilder().maximumSize(maximumSize).build();
  }

  /** How many evaluated days the cache holds now. */
  long size() {
    return snapshots.size();
  }

  /** Where the years come from. */
  public DashboardSource source() {
    return source;
  }

  /**
   * The year evaluated as of the day: from the cache, or read and evaluated now. Requests that ask
   * for the same day at once wait for one evaluation.
   */
  public Optional<Snapshot> snapshot(OrganizationCode organization, FiscalYear year, LocalDate asOf) {
    YearKey yearKey = new YearKey(organization, year);
    long writes = source.writes().current();
    if (lastWrites.getAndAccumulate(writes, Math::max) < writes) {
      // An evaluation of an earlier count of writes is never asked for again: dropped now, not
      // kept (with its year's records) until the cache is full, which grew the heap write by write.
      snapshots.asMap().keySet().removeIf(k -> k.writes() < writes);
    }
    Key key = new Key(yearKey, generations.getOrDefault(yearKey, 0L), writes, asOf);
    try {
      return Optional.of(snapshots.get(key, () -> load(yearKey, asOf)));
    } catch (UncheckedExecutionException | ExecutionException e) {
      if (e.getCause() instanceof Absent) {
        return Optional.empty();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("evaluating " + organization + " " + year + " failed", e.getCause());
    }
  }

  /**
   * Forgets every evaluation of the organization's year, after its plan or records were written.
   */
  public void changed(OrganizationCode organization, FiscalYear year) {
    YearKey yearKey = new YearKey(organization, year);
    generations.merge(yearKey, 1L, Long::sum);
    snapshots.asMap().keySet().removeIf(k -> k.year().equals(yearKey));
  }

  private Snapshot load(YearKey key, LocalDate asOf) {
    YearData data = source.year(key.organization(), key.year()).orElseThrow(Absent::new);
    Evaluation evaluation = Evaluator.evaluate(data.plan(), data.records(), asOf, data.holidays());
    return new Snapshot(data, asOf, evaluation);
  }
}
