package th.km.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many indicators have each status, and the share met: met over all indicators that are not
 * report-only (no data counts as not met). Counts add up, so that organizations roll up into
 * provinces and the country without keeping their results.
 *
 * @param counts the number of indicators per status; statuses with none may be left out
 */
public record StatusCounts(Map<Status, Integer> counts) {

  /** The statuses, once: before {@link #NONE}, which the constructor makes with them. */
  private static final Status[] STATUSES = Status.values();

  private static final StatusCounts NONE = new StatusCounts(Map.of());

  public StatusCounts {
    EnumMap<Status, Integer> all = new EnumMap<>(Status.class);
    for (Status s : STATUSES) {
      int n = counts.getOrDefault(s, 0);
      checkArgument(n >= 0, "the count of %s must not be negative, got %s", s, n);
      all.put(s, n);
    }
    // Kept as it is, unmodifiable: a copy into an immutable map cost more than the counts.
    counts = Collections.unmodifiableMap(all);
  }


  public static StatusCounts none() {
    return NONE;
  }

  /** The counts of the given statuses. */
  public static StatusCounts of(Iterable<Status> statuses) {
    EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
    statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
    return new StatusCounts(counts);
  }

  /** The counts indexed by {@link Status#ordinal()}. */
  static StatusCounts ofCounts(int[] byOrdinal) {
    EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : STATUSES) {
      counts.put(s, byOrdinal[s.ordinal()]);
    }
    return new StatusCounts(counts);
  }

  public int count(Status status) {
    return counts.get(status);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int met() {
    return count(Status.MET);
  }

  /** The indicators that can be met: all but report-only. */
  public int countable() {
    return total() - count(Status.REPORT_ONLY);
  }

  /** Met over countable, in per cent rounded down to two decimals; empty when none is countable. */
  public Optional<BigDecimal> shareMetPercent() {
    if (countable() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(met() * 100L).divide(BigDecimal.valueOf(countable()), 2, RoundingMode.DOWN));
  }

  /** These counts and the other's, status by status. */
  public StatusCounts plus(StatusCounts other) {
    EnumMap<Status, Integer> sum = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      sum.put(s, count(s) + other.count(s));
    }
    return new StatusCounts(sum);
  }

  /** These counts with one more indicator of the status. */
  public StatusCounts plus(Status status) {
    EnumMap<Status, Integer> sum = new EnumMap<>(counts);
    sum.merge(status, 1, Integer::sum);
    return new StatusCounts(sum);
  }
}
