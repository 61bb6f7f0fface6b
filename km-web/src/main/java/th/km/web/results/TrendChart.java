package th.km.web.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import th.km.core.evaluation.StatusCounts;
import th.km.core.evaluation.StatusTrend;
import th.km.core.plan.DivisionCode;
import th.km.web.year.Derived;
import th.km.web.year.Snapshot;

/**
 * The status counts at each month's end of the year so far, as one stacked bar per day drawn to one
 * scale, the as-of day last: whether the plan is getting on or falling behind.
 *
 * @param rows the days in order
 * @param scale the largest number of indicators on any day: the full width of a bar
 */
public record TrendChart(List<Row> rows, int scale) {

  /** The trends of a snapshot, one per division filter, each computed once. */
  static final Derived<Trends> TRENDS = Derived.of("trends", Trends::new);

  /**
   * One day's bar.
   *
   * @param day the month's end, or the as-of day for the last row
   * @param counts the statuses on that day
   * @param segments the bar's non-empty segments
   */
  public record Row(LocalDate day, StatusCounts counts, List<StepChart.Segment> segments) {}

  public TrendChart {
    rows = List.copyOf(rows);
  }

  static TrendChart of(StatusTrend trend) {
    int scale = Math.max(1, trend.points().stream().mapToInt(p -> p.counts().total()).max().orElse(1));
    return new TrendChart(
        trend.points().stream()
            .map(p -> new Row(p.day(), p.counts(), StepChart.segments(p.counts(), scale)))
            .toList(),
        scale);
  }

  /** A snapshot's trend charts by division filter; a year re-evaluated at up to 13 days each. */
  static final class Trends {
    private final Snapshot snapshot;
    private final ConcurrentMap<Optional<DivisionCode>, TrendChart> charts = new ConcurrentHashMap<>();

    Trends(Snapshot snapshot) {
      this.snapshot = snapshot;
    }

    TrendChart of(Optional<DivisionCode> division) {
      return charts.computeIfAbsent(
          division,
          d ->
              TrendChart.of(
                  StatusTrend.of(
                      snapshot.plan(), snapshot.records(), snapshot.asOf(), snapshot.data().holidays(), d)));
    }
  }
}
