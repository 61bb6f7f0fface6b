package th.km.core.check;

import static th.km.core.check.TextTools.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.MonthRange;
import th.km.core.calendar.ThaiDates;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;

/**
 * {@link FindingCode#PERIOD_OUTSIDE_FISCAL_YEAR} and {@link FindingCode#PERIOD_UNREADABLE}: an
 * activity that runs outside the plan's fiscal year, or whose period cannot be read as months.
 */
final class PeriodRule implements PlanRule {

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    MonthRange year = plan.fiscalYear().months();
    String yearText = ThaiDates.format(year, ThaiDates.Digits.THAI);
    for (KmGoal g : plan.goals()) {
      for (PlanActivity a : g.activities()) {
        FindingLocation at = FindingLocation.activity(g.number(), a.number(), a.sourceLine());
        String text = a.period().text();
        Optional<MonthRange> months =
            a.period().months().or(() -> ThaiDates.parseMonthRange(text));
        if (months.isEmpty()) {
          findings.add(
              Finding.warning(
                  FindingCode.PERIOD_UNREADABLE,
                  at,
                  "อ่านระยะเวลา " + quote(text) + " ของ" + at.toThai()
                      + " เป็นเดือนไม่ได้ (เขียนเช่น \"ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙\")",
                  "the period " + quote(text) + " of " + at
                      + " cannot be read as months (write it like \"ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙\")"));
        } else if (!months.get().within(year)) {
          findings.add(
              Finding.error(
                  FindingCode.PERIOD_OUTSIDE_FISCAL_YEAR,
                  at,
                  "ระยะเวลา " + quote(text) + " ของ" + at.toThai() + " อยู่นอกปีงบประมาณ พ.ศ. "
                      + plan.fiscalYear().buddhistYear() + " (" + yearText + ")",
                  "the period " + quote(text) + " of " + at + " lies outside fiscal year B.E. "
                      + plan.fiscalYear().buddhistYear() + " (" + year.start() + " to " + year.end()
                      + ")"));
        }
      }
    }
    return findings;
  }
}
