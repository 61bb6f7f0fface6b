package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import th.km.core.calendar.FiscalYear;
import th.km.core.indicator.MonitoringIndicator;

/**
 * A KM plan (แผนการจัดการความรู้) of one organization for one fiscal year: everything the plan
 * document says, as data, with its original Thai text.
 *
 * <p>Build one with {@code KmPlan.builder()}; an invalid plan (two divisions with one code, two
 * goals with one number, an activity filed under the wrong framework) cannot be built.
 */
@Value.Immutable
public abstract class AbstractKmPlan {

  public abstract Organization organization();

  public abstract FiscalYear fiscalYear();

  /** The plan's title as written ("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"). */
  public abstract String title();

  /** Who prepared it ("งานการเจ้าหน้าที่ สำนักปลัดเทศบาล"), as written. */
  public abstract Optional<String> preparedBy();

  /** The announcement; empty when the document has none. */
  public abstract Optional<Announcement> announcement();

  public abstract List<Division> divisions();

  public abstract List<Position> positions();

  public abstract List<Committee> committees();

  /** The plan's own descriptions of the KM steps and change elements. */
  public abstract List<StepDescription> stepDescriptions();

  public abstract List<KmTool> tools();

  public abstract List<MonitoringRule> monitoringRules();

  /**
   * The evaluable indicators of the monitoring rules, each naming its rule by key; a rule may have
   * several, numbered from 1 in this order among those of the same rule.
   */
  public abstract List<MonitoringIndicator> monitoringIndicators();

  /** Form 1 rows, in the plan's order. */
  public abstract List<StrategicKnowledgeNeed> form1();

  public abstract List<KmScope> scopes();

  public abstract List<KmGoal> goals();

  /** Every place the document names its own organization. */
  public abstract List<NameMention> nameMentions();

  /** Every law or regulation the document cites with a year. */
  public abstract List<Citation> citations();

  /** Prose without structure of its own, verbatim. */
  public abstract List<NarrativeSection> narrative();

  /** The committee of the kind, if the plan appoints one. */
  public Optional<Committee> committee(CommitteeKind kind) {
    return committees().stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** The division with the code. */
  public Optional<Division> division(DivisionCode code) {
    return divisions().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** The goal with the number. */
  public Optional<KmGoal> goal(int number) {
    return goals().stream().filter(g -> g.number() == number).findFirst();
  }

  /** The indicators attached to the monitoring rule with the key, in order. */
  public List<MonitoringIndicator> monitoringIndicators(String ruleKey) {
    return monitoringIndicators().stream().filter(m -> m.ruleKey().equals(ruleKey)).toList();
  }

  /** The monitoring rule of the type, if the plan has one. */
  public <T extends MonitoringRule> Optional<T> monitoringRule(Class<T> type) {
    return monitoringRules().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  @Value.Check
  protected void check() {
    checkArgument(!title().isBlank(), "plan title must not be blank");
    unique(divisions().stream().map(d -> d.code().value()).toList(), "division code");
    unique(divisions().stream().map(Division::name).toList(), "division name");
    unique(goals().stream().map(g -> String.valueOf(g.number())).toList(), "goal number");
    unique(scopes().stream().map(s -> String.valueOf(s.number())).toList(), "scope number");
    unique(form1().stream().map(f -> String.valueOf(f.number())).toList(), "Form 1 row number");
    unique(committees().stream().map(c -> c.kind().name()).toList(), "committee kind");
    unique(monitoringRules().stream().map(MonitoringRule::key).toList(), "monitoring rule key");
    Set<String> ruleKeys = new HashSet<>();
    monitoringRules().forEach(r -> ruleKeys.add(r.key()));
    for (MonitoringIndicator m : monitoringIndicators()) {
      checkArgument(
          ruleKeys.contains(m.ruleKey()),
          "an indicator is attached to monitoring rule '%s', which the plan does not have",
          m.ruleKey());
    }
    for (StrategicKnowledgeNeed need : form1()) {
      need.division()
          .ifPresent(
              code ->
                  checkArgument(
                      division(code).isPresent(),
                      "Form 1 row %s names division '%s', which the plan does not list",
                      need.number(),
                      code));
    }
    for (Position p : positions()) {
      p.division()
          .ifPresent(
              code ->
                  checkArgument(
                      division(code).isPresent(),
                      "position '%s' belongs to division '%s', which the plan does not list",
                      p.title(),
                      code));
    }
  }

  private static void unique(List<String> values, String what) {
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      checkArgument(seen.add(v), "the plan has two entries with %s '%s'", what, v);
    }
  }
}
