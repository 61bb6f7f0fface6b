package th.km.core.check;

import static th.km.core.check.TextTools.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import th.km.core.calendar.DateReading;
import th.km.core.calendar.ThaiDates;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmPlan;

/** {@link FindingCode#INVALID_DATE}: a date in any text that cannot exist ("วันที่ 68 เดือน มีนาคม"). */
final class InvalidDateRule implements PlanRule {

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (PlanText t : texts) {
      for (DateReading reading : ThaiDates.findDates(t.text())) {
        if (reading instanceof DateReading.Impossible impossible
            && seen.add(t.location() + "|" + impossible.text())) {
          findings.add(
              Finding.error(
                  FindingCode.INVALID_DATE,
                  t.location(),
                  "วันที่ " + quote(impossible.text()) + " ใน" + t.where().th() + " ไม่มีจริง: "
                      + impossible.reasonTh(),
                  "the date " + quote(impossible.text()) + " in the " + t.where().en()
                      + " cannot exist: " + impossible.reasonEn()));
        }
      }
    }
    return findings;
  }
}
