package th.km.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A Thai government fiscal year (ปีงบประมาณ), named by its Buddhist-era year: fiscal year B.E. 2569
 * runs from 1 October 2025 to 30 September 2026.
 *
 * @param buddhistYear the B.E. year that names the fiscal year, for example 2569
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

  /** The difference between a Buddhist-era year and the Gregorian year that starts in it. */
  public static final int BUDDHIST_ERA_OFFSET = 543;

  public FiscalYear {
    checkArgument(
        buddhistYear >= 2400 && buddhistYear <= 2700,
        "fiscal year must be a Buddhist-era year between 2400 and 2700, got %s",
        buddhistYear);
  }

  /** The fiscal year named by a B.E. year. */
  public static FiscalYear ofBuddhistYear(int buddhistYear) {
    return new FiscalYear(buddhistYear);
  }

  /** The fiscal year that contains a date: 1 October starts the next one. */
  public static FiscalYear containing(LocalDate date) {
    int gregorianEndYear = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
    return new FiscalYear(gregorianEndYear + BUDDHIST_ERA_OFFSET);
  }

  /** The Gregorian year in which this fiscal year ends (2026 for B.E. 2569). */
  public int gregorianEndYear() {
    return buddhistYear - BUDDHIST_ERA_OFFSET;
  }

  /** 1 October of the previous Gregorian year. */
  public LocalDate firstDay() {
    return LocalDate.of(gregorianEndYear() - 1, 10, 1);
  }

  /** 30 September. */
  public LocalDate lastDay() {
    return LocalDate.of(gregorianEndYear(), 9, 30);
  }

  /** Whether the date lies in this fiscal year, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** The whole fiscal year as a range of days, 1 October to 30 September. */
  public DateRange range() {
    return new DateRange(firstDay(), lastDay());
  }

  /**
   * A quarter (ไตรมาส) of the fiscal year: 1 is October–December, 2 January–March, 3 April–June, 4
   * July–September.
   */
  public DateRange quarter(int n) {
    checkArgument(n >= 1 && n <= 4, "a fiscal year has quarters 1 to 4, got %s", n);
    YearMonth first = YearMonth.from(firstDay()).plusMonths(3L * (n - 1));
    return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /** A half (ครึ่งปี) of the fiscal year: 1 is October–March, 2 April–September. */
  public DateRange half(int n) {
    checkArgument(n >= 1 && n <= 2, "a fiscal year has halves 1 and 2, got %s", n);
    YearMonth first = YearMonth.from(firstDay()).plusMonths(6L * (n - 1));
    return new DateRange(first.atDay(1), first.plusMonths(5).atEndOfMonth());
  }

  /** The fiscal quarter, 1 to 4, that a date lies in, whichever fiscal year it belongs to. */
  public static int quarterOf(LocalDate date) {
    return (fiscalMonthIndex(YearMonth.from(date)) - 1) / 3 + 1;
  }

  /** The place of a month in its fiscal year: October is 1, September is 12. */
  public static int fiscalMonthIndex(YearMonth month) {
    return (month.getMonthValue() + 2) % 12 + 1;
  }

  /** The fiscal year's months, October first, as a range. */
  public MonthRange months() {
    return new MonthRange(YearMonth.from(firstDay()), YearMonth.from(lastDay()));
  }

  public FiscalYear next() {
    return new FiscalYear(buddhistYear + 1);
  }

  public FiscalYear previous() {
    return new FiscalYear(buddhistYear - 1);
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(buddhistYear, other.buddhistYear);
  }

  @Override
  public String toString() {
    return "FY B.E. " + buddhistYear;
  }
}
