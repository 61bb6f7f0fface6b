package th.km.web.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * The JSON shapes of the plan resources of the API, mapped explicitly from the domain so that a
 * change of the domain never changes the API by accident. Absent values are left out.
 */
public final class PlanJson {

  private PlanJson() {}

  /** The envelope of every plan resource: whose plan, which year, and the items. */
  public record Envelope<T>(String organization, int fiscalYear, List<T> items) {
    static <T> Envelope<T> of(KmPlan plan, List<T> items) {
      return new Envelope<>(plan.organization().code().value(), plan.fiscalYear().buddhistYear(), items);
    }
  }

  /** A committee. */
  public record CommitteeJson(
      String kind, String name, List<MemberJson> members, List<DutiesJson> duties, @Nullable String remit) {
    static CommitteeJson of(Committee c) {
      return new CommitteeJson(
          c.kind().name(),
          c.name(),
          c.members().stream().map(MemberJson::of).toList(),
          c.duties().stream().map(d -> new DutiesJson(d.role().name(), d.duties())).toList(),
          c.remit().orElse(null));
    }
  }

  /** A seat on a committee. */
  public record MemberJson(
      String role, @Nullable String personName, @Nullable String position, String roleText) {
    static MemberJson of(CommitteeMember m) {
      return new MemberJson(m.role().name(), m.personName().orElse(null), m.position().orElse(null), m.roleText());
    }
  }

  /** The duties of a role. */
  public record DutiesJson(String role, List<String> duties) {}

  /** A row of Form 1. */
  public record KnowledgeNeedJson(
      int number,
      String divisionName,
      @Nullable String division,
      String activity,
      List<String> objectives,
      List<String> kpis,
      String responsible,
      List<String> requiredKnowledge) {
    static KnowledgeNeedJson of(StrategicKnowledgeNeed n) {
      return new KnowledgeNeedJson(
          n.number(),
          n.divisionName(),
          n.division().map(d -> d.value()).orElse(null),
          n.activity(),
          n.objectives(),
          n.kpis(),
          n.responsible(),
          n.requiredKnowledge());
    }
  }

  /** A KM scope. */
  public record ScopeJson(
      int number,
      String title,
      List<String> benefitsToStaff,
      List<String> benefitsToExecutives,
      List<String> relatedPolicies) {
    static ScopeJson of(KmScope s) {
      return new ScopeJson(
          s.number(), s.title(), s.benefitsToStaff(), s.benefitsToExecutives(), s.relatedPolicies());
    }
  }

  /** A KM goal with its activities. */
  public record GoalJson(
      int number,
      String title,
      String framework,
      List<String> measurableOutcomes,
      List<ActivityJson> activities) {
    static GoalJson of(KmGoal g) {
      return new GoalJson(
          g.number(),
          g.title(),
          g.framework().name(),
          g.measurableOutcomes(),
          g.activities().stream().map(ActivityJson::of).toList());
    }
  }

  /** An activity of the action plan. */
  public record ActivityJson(
      int number,
      String name,
      List<String> details,
      StepJson step,
      String method,
      PeriodJson period,
      String indicator,
      String target,
      String responsible,
      @Nullable String note) {
    static ActivityJson of(PlanActivity a) {
      return new ActivityJson(
          a.number(),
          a.name(),
          a.details(),
          StepJson.of(a.step()),
          a.method(),
          new PeriodJson(
              a.period().text(),
              a.period().months().map(m -> m.start().toString()).orElse(null),
              a.period().months().map(m -> m.end().toString()).orElse(null)),
          a.indicator(),
          a.target(),
          a.responsible(),
          a.note().orElse(null));
    }
  }

  /** A KM step or change element, as {@code KM_PROCESS:4}, with its names. */
  public record StepJson(String key, int number, String th, String en) {
    static StepJson of(PlanStep s) {
      return new StepJson(s.key(), s.number(), s.thaiName(), s.englishName());
    }
  }

  /** A period as written, with its first and last month ({@code 2025-10}) where readable. */
  public record PeriodJson(String text, @Nullable String start, @Nullable String end) {}
}
