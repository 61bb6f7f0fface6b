package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.ChangeElement;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.core.textimport.ImportIssue.Severity;

/**
 * Another organization's plan in the same style: a subdistrict administrative organization, other
 * names, divisions, counts, deadlines, Arabic digits, a table with its columns in another order,
 * and no KM scopes, contents or tools sections. Nothing in the importer may be specific to Ban
 * Waen.
 */
class NongBuaImportTest {

  private static final ImportResult RESULT = Fixtures.importFixture(Fixtures.NONG_BUA);
  private static final KmPlan PLAN = RESULT.plan().orElseThrow();

  @Test
  void organizationAndYear() {
    assertEquals(
        OrganizationType.SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION, PLAN.organization().type());
    assertEquals("หนองบัว", PLAN.organization().name());
    assertEquals(Optional.of("เมืองขอนแก่น"), PLAN.organization().district());
    assertEquals(Optional.of("ขอนแก่น"), PLAN.organization().province());
    assertEquals("nong-bua", PLAN.organization().code().value());
    assertEquals(2570, PLAN.fiscalYear().buddhistYear());
    assertEquals(Optional.of(LocalDate.of(2026, 10, 15)), PLAN.announcement().orElseThrow().date());
    assertEquals(
        Optional.of("นายกองค์การบริหารส่วนตำบลหนองบัว"),
        PLAN.announcement().orElseThrow().signerPosition());
  }

  @Test
  void fourDivisionsIncludingSocialWelfare() {
    assertEquals(
        List.of("finance", "public-works", "social-welfare", "clerk"),
        PLAN.divisions().stream().map(d -> d.code().value()).toList(),
        "in the order the plan first names them");
    assertEquals(
        "สำนักปลัด", PLAN.division(th.km.core.plan.DivisionCode.of("clerk")).orElseThrow().name());
    assertEquals(
        List.of("clerk", "clerk", "finance", "public-works", "social-welfare"),
        PLAN.form1().stream().map(f -> f.division().orElseThrow().value()).toList());
    StrategicKnowledgeNeed first = PLAN.form1().get(0);
    assertEquals(
        List.of("จำนวนบุคลากรที่ได้รับการอบรม ปีงบประมาณ พ.ศ. 2570", "จำนวนหลักสูตร"),
        first.kpis());
    assertEquals(List.of("จำนวนรายได้ที่จัดเก็บได้ (2569-2570)"), PLAN.form1().get(2).kpis());
  }

  @Test
  void kmCommitteeWithThreeMembers() {
    Committee km = PLAN.committee(CommitteeKind.KNOWLEDGE_MANAGEMENT).orElseThrow();
    assertEquals(3, km.count(CommitteeRole.MEMBER));
    assertEquals(1, km.count(CommitteeRole.CHAIR));
    assertEquals(Optional.of("นายประเสริฐ มั่นคง"), km.members().get(1).personName());
    assertEquals(Optional.of("ปลัดองค์การบริหารส่วนตำบล"), km.members().get(1).position());
    assertEquals(Optional.of("นาย วิชัย ศรีสุข"), km.members().get(3).personName());
    assertEquals(Optional.of("หัวหน้าสำนักปลัด"), km.members().get(5).position());
    assertEquals(CommitteeRole.SECRETARY, km.members().get(5).role());
    assertEquals(
        List.of("ดำเนินงานตามแผนที่ได้รับมอบหมาย", "รายงานผลในส่วนที่รับผิดชอบ"),
        km.dutiesOf(CommitteeRole.MEMBER));
    Committee me = PLAN.committee(CommitteeKind.MONITORING_AND_EVALUATION).orElseThrow();
    assertEquals(5, me.members().size());
    assertEquals(CommitteeRole.SECRETARY, me.members().get(4).role(), "กรรมการและเลขานุการ");
  }

  @Test
  void deadlinesAndFrequencyAreThisPlansOwn() {
    MonitoringRule.TrainingReport report =
        PLAN.monitoringRule(MonitoringRule.TrainingReport.class).orElseThrow();
    assertEquals(20, report.days());
    assertEquals("นายกองค์การบริหารส่วนตำบล", report.routedTo());
    assertEquals(false, report.externalOnly(), "this plan does not limit it to outside training");
    MonitoringRule.EvaluationReport evaluation =
        PLAN.monitoringRule(MonitoringRule.EvaluationReport.class).orElseThrow();
    assertEquals(2, evaluation.timesPerYear());
    assertEquals("นายกองค์การบริหารส่วนตำบลหนองบัว", evaluation.reportTo());
    assertEquals(
        List.of(
            new MonitoringRule.Other(
                "other-1", "ให้เผยแพร่ผลการจัดการความรู้ทางเว็บไซต์ขององค์กร")),
        PLAN.monitoringRules().stream().filter(r -> r instanceof MonitoringRule.Other).toList());
  }

  @Test
  void threeGoalsWithTablesThatDoAndDoNotBreak() {
    assertEquals(List.of(7, 3, 6), PLAN.goals().stream().map(g -> g.activities().size()).toList());
    assertEquals(List.of(), PLAN.goal(1).orElseThrow().missingSteps(), "rows 1–4 and 5–7 merged");
    assertEquals(List.of(), PLAN.scopes(), "the plan has no KM scopes section");
    assertEquals(List.of(), PLAN.tools());
    KmGoal goal3 = PLAN.goal(3).orElseThrow();
    assertEquals(Framework.CHANGE_MANAGEMENT, goal3.framework());
    assertEquals(ChangeElement.RECOGNITION, goal3.activities().get(5).step());
    PlanActivity a = goal3.activities().get(3);
    assertEquals("อบรมหลักการจัดการความรู้", a.method());
    assertEquals("จำนวนผู้เข้าอบรม", a.indicator(), "columns mapped by name, period moved");
    assertEquals("ไม่น้อยกว่า 20 คน", a.target());
    assertEquals("ก.พ. 2570", a.period().text());
    assertEquals(
        Optional.of(new MonthRange(YearMonth.of(2027, 2), YearMonth.of(2027, 2))),
        a.period().months());
    PlanActivity withNote = PLAN.goal(1).orElseThrow().activities().get(1);
    assertEquals(Optional.of("งบประมาณ 20,000 บาท"), withNote.note());
    assertEquals(List.of("ภายในองค์กร", "ภายนอกองค์กร"), withNote.details());
    assertEquals(
        Optional.of(new MonthRange(YearMonth.of(2027, 1), YearMonth.of(2027, 3))),
        PLAN.goal(1).orElseThrow().activities().get(2).period().months(),
        "ม.ค. - มี.ค. 2570");
  }

  @Test
  void citationsInArabicDigits() {
    assertEquals(
        List.of(2546, 2548), PLAN.citations().stream().map(c -> c.buddhistYear()).toList());
    assertEquals("พ.ศ 2548", PLAN.citations().get(1).yearText());
  }

  @Test
  void importsWithOnlyTheUnclassifiedGuidanceReported() {
    assertEquals(
        List.of("INFO 68"),
        RESULT.issues().stream().map(i -> i.severity() + " " + i.line()).toList());
    assertTrue(RESULT.issues(Severity.ERROR).isEmpty());
  }
}
