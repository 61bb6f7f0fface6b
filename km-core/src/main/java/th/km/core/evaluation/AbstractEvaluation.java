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
}
