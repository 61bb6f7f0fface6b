package th.km.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A run of whole months, both ends included, such as "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙" (October 2025 to
 * September 2026).
 */
public record MonthRange(YearMonth start, YearMonth end) {

  public MonthRange {
    checkArgument(!end.isBefore(start), "month range ends (%s) before it starts (%s)", end, start);
  }

  public LocalDate firstDay() {
    return start.atDay(1);
  }

  public LocalDate lastDay() {
    return end.atEndOfMonth();
  }

  /** The same period as a range of days, from the first day of the first month to the last. */
  public DateRange toDateRange() {
    return new DateRange(firstDay(), lastDay());
  }

  /** Number of months, both ends counted. */
  public int monthCount() {
    return (int) ChronoUnit.MONTHS.between(start, end) + 1;
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** Whether this range lies wholly within the other one. */
  public boolean within(MonthRange other) {
    return !start.isBefore(other.start) && !end.isAfter(other.end);
  }
}
