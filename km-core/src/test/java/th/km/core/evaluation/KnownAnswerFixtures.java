package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;
import th.km.core.testing.EvaluationPlans;

/** Shorthands for the known-answer tests: a year's builder, staff, and one-indicator evaluation. */
final class KnownAnswerFixtures {

  /** The last day of fiscal year B.E. 2569: every period of a whole-year activity has ended. */
  static final LocalDate YEAR_END = LocalDate.of(2026, 9, 30);

  /** 31 March 2026: 182 of the fiscal year's 365 days have passed. */
  static final LocalDate MID_YEAR = LocalDate.of(2026, 3, 31);

  private KnownAnswerFixtures() {}

  static YearRecords.Builder year() {
    return YearRecords.builder()
        .organization(EvaluationPlans.BAN_WAEN)
        .fiscalYear(EvaluationPlans.YEAR);
  }

  static StaffMember staff(String id) {
    return staff(id, EvaluationPlans.CLERK.code());
  }

  static StaffMember staff(String id, DivisionCode division) {
    return StaffMember.builder()
        .id(id)
        .name("นางสาวทดสอบ " + id)
        .category(StaffCategory.MUNICIPAL_OFFICER)
        .division(division)
        .position("นักจัดการงานทั่วไป")
        .build();
  }

  static Indicator indicator(IndicatorRule rule) {
    return new Indicator("ตัวชี้วัด", "เป้าหมาย", rule);
  }

  /** The one result of a plan with one indicator over the whole fiscal year. */
  static IndicatorResult evaluate(IndicatorRule rule, YearRecords.Builder records, LocalDate asOf) {
    return evaluate(EvaluationPlans.withIndicators(List.of(indicator(rule))), records, asOf);
  }

  static IndicatorResult evaluate(KmPlan plan, YearRecords.Builder records, LocalDate asOf) {
    return evaluate(plan, records, asOf, HolidayCalendar.none());
  }

  static IndicatorResult evaluate(
      KmPlan plan, YearRecords.Builder records, LocalDate asOf, HolidayCalendar holidays) {
    List<IndicatorResult> results =
        Evaluator.evaluate(plan, records.build(), asOf, holidays).results();
    assertEquals(1, results.size(), "one indicator, one result");
    return results.get(0);
  }

  static void assertValue(String expected, IndicatorResult r) {
    assertEquals(
        new BigDecimal(expected),
        r.value().orElseThrow(() -> new AssertionError("no value: " + r.reason())),
        r.reason().en());
  }

  static void assertStatus(Status expected, IndicatorResult r) {
    assertEquals(expected, r.status(), r.reason().en() + " / " + r.reason().th());
  }
}
