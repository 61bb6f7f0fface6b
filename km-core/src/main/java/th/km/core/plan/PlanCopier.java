package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.MonitoringIndicator;

/**
 * Copies a plan into the next fiscal year (ยกแผนไปปีงบประมาณถัดไป), as the start of next year's
 * draft: the same goals, activities, indicators, committees, monitoring rules, Form 1 and scopes,
 * one year on.
 *
 * <p>What changes in the copy, and nothing else:
 *
 * <ul>
 *   <li>the fiscal year, and every activity's months, move on by one year;
 *   <li>every text the plan writes moves the years it names: a year marked by พ.ศ., ปีงบประมาณ or a
 *       month name that is the plan's year or the year before ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" becomes
 *       "... ๒๕๗๐"), each number in its own digits; in an activity's period every marked year
 *       moves. Other numbers, a cited law's year and the citations themselves stay as written;
 *   <li>committee seats are kept by position: people change from year to year, so a seat that names
 *       a position loses the person's name (a seat the plan names only by a person keeps it, or the
 *       seat would be lost); the announcement likewise loses its signer's name but keeps the
 *       signer's position;
 *   <li>the announcement loses its date, both the text and the day: the new plan has not been
 *       announced yet.
 * </ul>
 */
public final class PlanCopier {

  private PlanCopier() {}

  /**
   * The plan as a draft for the next fiscal year.
   *
   * @throws IllegalArgumentException when the plan's year is the last one km accepts (B.E. 2700)
   */
  public static KmPlan toNextYear(KmPlan plan) {
    FiscalYear year = plan.fiscalYear();
    checkArgument(
        year.buddhistYear() < 2700,
        "the plan of %s is for B.E. %s, the last fiscal year km accepts; it has no next year",
        plan.organization().code(),
        year.buddhistYear());
    UnaryOperator<String> prose = text -> YearTexts.nextYearInProse(text, year);
    return KmPlan.builder()
        .from(plan)
        .fiscalYear(year.next())
        .title(prose.apply(plan.title()))
        .preparedBy(plan.preparedBy().map(prose))
        .announcement(plan.announcement().map(a -> announcement(a, prose)))
        .committees(map(plan.committees(), c -> committee(c, prose)))
        .stepDescriptions(
            map(plan.stepDescriptions(), d -> new StepDescription(d.step(), prose.apply(d.text()))))
        .tools(
            map(
                plan.tools(),
                t -> new KmTool(t.kind(), prose.apply(t.name()), prose.apply(t.description()))))
        .monitoringRules(map(plan.monitoringRules(), r -> rule(r, prose)))
        .monitoringIndicators(
            map(
                plan.monitoringIndicators(),
                m -> new MonitoringIndicator(m.ruleKey(), indicator(m.indicator(), prose))))
        .form1(map(plan.form1(), f -> need(f, prose)))
        .scopes(map(plan.scopes(), s -> scope(s, prose)))
        .goals(map(plan.goals(), g -> goal(g, prose)))
        .narrative(
            map(
                plan.narrative(),
                n -> new NarrativeSection(prose.apply(n.heading()), map(n.paragraphs(), prose))))
        .build();
  }

  private static Announcement announcement(Announcement a, UnaryOperator<String> prose) {
    return Announcement.builder()
        .heading(prose.apply(a.heading()))
        .subject(prose.apply(a.subject()))
        .paragraphs(map(a.paragraphs(), prose))
        .dateText("")
        .date(Optional.empty())
        .signerName(Optional.empty())
        .signerPosition(a.signerPosition().map(prose))
        .build();
  }

  private static Committee committee(Committee c, UnaryOperator<String> prose) {
    return Committee.builder()
        .kind(c.kind())
        .name(prose.apply(c.name()))
        .members(map(c.members(), PlanCopier::seatByPosition))
        .duties(map(c.duties(), d -> new RoleDuties(d.role(), map(d.duties(), prose))))
        .remit(c.remit().map(prose))
        .build();
  }

  private static CommitteeMember seatByPosition(CommitteeMember seat) {
    if (seat.position().isEmpty()) {
      return seat;
    }
    return new CommitteeMember(seat.role(), Optional.empty(), seat.position(), seat.roleText());
  }

  private static MonitoringRule rule(MonitoringRule rule, UnaryOperator<String> prose) {
    return switch (rule) {
      case MonitoringRule.TrainingReport r ->
          new MonitoringRule.TrainingReport(
              prose.apply(r.text()), r.days(), prose.apply(r.routedTo()), r.externalOnly());
      case MonitoringRule.KnowledgeDocument r ->
          new MonitoringRule.KnowledgeDocument(prose.apply(r.text()));
      case MonitoringRule.SupervisorReview r ->
          new MonitoringRule.SupervisorReview(prose.apply(r.text()));
      case MonitoringRule.EvaluationReport r ->
          new MonitoringRule.EvaluationReport(
              prose.apply(r.text()), r.timesPerYear(), prose.apply(r.reportTo()));
      case MonitoringRule.Other r -> new MonitoringRule.Other(r.key(), prose.apply(r.text()));
    };
  }

  private static Indicator indicator(Indicator indicator, UnaryOperator<String> prose) {
    return new Indicator(
        prose.apply(indicator.indicatorText()),
        prose.apply(indicator.targetText()),
        indicator.rule());
  }

  private static StrategicKnowledgeNeed need(
      StrategicKnowledgeNeed f, UnaryOperator<String> prose) {
    return StrategicKnowledgeNeed.builder()
        .from(f)
        .divisionName(prose.apply(f.divisionName()))
        .activity(prose.apply(f.activity()))
        .objectives(map(f.objectives(), prose))
        .kpis(map(f.kpis(), prose))
        .responsible(prose.apply(f.responsible()))
        .requiredKnowledge(map(f.requiredKnowledge(), prose))
        .build();
  }

  private static KmScope scope(KmScope s, UnaryOperator<String> prose) {
    return KmScope.builder()
        .from(s)
        .title(prose.apply(s.title()))
        .benefitsToStaff(map(s.benefitsToStaff(), prose))
        .benefitsToExecutives(map(s.benefitsToExecutives(), prose))
        .relatedPolicies(map(s.relatedPolicies(), prose))
        .build();
  }

  private static KmGoal goal(KmGoal g, UnaryOperator<String> prose) {
    return KmGoal.builder()
        .from(g)
        .title(prose.apply(g.title()))
        .titleVariants(map(g.titleVariants(), prose))
        .measurableOutcomes(map(g.measurableOutcomes(), prose))
        .activities(map(g.activities(), a -> activity(a, prose)))
        .build();
  }

  private static PlanActivity activity(PlanActivity a, UnaryOperator<String> prose) {
    return PlanActivity.builder()
        .from(a)
        .name(prose.apply(a.name()))
        .details(map(a.details(), prose))
        .method(prose.apply(a.method()))
        .period(
            new ActivityPeriod(
                YearTexts.nextYearInPeriod(a.period().text()),
                a.period().months().map(PlanCopier::oneYearOn)))
        .indicator(prose.apply(a.indicator()))
        .target(prose.apply(a.target()))
        .responsible(prose.apply(a.responsible()))
        .note(a.note().map(prose))
        .indicators(map(a.indicators(), i -> indicator(i, prose)))
        .build();
  }

  private static MonthRange oneYearOn(MonthRange months) {
    YearMonth start = months.start().plusYears(1);
    return new MonthRange(start, months.end().plusYears(1));
  }

  private static <T> List<T> map(List<T> items, UnaryOperator<T> change) {
    return items.stream().map(change).toList();
  }
}
