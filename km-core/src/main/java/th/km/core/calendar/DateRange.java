package th.km.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A run of days, both ends included, such as a fiscal year (1 October 2025 – 30 September 2026) or
 * the period of a plan activity.
 *
 * @param start the first day
 * @param end the last day, on or after {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

  public DateRange {
    checkArgument(!end.isBefore(start), "date range ends (%s) before it starts (%s)", end, start);
  }

  /** The range of one single day. */
  public static DateRange ofDay(LocalDate day) {
    return new DateRange(day, day);
  }

  /** Whether the date lies in the range, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Number of days, both ends counted: a range from a day to itself is one day long. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The share of the range's days that have passed by the end of {@code asOf}: 0 before the range
   * starts, 1 on and after its last day. In a ten-day range the fifth day gives 0.5.
   */
  public double elapsedShare(LocalDate asOf) {
    if (asOf.isBefore(start)) {
      return 0.0;
    }
    if (!asOf.isBefore(end)) {
      return 1.0;
    }
    long passed = ChronoUnit.DAYS.between(start, asOf) + 1;
    return (double) passed / lengthInDays();
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** Whether this range lies wholly within the other one. */
  public boolean within(DateRange other) {
    return !start.isBefore(other.start) && !end.isAfter(other.end);
  }

  // equals and hashCode by the record's own formula, written out: the record's own run through
  // method handles, slow in evaluation's first pass (docs/batch-evaluation-profile.md, MapKeysTest).
  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange other && start.equals(other.start) && end.equals(other.end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
