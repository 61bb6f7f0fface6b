package th.km.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.records.MeetingKind;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.testing.EvaluationPlans;

/** Rules that could not mean anything cannot be built, and rules attach to the plan. */
class IndicatorRuleTest {

  private static final ParsedTarget.Count FIVE = new ParsedTarget.Count(Comparator.AT_LEAST, 5, "คน");

  private static void rejected(String words, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  @Test
  void aFilterMustFitItsKind() {
    rejected(
        "a selector of training records cannot filter by meeting_kind",
        () ->
            RecordSelector.of(
                RecordKind.TRAINING, RecordFilter.builder().addMeetingKinds(MeetingKind.WORKSHOP).build()));
    rejected(
        "a selector of M&E report records cannot filter by division",
        () ->
            RecordSelector.of(
                RecordKind.EVALUATION_REPORT,
                RecordFilter.builder().addDivisions(DivisionCode.of("clerk")).build()));
    RecordSelector.of(
        RecordKind.ACCESS_EVENT, RecordFilter.builder().addChannels(PublicationChannel.FACEBOOK).build());
  }

  @Test
  void recordsWithoutStaffCannotBeCountedInPersons() {
    rejected(
        "cannot be counted in persons",
        () -> new IndicatorRule.Count(RecordSelector.of(RecordKind.ACCESS_EVENT), CountUnit.PERSONS, FIVE));
    rejected(
        "needs records that name staff",
        () ->
            new IndicatorRule.Percentage(
                Population.of(PopulationKind.ACTIVE_STAFF),
                RecordSelector.of(RecordKind.EVALUATION_REPORT),
                new ParsedTarget.Percentage(Comparator.AT_LEAST, BigDecimal.TEN)));
    rejected(
        "a population narrows by division and staff category only",
        () ->
            new Population(
                PopulationKind.ACTIVE_STAFF,
                RecordFilter.builder().addMeetingKinds(MeetingKind.WORKSHOP).build()));
    new Population(
        PopulationKind.ACTIVE_STAFF,
        RecordFilter.builder().addStaffCategories(StaffCategory.CONTRACT_STAFF).build());
  }

  @Test
  void impossibleDeadlinesAndOccurrencesAreRejected() {
    rejected("at least one day, got 0", () -> IndicatorRule.DeadlineCompliance.externalTrainingReports(0));
    rejected(
        "at least one event, got 0",
        () -> new IndicatorRule.Occurrence(RecordSelector.of(RecordKind.EVALUATION_REPORT), 0));
  }

  @Test
  void everyRuleStatesItsTarget() {
    assertEquals(Optional.of(FIVE), new IndicatorRule.Count(RecordSelector.of(RecordKind.MEETING), CountUnit.PERSONS, FIVE).target());
    assertEquals(
        Optional.of(new ParsedTarget.Every("ส่วนราชการ")),
        new IndicatorRule.Coverage(CoverageSet.DIVISIONS, RecordSelector.of(RecordKind.KNOWLEDGE_ASSET)).target());
    assertEquals(
        Optional.of(new ParsedTarget.Count(Comparator.AT_LEAST, 1, "ครั้ง")),
        new IndicatorRule.Occurrence(RecordSelector.of(RecordKind.EVALUATION_REPORT), 1).target());
    assertEquals(Optional.empty(), IndicatorRule.ReportOnly.nothing().target());
  }

  @Test
  void monitoringIndicatorsMustNameARuleOfThePlan() {
    Indicator report =
        new Indicator("รายงานภายใน ๑๕ วัน", "ทุกรายงาน", IndicatorRule.DeadlineCompliance.externalTrainingReports(15));
    KmPlan plan =
        EvaluationPlans.withMonitoring(List.of(new MonitoringIndicator("training-report", report)));
    assertEquals(List.of(report), plan.monitoringIndicators("training-report").stream().map(MonitoringIndicator::indicator).toList());
    rejected(
        "monitoring rule 'knowledge-document', which the plan does not have",
        () -> EvaluationPlans.withMonitoring(List.of(new MonitoringIndicator("knowledge-document", report))));
  }

  @Test
  void activitiesKeepTheirIndicatorsInOrder() {
    Indicator first = new Indicator("๑. จัดทำคู่มือ", "๑. มีคู่มือ", IndicatorRule.ReportOnly.nothing());
    Indicator second =
        new Indicator(
            "๒. จำนวนผู้เข้าร่วม",
            "๒. ไม่น้อยกว่า ๕ คน",
            new IndicatorRule.Count(RecordSelector.of(RecordKind.MEETING), CountUnit.PERSONS, FIVE));
    KmPlan plan = EvaluationPlans.withIndicators(List.of(first, second));
    assertEquals(List.of(first, second), plan.goals().get(0).activities().get(0).indicators());
    assertTrue(first.isReportOnly());
  }
}
