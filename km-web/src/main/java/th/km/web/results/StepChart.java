package th.km.web.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.km.core.evaluation.Rollups;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;
import th.km.core.plan.Framework;
import th.km.core.plan.PlanStep;

/**
 * The indicators' statuses by KM step and by change element as bars, one stacked bar per step with
 * a segment per status, all drawn to one scale so that bars compare. Every step of both frameworks
 * has a row, so that a step the plan leaves out shows as empty rather than missing.
 *
 * @param frameworks the two frameworks with their steps' bars
 * @param scale the largest number of indicators of any step: the full width of a bar
 */
public record StepChart(List<FrameworkBars> frameworks, int scale) {

  /** The order of a bar's segments: the good news first, report-only last. */
  public static final List<Status> ORDER =
      List.of(
          Status.MET, Status.ON_TRACK, Status.AT_RISK, Status.NOT_MET, Status.NO_DATA, Status.REPORT_ONLY);

  /** A framework and its steps' bars. */
  public record FrameworkBars(Framework framework, List<StepBar> bars) {}

  /**
   * A step's bar.
   *
   * @param step the step or element
   * @param counts its indicators' statuses
   * @param segments the non-empty segments, in {@link #ORDER}
   */
  public record StepBar(PlanStep step, StatusCounts counts, List<Segment> segments) {}

  /**
   * A segment of a bar, its position and width in per cent of the full width.
   *
   * @param status the status
   * @param count how many indicators have it
   * @param x where it starts, "12.5"
   * @param width how wide it is, "25"
   */
  public record Segment(Status status, int count, String x, String width) {}

  /** The chart of the roll-ups by step. */
  public static StepChart of(Rollups rollups) {
    int scale = 1;
    for (StatusCounts c : rollups.byStep().values()) {
      scale = Math.max(scale, c.total());
    }
    List<FrameworkBars> frameworks = new ArrayList<>();
    for (Framework framework : Framework.values()) {
      List<StepBar> bars = new ArrayList<>();
      for (PlanStep step : framework.steps()) {
        StatusCounts counts = rollups.byStep().getOrDefault(step.key(), StatusCounts.none());
        bars.add(new StepBar(step, counts, segments(counts, scale)));
      }
      frameworks.add(new FrameworkBars(framework, bars));
    }
    return new StepChart(frameworks, scale);
  }

  static List<Segment> segments(StatusCounts counts, int scale) {
    List<Segment> segments = new ArrayList<>();
    int before = 0;
    for (Status s : ORDER) {
      int n = counts.count(s);
      if (n > 0) {
        segments.add(new Segment(s, n, percent(before, scale), percent(n, scale)));
        before += n;
      }
    }
    return segments;
  }

  private static String percent(int part, int whole) {
    return String.format(Locale.ROOT, "%.2f", part * 100.0 / whole).replaceAll("\\.?0+$", "");
  }
}
