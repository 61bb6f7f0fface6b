package th.km.core.check;

import java.util.ArrayList;
import java.util.List;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmPlan;

/**
 * Checks a KM plan for the defects real plans carry and reports them as findings, most severe
 * first. Each rule is a small class for one finding code or one family of them.
 */
public final class PlanChecker {

  private static final List<PlanRule> RULES =
      List.of(
          new OrganizationNameRule(),
          new ProvinceCodeRule(),
          new InvalidDateRule(),
          new CitationYearRule(),
          new StepNameRule(),
          new CoverageRule(),
          new TargetRule(),
          new PeriodRule(),
          new ResponsibleRule(),
          new MissingSectionRule(),
          new SpellingRule(),
          new ThaiSequenceRule(),
          new DigitStyleRule(),
          new EraAbbreviationRule());

  private PlanChecker() {}

  /** Every finding of every rule on the plan. */
  public static CheckReport check(KmPlan plan) {
    List<PlanText> texts = PlanTexts.walk(plan).toList();
    List<Finding> findings = new ArrayList<>();
    for (PlanRule rule : RULES) {
      findings.addAll(rule.check(plan, texts));
    }
    return new CheckReport(findings);
  }
}
