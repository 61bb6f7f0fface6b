package th.km.web.results;

import java.util.Optional;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;

/**
 * The ids of evaluated indicators in URLs and in the API: {@code goal-2-activity-5-1} for the first
 * indicator of activity 5 of goal 2, {@code monitoring-training-report-1} for the first of the
 * training-report rule. They stay the same from day to day, so links to them can be kept.
 */
public final class IndicatorIds {

  private IndicatorIds() {}

  /** The result's id. */
  public static String of(IndicatorResult result) {
    String subject =
        switch (result.subject()) {
          case IndicatorSubject.Activity a -> "goal-" + a.goal() + "-activity-" + a.activity();
          case IndicatorSubject.Monitoring m -> "monitoring-" + m.ruleKey();
        };
    return subject + "-" + result.indicatorNumber();
  }

  /** The result with the id, if the evaluation has one. */
  public static Optional<IndicatorResult> find(Evaluation evaluation, String id) {
    return evaluation.results().stream().filter(r -> of(r).equals(id)).findFirst();
  }
}
