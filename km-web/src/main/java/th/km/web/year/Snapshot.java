package th.km.web.year;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import th.km.core.check.CheckReport;
import th.km.core.check.PlanChecker;
import th.km.core.evaluation.Evaluation;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;
import th.km.web.YearData;

/**
 * One organization's fiscal year evaluated as of one day, with the views derived from it. It never
 * changes: a write makes a new one through {@link EvaluationCache#changed}.
 */
public final class Snapshot {

  /** The plan checker's findings, which depend on the plan alone. */
  public static final Derived<CheckReport> FINDINGS =
      Derived.of("findings", s -> PlanChecker.check(s.plan()));

  private final YearData data;
  private final LocalDate asOf;
  private final Evaluation evaluation;
  private final Map<Derived<?>, Object> derived = new ConcurrentHashMap<>();

  Snapshot(YearData data, LocalDate asOf, Evaluation evaluation) {
    this.data = data;
    this.asOf = asOf;
    this.evaluation = evaluation;
  }

  public YearData data() {
    return data;
  }

  public KmPlan plan() {
    return data.plan();
  }

  public YearRecords records() {
    return data.records();
  }

  /** The day the year is seen as of. */
  public LocalDate asOf() {
    return asOf;
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * The view, computed on first use. Two requests that ask at once may both compute it; the views
   * are pure functions of the snapshot, so either result is the same.
   */
  public <T> T get(Derived<T> view) {
    @SuppressWarnings("unchecked") // Each Derived<T> key only ever stores its own T.
    T known = (T) derived.get(view);
    if (known != null) {
      return known;
    }
    T computed = view.computeFor(this);
    @SuppressWarnings("unchecked")
    T raced = (T) derived.putIfAbsent(view, computed);
    return raced == null ? computed : raced;
  }
}
