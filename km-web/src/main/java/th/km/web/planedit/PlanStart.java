package th.km.web.planedit;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmTool;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.Organization;
import th.km.core.plan.PlanCopier;
import th.km.core.plan.StepDescription;
import th.km.persistence.demo.DemoYear;

/**
 * How a new year's plan starts in the editor (เริ่มแผนปีใหม่): empty, from km's template of the
 * standard sections, or as a copy of last year's plan ({@link PlanCopier}, as {@code km db
 * copy-plan} does).
 *
 * <p>The template is the reference plan's standard text (Ban Waen, B.E. 2569): the concept of KM,
 * the seven KM steps and six change elements with their descriptions, the KM tools, and the
 * monitoring rules with their indicators. The reference organization's name in that text becomes
 * the new plan's organization's, and the years its year. Its goals, committees, divisions, Form 1
 * and scopes are the organization's own to write, so the template leaves them empty.
 */
public final class PlanStart {

  /** The three ways to start. */
  public enum How {
    EMPTY,
    TEMPLATE,
    COPY;

    /** The way named in a form ({@code empty}, {@code template}, {@code copy}). */
    public static How of(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** Words of the headings of the reference plan's standard sections. */
  private static final List<String> STANDARD_HEADINGS =
      List.of("ความหมาย", "Knowledge Management Process", "Change Management", "เครื่องมือ", "ติดตามและประเมิน");

  private static final String REFERENCE_NAME = "บ้านแหวน";

  private PlanStart() {}

  /** The reference plan whose examples the editor's new items copy. */
  public static KmPlan reference() {
    return DemoYear.shippedPlan();
  }

  /** A plan with nothing but the organization, the year and the title. */
  public static KmPlan empty(Organization organization, FiscalYear year) {
    return KmPlan.builder()
        .organization(organization)
        .fiscalYear(year)
        .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. " + ThaiDigits.toThai(String.valueOf(year.buddhistYear())))
        .build();
  }

  /** The empty plan with the reference plan's standard sections, in the organization's words. */
  public static KmPlan template(Organization organization, FiscalYear year) {
    KmPlan reference = reference();
    UnaryOperator<String> own = text -> text.replace(REFERENCE_NAME, organization.name());
    KmPlan standard =
        KmPlan.builder()
            .from(empty(organization, reference.fiscalYear()))
            .stepDescriptions(
                reference.stepDescriptions().stream()
                    .map(d -> new StepDescription(d.step(), own.apply(d.text())))
                    .toList())
            .tools(
                reference.tools().stream()
                    .map(t -> new KmTool(t.kind(), own.apply(t.name()), own.apply(t.description())))
                    .toList())
            .monitoringRules(reference.monitoringRules().stream().map(r -> rule(r, own)).toList())
            .monitoringIndicators(reference.monitoringIndicators())
            .narrative(
                reference.narrative().stream()
                    .filter(PlanStart::standard)
                    .map(
                        n ->
                            new NarrativeSection(
                                own.apply(n.heading()), n.paragraphs().stream().map(own).toList()))
                    .toList())
            .build();
    KmPlan moved = standard;
    // The reference's years move with the plan, as copy-plan moves them, one year at a time.
    while (moved.fiscalYear().buddhistYear() < year.buddhistYear()) {
      moved = PlanCopier.toNextYear(moved);
    }
    return KmPlan.builder().from(moved).fiscalYear(year).title(empty(organization, year).title()).build();
  }

  /** Last year's plan as this year's draft. */
  public static KmPlan copy(KmPlan lastYear) {
    return PlanCopier.toNextYear(lastYear);
  }

  private static boolean standard(NarrativeSection section) {
    return STANDARD_HEADINGS.stream().anyMatch(section.heading()::contains)
        && !section.heading().contains(REFERENCE_NAME);
  }

  private static MonitoringRule rule(MonitoringRule rule, UnaryOperator<String> own) {
    return switch (rule) {
      case MonitoringRule.TrainingReport r ->
          new MonitoringRule.TrainingReport(own.apply(r.text()), r.days(), own.apply(r.routedTo()), r.externalOnly());
      case MonitoringRule.KnowledgeDocument r -> new MonitoringRule.KnowledgeDocument(own.apply(r.text()));
      case MonitoringRule.SupervisorReview r -> new MonitoringRule.SupervisorReview(own.apply(r.text()));
      case MonitoringRule.EvaluationReport r ->
          new MonitoringRule.EvaluationReport(own.apply(r.text()), r.timesPerYear(), own.apply(r.reportTo()));
      case MonitoringRule.Other r -> new MonitoringRule.Other(r.key(), own.apply(r.text()));
    };
  }
}
