package th.km.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Public holidays (วันหยุดราชการ) and the working days they leave: a day is a working day when it is
 * neither a Saturday, a Sunday nor a listed holiday. A calendar also knows which days its data
 * covers, so that a caller can warn when it counts days the data says nothing about.
 */
public final class HolidayCalendar {

  private static final HolidayCalendar NONE = new HolidayCalendar(ImmutableSortedMap.of(), null);

  /** The name given to a holiday that its source left unnamed. */
  static final String UNNAMED_HOLIDAY = "วันหยุด";

  private final ImmutableSortedMap<LocalDate, String> holidays;
  private final @Nullable DateRange coverage;

  private HolidayCalendar(ImmutableSortedMap<LocalDate, String> holidays, @Nullable DateRange coverage) {
    this.holidays = holidays;
    this.coverage = coverage;
  }

  /** A calendar without holidays: only weekends are days off, and it covers no days. */
  public static HolidayCalendar none() {
    return NONE;
  }

  /**
   * A calendar of the given holidays (date → name), covering the whole calendar years from the
   * first holiday's to the last holiday's.
   */
  public static HolidayCalendar of(Map<LocalDate, String> holidays) {
    if (holidays.isEmpty()) {
      return NONE;
    }
    ImmutableSortedMap<LocalDate, String> sorted = ImmutableSortedMap.copyOf(holidays);
    DateRange years =
        new DateRange(
            sorted.firstKey().withDayOfYear(1),
            LocalDate.of(sorted.lastKey().getYear(), 12, 31));
    return new HolidayCalendar(sorted, years);
  }

  /**
   * A calendar of the given holidays that covers exactly the given days; every holiday must lie in
   * them.
   */
  public static HolidayCalendar of(Map<LocalDate, String> holidays, DateRange coverage) {
    ImmutableSortedMap<LocalDate, String> sorted = ImmutableSortedMap.copyOf(holidays);
    for (LocalDate day : sorted.keySet()) {
      checkArgument(coverage.contains(day), "holiday %s lies outside the coverage %s", day, coverage);
    }
    return new HolidayCalendar(sorted, coverage);
  }

  /**
   * Reads a holiday file's text: plain (one ISO date per line, then the holiday's name) or
   * iCalendar. The result holds either the whole calendar or every problem found; a file with a
   * problem never yields a calendar.
   *
   * @param text the file's content
   * @param sourceName the name to put in problem messages, usually the file name
   */
  public static HolidayParseResult parse(String text, String sourceName) {
    return HolidayFileParser.parse(text, sourceName);
  }

  /** Whether the day is a listed public holiday (weekends are not listed). */
  public boolean isHoliday(LocalDate day) {
    return holidays.containsKey(day);
  }

  /** The listed holiday's name, such as "วันสงกรานต์"; empty when the day is not a holiday. */
  public Optional<String> holidayName(LocalDate day) {
    return Optional.ofNullable(holidays.get(day));
  }

  /** Whether government offices work that day: not a Saturday, not a Sunday, not a holiday. */
  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /** The day itself when it is a working day, otherwise the first working day after it. */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Every listed holiday, by date. */
  public ImmutableSortedMap<LocalDate, String> holidays() {
    return holidays;
  }

  /** The days the data speaks for; empty for {@link #none()}. */
  public Optional<DateRange> coverage() {
    return Optional.ofNullable(coverage);
  }

  /** The first day the data speaks for; empty for {@link #none()}. */
  public Optional<LocalDate> firstCovered() {
    return coverage().map(DateRange::start);
  }

  /** The last day the data speaks for; empty for {@link #none()}. */
  public Optional<LocalDate> lastCovered() {
    return coverage().map(DateRange::end);
  }

  /** Whether the data speaks for the day, so that a day not listed is truly no holiday. */
  public boolean covers(LocalDate day) {
    return coverage != null && coverage.contains(day);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HolidayCalendar other
        && holidays.equals(other.holidays)
        && Objects.equals(coverage, other.coverage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holidays, coverage);
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + holidays.size() + " holidays, covers " + coverage + "]";
  }
}
