package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.ChangeElement;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.KmScope;
import th.km.core.plan.KmTool;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.Position;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.core.textimport.ImportIssue.Severity;

/**
 * Imports the reference plan (the seed) and checks what a user of the plan would see of its
 * divisions, steps, tools, Form 1, scopes, goals with their activities and narrative, and the
 * issues the import reports; {@link BanWaenImportTest} checks the front matter.
 */
class BanWaenActionPlanImportTest {

  private static final ImportResult RESULT = Fixtures.importFixture(Fixtures.BAN_WAEN);
  private static final KmPlan PLAN = RESULT.plan().orElseThrow();

  @Test
  void divisionsAndPositionsComeFromForm1AndTheCommittees() {
    assertEquals(
        List.of(
            "clerk=สำนักปลัดเทศบาล",
            "finance=กองคลัง",
            "public-works=กองช่าง",
            "education=กองการศึกษา",
            "health=กองสาธารณสุขและสิ่งแวดล้อม"),
        PLAN.divisions().stream().map(d -> d.code() + "=" + d.name()).toList());
    Map<String, Position> positions =
        PLAN.positions().stream().collect(Collectors.toMap(Position::title, Function.identity()));
    assertEquals(8, positions.size());
    assertEquals("finance", positions.get("ผู้อำนวยการกองคลัง").division().orElseThrow().value());
    assertEquals("clerk", positions.get("หัวหน้าสำนักปลัดเทศบาล").division().orElseThrow().value());
    assertEquals(Optional.empty(), positions.get("นักทรัพยากรบุคคล").division());
    assertTrue(positions.containsKey("นายกเทศมนตรีตำบลบ้านแหวน"));
  }

  @Test
  void stepDescriptionsAreThePlansOwnTexts() {
    assertEquals(13, PLAN.stepDescriptions().size(), "7 KM steps and 6 change elements");
    assertEquals(
        "เช่น การสร้างความรู้ใหม่ แสวงหาความรู้จากภายนอก รักษาความรู้เก่า"
            + " กำจัดความรู้ที่ใช้ไม่ได้แล้ว",
        description(KmProcessStep.CREATE_AND_ACQUIRE),
        "written with the alias การสร้างและการแสวงหาความรู้");
    assertTrue(
        description(ChangeElement.LEARNING)
            .startsWith("เพื่อสร้างความเข้าใจและตระหนักถึงความสำคัญ"),
        "'๔ การเรียนรู้' without a dot is item 4 too");
    assertTrue(description(ChangeElement.MEASUREMENT).startsWith("เพื่อให้ทราบว่า"));
  }

  @Test
  void toolsAreRecognisedByTheirNames() {
    assertEquals(
        List.of(
            KmToolKind.KNOWLEDGE_BASE,
            KmToolKind.DOCUMENT,
            KmToolKind.STORYTELLING,
            KmToolKind.AFTER_ACTION_REVIEW),
        PLAN.tools().stream().map(KmTool::kind).toList());
    assertEquals("ฐานข้อมูล (Knowledge Bases)", PLAN.tools().get(0).name());
    assertTrue(PLAN.tools().get(3).description().startsWith("คือ การอภิปราย"));
  }

  @Test
  void form1HasNineRowsOverFiveDivisions() {
    List<StrategicKnowledgeNeed> form1 = PLAN.form1();
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7, 8, 9),
        form1.stream().map(StrategicKnowledgeNeed::number).toList());
    assertEquals(
        Map.of("clerk", 2L, "finance", 1L, "public-works", 1L, "education", 2L, "health", 3L),
        form1.stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.division().orElseThrow().value(), Collectors.counting())));
    StrategicKnowledgeNeed first = form1.get(0);
    assertEquals("การพัฒนาทรัพยากร มนุษย์ภายในองค์กร", first.activity());
    assertEquals(4, first.objectives().size());
    assertEquals(
        List.of(
            "ความรู้ด้านการบริหารงานบุคคล",
            "ความรู้ด้านกฎหมาย",
            "ความรู้เกี่ยวกับสิทธิ สวัสดิการ ค่าตอบแทนต่าง ๆ",
            "นโยบายรัฐบาล"),
        first.requiredKnowledge());
    assertEquals(2, first.kpis().size());
    assertTrue(first.kpis().get(0).contains("(๒๕๖๖ -๒๕๗๐)"));
    assertTrue(first.kpis().get(0).endsWith("พ.ศ. ๒๕๖๙"), "split at ' ๒. ' after the year");
    assertEquals(6, form1.get(4).requiredKnowledge().size());
    assertEquals("กองสาธารณสุขและ สิ่งแวดล้อม", form1.get(8).responsible(), "kept verbatim");
    assertEquals("กองสาธารณสุขและสิ่งแวดล้อม", form1.get(8).divisionName());
  }

  @Test
  void scopesSplitTheirBenefitColumnsIntoItems() {
    List<KmScope> scopes = PLAN.scopes();
    assertEquals(3, scopes.size());
    assertEquals("การพัฒนางานที่ปฏิบัติ", scopes.get(0).title());
    assertEquals(2, scopes.get(0).benefitsToStaff().size());
    assertEquals(4, scopes.get(0).benefitsToExecutives().size());
    assertEquals(2, scopes.get(0).relatedPolicies().size());
    assertEquals(1, scopes.get(1).benefitsToStaff().size(), "a cell without numbering is one item");
    assertEquals(1, scopes.get(2).benefitsToExecutives().size());
  }

  @Test
  void goalsMergeTheirPagesAndKeepTitleVariants() {
    assertEquals(List.of(1, 2, 3, 4), PLAN.goals().stream().map(KmGoal::number).toList());
    // The issue text says goal 4 has six activities and the brief for this importer said five:
    // the seed's goal 4 table has six rows (๑–๖, the last is การวัดผล on line 326). The importer
    // takes what the document has.
    assertEquals(
        List.of(5, 6, 7, 6), PLAN.goals().stream().map(g -> g.activities().size()).toList());
    KmGoal goal1 = PLAN.goal(1).orElseThrow();
    assertEquals(
        List.of("จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ", "จัดทำรายงานผลการฝึกอบรมหลังการฝึกอบรม"),
        goal1.measurableOutcomes());
    assertEquals(List.of(), goal1.titleVariants(), "the repeated header reads the same");
    KmGoal goal3 = PLAN.goal(3).orElseThrow();
    assertTrue(goal3.title().startsWith("เทศบาลตำบลบ้านอัครแห่งการเรียนรู้"));
    assertEquals(1, goal3.titleVariants().size());
    assertTrue(goal3.titleVariants().get(0).startsWith("เทศบาลตำบลบ้านองค์การแห่งการเรียนรู้"));
    KmGoal goal4 = PLAN.goal(4).orElseThrow();
    assertTrue(goal4.title().contains("ต่างๆ เช่น ฝึกอบรม/สัมมนา ใน"));
    assertEquals(1, goal4.titleVariants().size());
    assertTrue(goal4.titleVariants().get(0).contains("ต่าง ๆ เช่น ฝึกอบรม/สัมมนาใน"));
  }

  @Test
  void frameworksAndStepsAreDecidedFromTheActivities() {
    assertEquals(
        List.of(
            Framework.KM_PROCESS,
            Framework.KM_PROCESS,
            Framework.KM_PROCESS,
            Framework.CHANGE_MANAGEMENT),
        PLAN.goals().stream().map(KmGoal::framework).toList());
    assertEquals(KmProcessStep.CODIFY_AND_REFINE, activity(1, 4).step(), "the typo การประเมินผล…");
    assertEquals(
        List.of(KmProcessStep.SHARE, KmProcessStep.LEARN),
        PLAN.goal(1).orElseThrow().missingSteps());
    assertEquals(List.of(KmProcessStep.IDENTIFY), PLAN.goal(2).orElseThrow().missingSteps());
    assertEquals(List.of(), PLAN.goal(3).orElseThrow().missingSteps());
    assertEquals(ChangeElement.PREPARATION, activity(4, 1).step());
    assertEquals(
        ChangeElement.RECOGNITION, activity(4, 5).step(), "HAAPPY WORK PACE by its method");
    assertEquals(ChangeElement.MEASUREMENT, activity(4, 6).step());
  }

  @Test
  void activitiesKeepEveryCellVerbatim() {
    PlanActivity a = activity(2, 2);
    assertEquals("การจัดการความรู้ให้เป็นระบบ", a.name());
    assertEquals(List.of("บอร์ดประชาสัมพันธ์", "เว็บไซต์เทศบาล", "จัดทำรายงาน"), a.details());
    assertEquals(KmProcessStep.ORGANIZE, a.step());
    assertEquals(
        "๑. รวบรวมความรู้เป็นหมวดหมู่ และจัดทำฐานข้อมูล ๒. สร้างคลังความรู้"
            + " ระเบียบข้อกฎหมายผ่านระบบเครือข่ายคอมพิวเตอร์",
        a.method());
    assertEquals("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", a.period().text());
    assertEquals(
        Optional.of(new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2026, 9))),
        a.period().months());
    assertEquals("จำนวนฐานข้อมูลความรู้ด้านต่าง ๆ", a.indicator());
    assertEquals("บุคลากรในองค์กรได้รับองค์ความรู้เพิ่มเติม", a.target());
    assertEquals("หัวหน้าส่วนราชการแต่ละสำนัก/กอง", a.responsible());
    assertEquals(Optional.empty(), a.note());
    assertEquals(Optional.of(279), a.sourceLine());
    assertTrue(activity(1, 3).period().months().isPresent(), "ต.ค ๒๕๖๘ without its last dot");
    assertEquals(
        "จำนวนบุคลากรที่ทราบเป้าหมาย KM ของเทศบาลไม่น้อยกว่าร้อยละ ๙๐",
        activity(4, 1).target(),
        "goal 4's table has no note column; its columns are mapped by name");
    assertTrue(
        PLAN.goals().stream()
            .flatMap(g -> g.activities().stream())
            .allMatch(x -> x.period().months().isPresent()));
  }

  @Test
  void narrativeKeepsTheProse() {
    Map<String, NarrativeSection> byHeading =
        PLAN.narrative().stream()
            .collect(Collectors.toMap(NarrativeSection::heading, Function.identity(), (x, y) -> x));
    assertTrue(byHeading.get("คำนำ").paragraphs().contains("งานกาณ์เจ้าหน้าที่ สำนักปลัดเทศบาล"));
    assertEquals(10, byHeading.get("สารบัญ").paragraphs().size());
    assertEquals(
        8, byHeading.get("การจัดการความรู้ (Knowledge Management : KM)").paragraphs().size());
    assertTrue(
        byHeading
            .get("กระบวนการจัดการความรู้ (Knowledge Management)")
            .paragraphs()
            .get(0)
            .startsWith("เป็นกระบวนการ"));
    assertTrue(
        byHeading.containsKey("ความหมายของ \"การจัดการความรู้ (Knowledge Management : KM)\""));
  }

  @Test
  void theSeedImportsWithTheseIssuesOnly() {
    assertEquals(
        List.of(
            "WARNING 15", // วันที่ 68 เดือน มีนาคม cannot exist
            "INFO 270", // การประเมินผล… taken for step 4 by spelling
            "WARNING 302", // goal 3's title differs on its second page
            "INFO 312", // goal 4 headed KM Process, planned on the change elements
            "WARNING 322", // goal 4's title differs on its second page
            "INFO 325"), // HAAPPY WORK PACE placed by its method
        RESULT.issues().stream().map(i -> i.severity() + " " + i.line()).toList());
    assertFalse(RESULT.hasErrors());
    ImportIssue date = RESULT.issues(Severity.WARNING).get(0);
    assertTrue(date.messageEn().contains("no day 68 in March"), date.messageEn());
    assertTrue(date.messageTh().contains("ไม่มีวันที่ 68"), date.messageTh());
    ImportIssue happy = RESULT.issues().get(5);
    assertTrue(happy.messageTh().contains("การยกย่องชมเชยและให้รางวัล"), happy.messageTh());
    assertTrue(happy.messageEn().contains("resemble the description"), happy.messageEn());
  }

  private static String description(th.km.core.plan.PlanStep step) {
    return PLAN.stepDescriptions().stream()
        .filter(d -> d.step() == step)
        .findFirst()
        .orElseThrow()
        .text();
  }

  private static PlanActivity activity(int goal, int number) {
    return PLAN.goal(goal).orElseThrow().activities().stream()
        .filter(a -> a.number() == number)
        .findFirst()
        .orElseThrow();
  }
}
