package th.km.core.check;

import java.util.ArrayList;
import java.util.List;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanStep;

/**
 * {@link FindingCode#STEP_COVERAGE} and {@link FindingCode#ELEMENT_COVERAGE}: a goal whose
 * activities leave some of the seven KM steps, or of the six change elements, without an activity.
 * A goal with no activity at all is a missing section instead.
 */
final class CoverageRule implements PlanRule {

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    for (KmGoal g : plan.goals()) {
      List<PlanStep> missing = g.missingSteps();
      if (g.activities().isEmpty() || missing.isEmpty()) {
        continue;
      }
      boolean process = g.framework() == Framework.KM_PROCESS;
      String th =
          String.join(
              ", ", missing.stream().map(s -> s.number() + " " + TextTools.quote(s.thaiName())).toList());
      String en =
          String.join(
              ", ",
              missing.stream()
                  .map(s -> s.number() + " " + TextTools.quote(s.englishName()))
                  .toList());
      int total = g.framework().steps().size();
      findings.add(
          Finding.warning(
              process ? FindingCode.STEP_COVERAGE : FindingCode.ELEMENT_COVERAGE,
              FindingLocation.goal(g.number()),
              "เป้าหมาย KM ที่ " + g.number() + " ไม่มีกิจกรรมสำหรับ"
                  + (process ? "ขั้นตอน" : "องค์ประกอบ") + " " + th + " (จาก " + total + " "
                  + (process ? "ขั้นตอน" : "องค์ประกอบ") + ")",
              "goal " + g.number() + " has no activity for "
                  + (process ? "KM step" : "change element") + (missing.size() > 1 ? "s " : " ") + en
                  + " (of the " + total + " " + (process ? "steps" : "elements") + ")"));
    }
    return findings;
  }
}
