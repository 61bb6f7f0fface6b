package th.km.persistence.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.target.ParsedTarget;
import th.km.persistence.planfile.PlanJson;

class BanWaenIndicatorsTest {

  private static final KmPlan PLAN = DemoYear.shippedPlan();

  private static PlanActivity activity(int goal, int number) {
    KmGoal g = PLAN.goal(goal).orElseThrow();
    return g.activities().stream().filter(a -> a.number() == number).findFirst().orElseThrow();
  }

  @Test
  void everyActivityOfTheShippedPlanHasIndicatorsThatKeepThePlansWords() {
    int activities = 0;
    for (KmGoal g : PLAN.goals()) {
      for (PlanActivity a : g.activities()) {
        activities++;
        assertFalse(a.indicators().isEmpty(), "goal " + g.number() + " activity " + a.number());
        for (Indicator i : a.indicators()) {
          assertTrue(
              a.indicator().contains(i.indicatorText()),
              g.number() + "." + a.number() + ": " + i.indicatorText());
          assertTrue(
              a.target().contains(i.targetText())
                  || g.measurableOutcomes().contains(i.targetText()),
              g.number() + "." + a.number() + ": " + i.targetText());
        }
      }
    }
    assertEquals(24, activities);
    assertEquals(activities, BanWaenIndicators.rowCount());
  }

  @Test
  void everyMonitoringRuleHasAnIndicator() {
    for (MonitoringRule rule : PLAN.monitoringRules()) {
      assertFalse(PLAN.monitoringIndicators(rule.key()).isEmpty(), rule.key());
    }
    MonitoringIndicator reports = PLAN.monitoringIndicators("training-report").get(0);
    IndicatorRule.DeadlineCompliance rule =
        assertInstanceOf(IndicatorRule.DeadlineCompliance.class, reports.indicator().rule());
    assertEquals(15, rule.days());
  }

  @Test
  void numbersComeFromThePlansOwnTargets() {
    IndicatorRule.Count workshop =
        assertInstanceOf(IndicatorRule.Count.class, activity(1, 3).indicators().get(1).rule());
    assertEquals(5, workshop.countTarget().value());
    assertEquals("พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน", activity(1, 3).indicators().get(1).targetText());
    IndicatorRule.Percentage knowGoals =
        assertInstanceOf(IndicatorRule.Percentage.class, activity(4, 1).indicators().get(0).rule());
    assertEquals(0, knowGoals.percentTarget().percent().compareTo(BigDecimal.valueOf(90)));
    IndicatorRule.Percentage retiring =
        assertInstanceOf(IndicatorRule.Percentage.class, activity(4, 5).indicators().get(0).rule());
    assertEquals(0, retiring.percentTarget().percent().compareTo(BigDecimal.valueOf(100)));
  }

  @Test
  void targetsWithoutANumberAreReportOnly() {
    for (int n = 1; n <= 6; n++) {
      for (Indicator i : activity(2, n).indicators()) {
        assertTrue(i.isReportOnly(), "goal 2 activity " + n + " counts without a number");
      }
    }
    assertTrue(activity(1, 2).indicators().stream().allMatch(Indicator::isReportOnly));
    assertEquals(3, activity(1, 2).indicators().size(), "one per numbered item");
  }

  @Test
  void theShippedFileHoldsExactlyTheFormalizedIndicators() {
    assertEquals(
        PlanJson.write(PLAN),
        PlanJson.write(BanWaenIndicators.attach(PLAN)),
        "the indicators in ban-waen-2569.plan.json differ from BanWaenIndicators: write"
            + " PlanJson.write(BanWaenIndicators.attach(plan)) over the file (docs/ban-waen-2569.md)");
  }

  @Test
  void attachingTwiceChangesNothingAndThePlanFileKeepsTheIndicators() {
    assertEquals(PLAN, BanWaenIndicators.attach(BanWaenIndicators.attach(PLAN)));
    assertEquals(PLAN, PlanJson.read(PlanJson.write(PLAN), "round trip"));
    List<ParsedTarget> targets =
        PLAN.goals().stream()
            .flatMap(g -> g.activities().stream())
            .flatMap(a -> a.indicators().stream())
            .flatMap(i -> i.rule().target().stream())
            .toList();
    assertTrue(targets.stream().allMatch(ParsedTarget::measurable));
  }
}
