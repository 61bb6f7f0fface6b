package th.km.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.MeetingKind;
import th.km.core.records.RecordKind;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.testing.CalendarGenerators;
import th.km.core.testing.EvaluationPlans;
import th.km.core.testing.RecordGenerator;

/** Drafting rules from the seed plan's own indicator and target texts (Ban Waen, B.E. 2569). */
class IndicatorDrafterTest {

  private static IndicatorRule only(List<IndicatorDrafter.Draft> drafts) {
    assertEquals(1, drafts.size(), drafts.toString());
    return drafts.get(0).indicator().rule();
  }

  @Test
  void knowingTheKmGoalsIsAPercentageOfActiveStaff() {
    List<IndicatorDrafter.Draft> drafts =
        IndicatorDrafter.draft(
            "บุคลากรในสังกัดเทศบาลทราบเป้าหมาย KM ของเทศบาล",
            "จำนวนบุคลากรที่ทราบเป้าหมาย KM ของเทศบาลไม่น้อยกว่าร้อยละ ๙๐");
    IndicatorRule.Percentage rule = assertInstanceOf(IndicatorRule.Percentage.class, only(drafts));
    assertEquals(PopulationKind.ACTIVE_STAFF, rule.population().kind());
    assertEquals(RecordKind.ACKNOWLEDGEMENT, rule.qualifying().kind());
    assertEquals(List.of(AcknowledgementTopic.KM_GOALS), List.copyOf(rule.qualifying().filter().topics()));
    assertEquals(new ParsedTarget.Percentage(Comparator.AT_LEAST, BigDecimal.valueOf(90)), rule.percentTarget());
    assertEquals(Optional.empty(), drafts.get(0).note());
    assertEquals("จำนวนบุคลากรที่ทราบเป้าหมาย KM ของเทศบาลไม่น้อยกว่าร้อยละ ๙๐", drafts.get(0).indicator().targetText());
  }

  @Test
  void numberedItemsArePairedAndTheWorkshopCountsItsAttendees() {
    List<IndicatorDrafter.Draft> drafts =
        IndicatorDrafter.draft(
            "๑. จัดทำคู่มือการปฏิบัติงาน ๒. จัดอบรมเชิงปฏิบัติการการจัดทำคู่มือปฏิบัติงานและจำนวนผู้เข้าร่วมกิจกรรม",
            "๑. มีคู่มือการปฏิบัติงาน ๒. พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน");
    assertEquals(2, drafts.size());
    IndicatorRule.ReportOnly manuals =
        assertInstanceOf(IndicatorRule.ReportOnly.class, drafts.get(0).indicator().rule());
    assertEquals(RecordKind.KNOWLEDGE_ASSET, manuals.measure().orElseThrow().kind());
    assertTrue(drafts.get(0).note().orElseThrow().th().contains("วัดผลไม่ได้"));
    IndicatorRule.Count workshop = assertInstanceOf(IndicatorRule.Count.class, drafts.get(1).indicator().rule());
    assertEquals(CountUnit.PERSONS, workshop.unit());
    assertEquals(List.of(MeetingKind.WORKSHOP), List.copyOf(workshop.selector().filter().meetingKinds()));
    assertEquals(5, workshop.countTarget().value());
  }

  @Test
  void aCountWithoutANumberIsReportOnlyButStillCounts() {
    IndicatorRule.ReportOnly rule =
        assertInstanceOf(
            IndicatorRule.ReportOnly.class,
            only(
                IndicatorDrafter.draft(
                    "๑. มีเอกสารเผยแพร่สม่ำเสมอ ๒. จำนวนผู้เข้าถึงข้อมูลความรู้ด้านต่าง ๆ",
                    "จำนวนการเข้าถึงข้อมูลความรู้ด้านต่าง ๆ")));
    assertEquals(RecordKind.ACCESS_EVENT, rule.measure().orElseThrow().kind());
    assertEquals(CountUnit.QUANTITY, rule.unit());
  }

  @Test
  void recognitionOfRetireesIsMeasuredAndTheDiligentAreNoted() {
    List<IndicatorDrafter.Draft> drafts =
        IndicatorDrafter.draft(
            "บุคลากรที่มีการปฏิบัติงานด้วยความวิริยะอุตสาหะ รวมถึงบุคลากรที่จะเกษียณอายุราชการและอายุครบ ๖๐ปี บริบูรณ์",
            "บุคลากรที่มีการปฏิบัติงานด้วยความวิริยะอุตสาหะรวมถึงบุคลากรที่จะเกษียณอายุราชการและอายุครบ ๖๐ปี บริบูรณ์ ร้อยละ ๑๐๐");
    IndicatorRule.Percentage rule = assertInstanceOf(IndicatorRule.Percentage.class, only(drafts));
    assertEquals(PopulationKind.RETIRING_OR_TURNING_SIXTY, rule.population().kind());
    assertTrue(drafts.get(0).note().orElseThrow().en().contains("diligent"));
  }

  @Test
  void aManualInEveryDivisionIsCoverage() {
    IndicatorRule.Coverage rule =
        assertInstanceOf(
            IndicatorRule.Coverage.class,
            only(IndicatorDrafter.draft("คู่มือการปฏิบัติงาน", "จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ")));
    assertEquals(CoverageSet.DIVISIONS, rule.set());
  }

  @Test
  void aTargetWithoutANumberOrAMeasureIsReportOnlyWithANote() {
    List<IndicatorDrafter.Draft> drafts =
        IndicatorDrafter.draft("ข้อมูลประชาสัมพันธ์", "พนักงานในสังกัด");
    assertEquals(IndicatorRule.ReportOnly.nothing(), only(drafts));
    assertTrue(drafts.get(0).note().orElseThrow().en().contains("cannot be measured"));
  }

  @Test
  void monitoringRulesBecomeDeadlineAndOccurrenceRules() {
    KmPlan plan = IndicatorDrafter.draft(EvaluationPlans.base().build()).plan();
    assertEquals(
        List.of(
            IndicatorRule.DeadlineCompliance.externalTrainingReports(15),
            new IndicatorRule.Occurrence(RecordSelector.of(RecordKind.EVALUATION_REPORT), 1)),
        plan.monitoringIndicators().stream().map(m -> m.indicator().rule()).toList());
  }

  @Test
  void aDraftedPlanEvaluatesAndKeepsExistingIndicators() {
    PlanActivity seedRow =
        PlanActivity.builder()
            .from(EvaluationPlans.activity(1, EvaluationPlans.YEAR.months(), List.of()))
            .indicator("บุคลากรในสังกัดเทศบาลเข้าถึงการจัดการความรู้")
            .target("จำนวนบุคลากรที่เข้าถึงการจัดการความรู้อย่างน้อยร้อยละ ๙๐")
            .build();
    Indicator kept = new Indicator("เดิม", "เดิม", IndicatorRule.ReportOnly.nothing());
    KmPlan plan =
        EvaluationPlans.base()
            .addGoals(
                EvaluationPlans.goal(
                    1, List.of(seedRow, EvaluationPlans.activity(2, EvaluationPlans.YEAR.months(), List.of(kept)))))
            .build();
    IndicatorDrafter.Drafted drafted = IndicatorDrafter.draft(plan);
    assertEquals(List.of(kept), drafted.plan().goals().get(0).activities().get(1).indicators());
    assertEquals(List.of(), drafted.notes());
    long seed = CalendarGenerators.newSeed();
    Evaluation e =
        Evaluator.evaluate(
            drafted.plan(),
            RecordGenerator.year(new Random(seed), drafted.plan()),
            LocalDate.of(2026, 9, 30),
            HolidayCalendar.none());
    assertEquals(4, e.results().size(), "seed " + seed);
  }
}
