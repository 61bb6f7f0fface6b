package th.km.core.check;

import java.util.ArrayList;
import java.util.List;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;

/**
 * {@link FindingCode#MISSING_SECTION}: parts every KM plan has. No goals, or a goal without
 * activities, is an error (nothing could be evaluated); the other parts are warnings.
 */
final class MissingSectionRule implements PlanRule {

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    if (plan.announcement().isEmpty()) {
      findings.add(warning("announcement", "ประกาศใช้แผน", "the announcement that adopts the plan"));
    }
    for (CommitteeKind kind : CommitteeKind.values()) {
      if (plan.committee(kind).isEmpty()) {
        findings.add(warning(PlanTexts.committeeSection(kind), kind.thaiName(), "the " + kind.englishName()));
      }
    }
    if (plan.monitoringRule(MonitoringRule.TrainingReport.class).isEmpty()) {
      findings.add(
          warning(
              "monitoring guidance",
              "แนวทางการติดตามและประเมินผล: การรายงานผลการฝึกอบรมภายในกี่วัน",
              "the monitoring guidance on reporting after training, and within how many days"));
    }
    if (plan.monitoringRule(MonitoringRule.EvaluationReport.class).isEmpty()) {
      findings.add(
          warning(
              "monitoring guidance",
              "การรายงานผลของคณะกรรมการติดตามและประเมินผลต่อผู้บริหาร ปีละกี่ครั้ง",
              "how often the M&E committee reports to the mayor each year"));
    }
    if (plan.form1().isEmpty()) {
      findings.add(
          warning("Form 1", "แบบฟอร์มที่ ๑ การจำแนกองค์ความรู้", "Form 1, the knowledge each division needs"));
    }
    if (plan.scopes().isEmpty()) {
      findings.add(warning("KM scopes", "ขอบเขต KM", "the KM scopes"));
    }
    if (plan.goals().isEmpty()) {
      findings.add(
          Finding.error(
              FindingCode.MISSING_SECTION,
              FindingLocation.of(FindingLocation.GOALS),
              "แผนไม่มีเป้าหมาย KM จึงไม่มีสิ่งใดให้ติดตามและประเมินผล",
              "the plan has no KM goals, so there is nothing to monitor or evaluate"));
    }
    for (KmGoal g : plan.goals()) {
      if (g.activities().isEmpty()) {
        findings.add(
            Finding.error(
                FindingCode.MISSING_SECTION,
                FindingLocation.goal(g.number()),
                "เป้าหมาย KM ที่ " + g.number() + " ไม่มีกิจกรรมในแผน (KM Action)",
                "goal " + g.number() + " has no activities in its action plan"));
      }
    }
    return findings;
  }

  private static Finding warning(String section, String th, String en) {
    return Finding.warning(
        FindingCode.MISSING_SECTION,
        FindingLocation.of(section),
        "แผนไม่มี" + th,
        "the plan lacks " + en);
  }
}
