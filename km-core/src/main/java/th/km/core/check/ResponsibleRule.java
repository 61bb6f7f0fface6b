package th.km.core.check;

import static th.km.core.check.TextTools.quote;

import java.util.ArrayList;
import java.util.List;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.ResolvedResponsible;
import th.km.core.plan.Responsibles;

/**
 * {@link FindingCode#UNKNOWN_RESPONSIBLE}: an activity's responsible text with a part that names no
 * division, group of staff, committee or position of the plan, or that names no one at all.
 */
final class ResponsibleRule implements PlanRule {

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    for (KmGoal g : plan.goals()) {
      for (PlanActivity a : g.activities()) {
        FindingLocation at = FindingLocation.activity(g.number(), a.number(), a.sourceLine());
        ResolvedResponsible r = Responsibles.resolve(a.responsible(), plan);
        if (r.parties().isEmpty()) {
          findings.add(
              Finding.warning(
                  FindingCode.UNKNOWN_RESPONSIBLE,
                  at,
                  at.toThai() + " ไม่ได้ระบุผู้รับผิดชอบ",
                  at + " names no one responsible"));
        } else if (!r.unknownParts().isEmpty()) {
          String parts = String.join(", ", r.unknownParts().stream().map(TextTools::quote).toList());
          findings.add(
              Finding.warning(
                  FindingCode.UNKNOWN_RESPONSIBLE,
                  at,
                  "ผู้รับผิดชอบ " + parts + " ใน " + quote(a.responsible()) + " (" + at.toThai()
                      + ") ไม่ใช่ส่วนราชการ คณะกรรมการ หรือตำแหน่งที่แผนระบุไว้",
                  "the responsible " + parts + " in " + quote(a.responsible()) + " (" + at
                      + ") is neither a division, a committee nor a position the plan names"));
        }
      }
    }
    return findings;
  }
}
