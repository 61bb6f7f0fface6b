package th.km.persistence.planfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.records.ActivityRef;

/**
 * The rules across fields of a plan's indicators, checked where the file says them so that the
 * error names the indicator: a monitoring indicator names a rule the plan has, and a filter names
 * only divisions and activities the plan has.
 */
final class IndicatorChecks {

  private IndicatorChecks() {}

  static void check(
      JsonIn in,
      List<MonitoringRule> rules,
      List<MonitoringIndicator> monitoringIndicators,
      List<KmGoal> goals,
      Set<DivisionCode> divisions) {
    Set<ActivityRef> activities = new HashSet<>();
    goals.forEach(
        g -> g.activities().forEach(a -> activities.add(new ActivityRef(g.number(), a.number()))));
    Set<String> keys = new HashSet<>();
    rules.forEach(r -> keys.add(r.key()));
    for (int i = 0; i < monitoringIndicators.size(); i++) {
      MonitoringIndicator m = monitoringIndicators.get(i);
      FieldPath at = in.path("monitoringIndicators").index(i);
      if (!keys.contains(m.ruleKey())) {
        throw in.error(
            at.field("monitoringRule"),
            "ไม่มีกฎการติดตามผล '" + m.ruleKey() + "' ใน monitoringRules ของแผน กฎที่มีคือ "
                + String.join(", ", keys),
            "the plan has no monitoring rule '" + m.ruleKey() + "'; its rules are "
                + String.join(", ", keys));
      }
      checkRule(in, m.indicator(), at.field("rule"), divisions, activities);
    }
    for (int g = 0; g < goals.size(); g++) {
      List<PlanActivity> rows = goals.get(g).activities();
      for (int a = 0; a < rows.size(); a++) {
        List<Indicator> indicators = rows.get(a).indicators();
        for (int k = 0; k < indicators.size(); k++) {
          FieldPath at =
              in.path("goals").index(g).field("activities").index(a).field("indicators").index(k);
          checkRule(in, indicators.get(k), at.field("rule"), divisions, activities);
        }
      }
    }
  }

  private static void checkRule(
      JsonIn in,
      Indicator indicator,
      FieldPath at,
      Set<DivisionCode> divisions,
      Set<ActivityRef> activities) {
    for (RecordFilter f : filters(indicator.rule())) {
      for (DivisionCode d : f.divisions()) {
        if (!divisions.contains(d)) {
          throw in.error(
              at,
              "เงื่อนไขของตัวชี้วัดระบุส่วนราชการ '" + d + "' ซึ่งไม่อยู่ในรายการ divisions ของแผน",
              "the indicator's filter names division '" + d + "', which is not among the plan's"
                  + " divisions");
        }
      }
      if (f.activity().isPresent() && !activities.contains(f.activity().get())) {
        throw in.error(
            at,
            "เงื่อนไขของตัวชี้วัดระบุกิจกรรม " + f.activity().get() + " ซึ่งไม่มีในแผน",
            "the indicator's filter names activity " + f.activity().get()
                + ", which the plan does not have");
      }
    }
  }

  /** Every filter in the rule. */
  private static List<RecordFilter> filters(IndicatorRule rule) {
    List<RecordFilter> filters = new ArrayList<>();
    switch (rule) {
      case IndicatorRule.Count c -> filters.add(c.selector().filter());
      case IndicatorRule.Percentage p -> {
        filters.add(p.population().staffFilter());
        filters.add(p.qualifying().filter());
      }
      case IndicatorRule.Coverage c -> filters.add(c.qualifying().filter());
      case IndicatorRule.DeadlineCompliance d -> filters.add(d.trainings());
      case IndicatorRule.Occurrence o -> filters.add(o.selector().filter());
      case IndicatorRule.BeforeAfter b -> filters.add(b.trainings());
      case IndicatorRule.ReportOnly r -> r.measure().map(RecordSelector::filter).ifPresent(filters::add);
    }
    return filters;
  }
}
