package th.km.web.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.calendar.ThaiDates;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.web.i18n.Dates;
import th.km.web.i18n.Language;

/**
 * The action plan as a chart of the fiscal year's months, October to September: one bar per
 * activity over the months of its period, and a line at the as-of date when it falls in the year.
 *
 * @param months the twelve columns
 * @param goals the goals with their activities' rows
 * @param asOf the date of the line
 * @param asOfInYear whether the as-of date falls in the plan's fiscal year (else no line)
 */
public record ActionPlanChart(
    List<MonthColumn> months, List<GoalRows> goals, LocalDate asOf, boolean asOfInYear) {

  /**
   * A column of the chart.
   *
   * @param label the month's short name
   * @param buddhistYear the B.E. year the month lies in
   * @param current whether the as-of date lies in it
   */
  public record MonthColumn(String label, int buddhistYear, boolean current) {}

  /** A goal and the rows of its activities. */
  public record GoalRows(KmGoal goal, List<ActivityRow> rows) {}

  /**
   * An activity's row.
   *
   * @param activity the activity as planned
   * @param cells one per month, in column order
   * @param periodReadable whether its period text could be read as months
   * @param outsideYear whether part of its period lies outside the fiscal year
   */
  public record ActivityRow(
      PlanActivity activity, List<Cell> cells, boolean periodReadable, boolean outsideYear) {}

  /**
   * A month of an activity's row.
   *
   * @param active whether the activity runs in the month
   * @param todayPercent where in the month the as-of line stands (0-100), when it is this month
   */
  public record Cell(boolean active, Optional<String> todayPercent) {}

  /** The chart of the plan's fiscal year as of the date. */
  public static ActionPlanChart of(KmPlan plan, LocalDate asOf, Language language) {
    FiscalYear year = plan.fiscalYear();
    List<YearMonth> yearMonths = new ArrayList<>();
    for (YearMonth m = YearMonth.from(year.firstDay()); !m.isAfter(YearMonth.from(year.lastDay())); m = m.plusMonths(1)) {
      yearMonths.add(m);
    }
    boolean inYear = year.contains(asOf);
    YearMonth asOfMonth = YearMonth.from(asOf);
    Optional<String> linePercent =
        inYear ? Optional.of(percentThrough(asOf)) : Optional.empty();
    List<MonthColumn> columns =
        yearMonths.stream()
            .map(
                m ->
                    new MonthColumn(
                        Dates.shortMonth(m.getMonth(), language),
                        ThaiDates.toBuddhistYear(m.getYear()),
                        inYear && m.equals(asOfMonth)))
            .toList();
    List<GoalRows> goals = new ArrayList<>();
    for (KmGoal goal : plan.goals()) {
      List<ActivityRow> rows = new ArrayList<>();
      for (PlanActivity activity : goal.activities()) {
        Optional<MonthRange> range = activity.period().months();
        List<Cell> cells =
            yearMonths.stream()
                .map(
                    m ->
                        new Cell(
                            range.isPresent() && !m.isBefore(range.get().start()) && !m.isAfter(range.get().end()),
                            inYear && m.equals(asOfMonth) ? linePercent : Optional.empty()))
                .toList();
        boolean outside = range.isPresent() && !range.get().within(year.months());
        rows.add(new ActivityRow(activity, cells, range.isPresent(), outside));
      }
      goals.add(new GoalRows(goal, rows));
    }
    return new ActionPlanChart(columns, goals, asOf, inYear);
  }

  /** How far through its month the date is, as a percentage with one decimal: the line's x. */
  static String percentThrough(LocalDate date) {
    double fraction = (date.getDayOfMonth() - 0.5) / date.lengthOfMonth();
    return String.format(Locale.ROOT, "%.1f", fraction * 100);
  }
}
