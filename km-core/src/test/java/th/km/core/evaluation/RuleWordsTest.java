package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.LocalizedText;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.Population;
import th.km.core.indicator.PopulationKind;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.MeetingKind;
import th.km.core.records.RecordKind;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.testing.CalendarGenerators;
import th.km.core.testing.EvaluationPlans;
import th.km.core.testing.IndicatorGenerator;

class RuleWordsTest {

  private static final KmPlan PLAN = EvaluationPlans.base().build();

  @Test
  void aFilterNamesEachKindItKeepsInThaiAndInEnglishInTheSameOrder() {
    RecordFilter filter =
        RecordFilter.builder()
            .addStaffCategories(StaffCategory.MUNICIPAL_OFFICER)
            .addMeetingKinds(MeetingKind.KM_COMMITTEE, MeetingKind.WORKSHOP)
            .addTopics(AcknowledgementTopic.KM_GOALS)
            .build();
    Texts.Words words = Texts.describe(filter, PLAN);
    assertEquals(
        "พนักงานเทศบาล, ประชุมคณะกรรมการจัดการความรู้, อบรมเชิงปฏิบัติการ, ทราบเป้าหมาย KM ขององค์กร",
        words.th());
    assertEquals(
        "municipal officer, KM committee meeting, workshop, knows the organization's KM goals",
        words.en());
  }

  @Test
  void aPercentageOfStaffNamesThePopulationWhatQualifiesAndTheTarget() {
    IndicatorRule rule =
        new IndicatorRule.Percentage(
            new Population(
                PopulationKind.ACTIVE_STAFF,
                RecordFilter.builder()
                    .addDivisions(EvaluationPlans.FINANCE.code())
                    .addStaffCategories(StaffCategory.MUNICIPAL_OFFICER)
                    .build()),
            RecordSelector.of(
                RecordKind.ACKNOWLEDGEMENT,
                RecordFilter.builder().addTopics(AcknowledgementTopic.KM_GOALS).build()),
            new ParsedTarget.Percentage(Comparator.AT_LEAST, BigDecimal.valueOf(90)));
    LocalizedText words = RuleWords.describe(rule, PLAN);
    assertTrue(words.th().startsWith("ร้อยละของบุคลากรที่ปฏิบัติงานอยู่ (กองคลัง, "), words.th());
    assertTrue(words.th().endsWith("เป้าหมาย ไม่น้อยกว่าร้อยละ 90"), words.th());
    assertTrue(words.en().contains("the share of active staff (finance, "), words.en());
    assertTrue(words.en().endsWith("target at least 90%"), words.en());
  }

  @Test
  void aReportOnlyRuleSaysItIsNeverMet() {
    LocalizedText words = RuleWords.describe(IndicatorRule.ReportOnly.nothing(), PLAN);
    assertEquals("nothing to count and no measurable target (report only)", words.en());
    assertTrue(words.th().contains("รายงานผลเท่านั้น"), words.th());
  }

  @Test
  void everyRuleOfEveryKindIsPutInWordsWithItsTarget() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    List<DivisionCode> divisions = EvaluationPlans.DIVISIONS.stream().map(d -> d.code()).toList();
    for (int i = 0; i < 500; i++) {
      IndicatorRule rule = IndicatorGenerator.rule(random, divisions);
      LocalizedText words = RuleWords.describe(rule, PLAN);
      String described = rule + " -> " + words + " (seed " + seed + ")";
      switch (rule) {
        case IndicatorRule.Coverage c -> assertTrue(words.th().startsWith("ทุก" + c.set().thaiName()), described);
        case IndicatorRule.Occurrence o ->
            assertTrue(words.en().startsWith("at least " + o.atLeast() + " event"), described);
        case IndicatorRule.ReportOnly r -> assertTrue(words.en().contains("report only"), described);
        default -> {
          ParsedTarget t = rule.target().orElseThrow();
          assertTrue(words.th().endsWith("เป้าหมาย " + t.describe().th()), described);
          assertTrue(words.en().endsWith("target " + t.describe().en()), described);
        }
      }
    }
  }
}
