package th.km.web.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.km.web.TestPlans;
import th.km.web.i18n.Language;

class ActionPlanChartTest {

  @Test
  void columnsRunFromOctoberOfTheYearBeforeToSeptember() {
    ActionPlanChart chart = ActionPlanChart.of(TestPlans.banWaen(), LocalDate.of(2026, 3, 15), Language.TH);
    List<String> labels = chart.months().stream().map(ActionPlanChart.MonthColumn::label).toList();
    assertEquals("ต.ค.", labels.get(0));
    assertEquals("ก.ย.", labels.get(11));
    assertEquals(2568, chart.months().get(0).buddhistYear());
    assertEquals(2569, chart.months().get(3).buddhistYear(), "January starts B.E. 2569");
  }

  @Test
  void outsideTheFiscalYearThereIsNoTodayLine() {
    ActionPlanChart chart = ActionPlanChart.of(TestPlans.banWaen(), LocalDate.of(2026, 10, 1), Language.EN);
    assertFalse(chart.asOfInYear());
    assertTrue(chart.goals().stream()
        .flatMap(g -> g.rows().stream())
        .flatMap(r -> r.cells().stream())
        .noneMatch(c -> c.todayPercent().isPresent()));
    assertTrue(chart.months().stream().noneMatch(ActionPlanChart.MonthColumn::current));
  }

  @Test
  void theLineStandsWhereTheDayIsInItsMonth() {
    assertEquals("1.6", ActionPlanChart.percentThrough(LocalDate.of(2025, 10, 1)));
    assertEquals("98.3", ActionPlanChart.percentThrough(LocalDate.of(2026, 9, 30)));
    assertEquals("46.6", ActionPlanChart.percentThrough(LocalDate.of(2028, 2, 14)), "13.5 of 29 days");
  }
}
