package th.km.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import th.km.core.calendar.DateRange;

/**
 * How much of a period has passed by the end of the as-of day, as whole days, so that targets are
 * scaled exactly; the same share as {@link DateRange#elapsedShare(LocalDate)}.
 *
 * @param passedDays days of the period up to and including the as-of day, 0 before it starts
 * @param totalDays the period's length in days
 */
record Elapsed(long passedDays, long totalDays) {

  static Elapsed of(DateRange period, LocalDate asOf) {
    long total = period.lengthInDays();
    long passed;
    if (asOf.isBefore(period.start())) {
      passed = 0;
    } else if (!asOf.isBefore(period.end())) {
      passed = total;
    } else {
      passed = ChronoUnit.DAYS.between(period.start(), asOf) + 1;
    }
    return new Elapsed(passed, total);
  }

  /** Whether the period is over: the as-of day is its last day or later. */
  boolean ended() {
    return passedDays == totalDays;
  }

  /** The bound scaled by the share passed, for showing, to two decimals. */
  BigDecimal scale(BigDecimal bound) {
    return bound
        .multiply(BigDecimal.valueOf(passedDays))
        .divide(BigDecimal.valueOf(totalDays), 2, RoundingMode.HALF_UP);
  }

  /** The share passed in per cent, to whole per cent rounded down, for showing. */
  long percent() {
    return passedDays * 100 / totalDays;
  }
}
