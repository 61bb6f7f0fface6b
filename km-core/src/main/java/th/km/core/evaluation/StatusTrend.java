package th.km.core.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;

/**
 * How the indicators' statuses moved through the fiscal year so far: the status counts at the end
 * of each month that has ended by the as-of day, then on the as-of day itself.
 *
 * @param points the days in order, the as-of day last
 */
public record StatusTrend(List<Point> points) {

  /** The status counts as of one day. */
  public record Point(LocalDate day, StatusCounts counts) {}

  public StatusTrend {
    points = List.copyOf(points);
  }

  /**
   * Evaluates the year at each month's end before the as-of day and on the as-of day; for one
   * division only when {@code division} is given.
   */
  public static StatusTrend of(
      KmPlan plan,
      YearRecords records,
      LocalDate asOf,
      HolidayCalendar holidays,
      Optional<DivisionCode> division) {
    LocalDate start = plan.fiscalYear().range().start();
    LocalDate end = asOf.isBefore(plan.fiscalYear().range().end()) ? asOf : plan.fiscalYear().range().end();
    List<Point> points = new ArrayList<>();
    for (YearMonth m = YearMonth.from(start); !m.atEndOfMonth().isAfter(end); m = m.plusMonths(1)) {
      if (m.atEndOfMonth().isBefore(end)) {
        points.add(point(plan, records, m.atEndOfMonth(), holidays, division));
      }
    }
    if (!end.isBefore(start)) {
      points.add(point(plan, records, end, holidays, division));
    }
    return new StatusTrend(points);
  }

  private static Point point(
      KmPlan plan,
      YearRecords records,
      LocalDate day,
      HolidayCalendar holidays,
      Optional<DivisionCode> division) {
    Evaluation e = Evaluator.evaluate(plan, records, day, holidays);
    Evaluation seen = division.map(d -> Evaluator.forDivision(plan, e, d)).orElse(e);
    return new Point(day, seen.rollups().organization());
  }
}
