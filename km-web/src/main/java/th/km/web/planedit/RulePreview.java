package th.km.web.planedit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import th.km.core.LocalizedText;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.RuleWords;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.records.YearRecords;

/**
 * The rule builder's words and preview (ตัวอย่างค่าจากบันทึกปีนี้): for each indicator of the plan
 * being edited, what its rule counts in words, and the value the rule gives on this year's records
 * as of today, so that the author sees what the rule will count before saving it.
 */
public final class RulePreview {

  /**
   * One indicator's preview.
   *
   * @param words what the rule counts, in Thai and English
   * @param result the rule evaluated on the year's records
   */
  public record Preview(LocalizedText words, IndicatorResult result) {}

  private RulePreview() {}

  /**
   * The previews by the indicator's path in the plan file: {@code goals[0].activities[1].indicators[0]}
   * and {@code monitoringIndicators[2].indicator}.
   *
   * @param records the year's records, of the plan's organization and year
   */
  public static Map<String, Preview> of(KmPlan plan, YearRecords records, LocalDate asOf, HolidayCalendar holidays) {
    Evaluation evaluation = Evaluator.evaluate(plan, records, asOf, holidays);
    // The evaluation lists the activities' indicators in the plan's order, then the monitoring
    // rules' indicators: the same walk below pairs each result with its path.
    Iterator<IndicatorResult> results = evaluation.results().iterator();
    Map<String, Preview> out = new HashMap<>();
    List<KmGoal> goals = plan.goals();
    for (int g = 0; g < goals.size(); g++) {
      List<PlanActivity> activities = goals.get(g).activities();
      for (int a = 0; a < activities.size(); a++) {
        for (int i = 0; i < activities.get(a).indicators().size(); i++) {
          IndicatorResult r = results.next();
          out.put("goals[" + g + "].activities[" + a + "].indicators[" + i + "]", new Preview(RuleWords.describe(r.rule(), plan), r));
        }
      }
    }
    for (int m = 0; m < plan.monitoringIndicators().size(); m++) {
      IndicatorResult r = results.next();
      out.put("monitoringIndicators[" + m + "].indicator", new Preview(RuleWords.describe(r.rule(), plan), r));
    }
    return out;
  }

  /** The empty records of the plan's year, for a year that has none yet. */
  public static YearRecords none(KmPlan plan) {
    return YearRecords.builder().organization(plan.organization().code()).fiscalYear(plan.fiscalYear()).build();
  }
}
