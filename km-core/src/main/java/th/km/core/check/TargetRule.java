package th.km.core.check;

import static th.km.core.check.TextTools.quote;

import java.util.ArrayList;
import java.util.List;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.target.ParsedTarget;
import th.km.core.target.TargetParser;

/**
 * {@link FindingCode#TARGET_NOT_MEASURABLE}: an activity target, or a numbered part of one, with no
 * number, percentage or "every" — it can only be reported, never evaluated as met.
 */
final class TargetRule implements PlanRule {

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    for (KmGoal g : plan.goals()) {
      for (PlanActivity a : g.activities()) {
        List<String> parts = TargetParser.splitNumbered(a.target());
        List<String> th = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String part : parts) {
          if (TargetParser.parse(part) instanceof ParsedTarget.Unmeasurable u) {
            th.add(quote(part) + " (" + u.reasonTh() + ")");
            en.add(quote(part) + " (" + u.reasonEn() + ")");
          }
        }
        if (th.isEmpty()) {
          continue;
        }
        FindingLocation at = FindingLocation.activity(g.number(), a.number(), a.sourceLine());
        String whole = parts.size() > 1 ? "บางส่วนของช่องเป้าหมาย" : "ช่องเป้าหมาย";
        String wholeEn = parts.size() > 1 ? "part of the target" : "the target";
        findings.add(
            Finding.warning(
                FindingCode.TARGET_NOT_MEASURABLE,
                at,
                whole + "ใน" + at.toThai() + " วัดผลไม่ได้: " + String.join("; ", th)
                    + " จะรายงานได้อย่างเดียว ไม่นับว่าบรรลุ",
                wholeEn + " of " + at + " cannot be measured: " + String.join("; ", en)
                    + "; it can only be reported, never counted as met"));
      }
    }
    return findings;
  }
}
