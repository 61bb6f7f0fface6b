package th.km.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.ProgressUpdate;

/** Where one organization stands on its KM plan as of one day: every indicator and the roll-ups. */
@Value.Immutable
public abstract class AbstractEvaluation {

  public abstract OrganizationCode organization();

  public abstract FiscalYear fiscalYear();

  public abstract LocalDate asOf();

  /** Activities' indicators in the plan's order (goal, activity, number), then monitoring ones. */
  public abstract List<IndicatorResult> results();

  public abstract Rollups rollups();

  /** The latest progress update of each activity up to the as-of day, by goal and activity. */
  public abstract List<ProgressUpdate> latestProgress();

  /** The indicators of one activity of a KM goal, in the plan's order. */
  public List<IndicatorResult> resultsOf(int goal, int activity) {
    return results().stream()
        .filter(
            r ->
                r.subject() instanceof IndicatorSubject.Activity a
                    && a.goal() == goal
                    && a.activity() == activity)
        .toList();
  }

  /** The indicators of the monitoring rule (มาตรการติดตาม) with the key, in the plan's order. */
  public List<IndicatorResult> resultsOfRule(String ruleKey) {
    return results().stream()
        .filter(r -> r.subject() instanceof IndicatorSubject.Monitoring m && m.ruleKey().equals(ruleKey))
        .toList();
  }
}
