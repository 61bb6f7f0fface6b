package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;
import th.km.core.plan.Announcement;
import th.km.core.plan.Committee;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.StrategicKnowledgeNeed;

/** Every text an imported plan holds, to check that each one comes from the document. */
final class PlanTexts {

  private PlanTexts() {}

  static List<String> of(KmPlan plan) {
    List<String> t = new ArrayList<>();
    t.add(plan.organization().name());
    plan.organization().englishName().ifPresent(t::add);
    plan.organization().district().ifPresent(t::add);
    plan.organization().province().ifPresent(t::add);
    t.add(plan.title());
    plan.preparedBy().ifPresent(t::add);
    plan.announcement().ifPresent(a -> announcement(a, t));
    plan.divisions().forEach(d -> t.add(d.name()));
    plan.positions().forEach(p -> t.add(p.title()));
    for (Committee c : plan.committees()) {
      c.members()
          .forEach(
              m -> {
                m.personName().ifPresent(t::add);
                m.position().ifPresent(t::add);
                t.add(m.roleText());
              });
      c.duties().forEach(d -> t.addAll(d.duties()));
      c.remit().ifPresent(t::add);
    }
    plan.stepDescriptions().forEach(d -> t.add(d.text()));
    plan.tools()
        .forEach(
            x -> {
              t.add(x.name());
              t.add(x.description());
            });
    for (MonitoringRule r : plan.monitoringRules()) {
      t.add(r.text());
      switch (r) {
        case MonitoringRule.TrainingReport x -> t.add(x.routedTo());
        case MonitoringRule.EvaluationReport x -> t.add(x.reportTo());
        default -> {}
      }
    }
    for (StrategicKnowledgeNeed f : plan.form1()) {
      t.add(f.divisionName());
      t.add(f.activity());
      t.addAll(f.objectives());
      t.addAll(f.kpis());
      t.add(f.responsible());
      t.addAll(f.requiredKnowledge());
    }
    for (KmScope s : plan.scopes()) {
      t.add(s.title());
      t.addAll(s.benefitsToStaff());
      t.addAll(s.benefitsToExecutives());
      t.addAll(s.relatedPolicies());
    }
    for (KmGoal g : plan.goals()) {
      t.add(g.title());
      t.addAll(g.titleVariants());
      t.addAll(g.measurableOutcomes());
      g.activities().forEach(a -> activity(a, t));
    }
    plan.nameMentions().forEach(m -> t.add(m.text()));
    plan.citations()
        .forEach(
            c -> {
              t.add(c.title());
              t.add(c.yearText());
            });
    for (NarrativeSection n : plan.narrative()) {
      t.add(n.heading());
      t.addAll(n.paragraphs());
    }
    t.removeIf(String::isEmpty);
    return t;
  }

  /** The texts of an activity, which must all stand on its source line. */
  static List<String> ofActivity(PlanActivity a) {
    List<String> t = new ArrayList<>();
    activity(a, t);
    t.removeIf(String::isEmpty);
    return t;
  }

  private static void announcement(Announcement a, List<String> t) {
    t.add(a.heading());
    t.add(a.subject());
    t.addAll(a.paragraphs());
    t.add(a.dateText());
    a.signerName().ifPresent(t::add);
    a.signerPosition().ifPresent(t::add);
  }

  private static void activity(PlanActivity a, List<String> t) {
    t.add(a.name());
    t.addAll(a.details());
    t.add(a.method());
    t.add(a.period().text());
    t.add(a.indicator());
    t.add(a.target());
    t.add(a.responsible());
    a.note().ifPresent(t::add);
  }

  /**
   * The document as the importer may quote it: each line as written, and each line with its cells
   * joined by one space and the markdown bold markers removed.
   */
  static String quotable(String text) {
    StringBuilder b = new StringBuilder(text).append('\n');
    for (SourceLine line : SourceLine.split(text)) {
      b.append(String.join(" ", line.filledCells()).replace("**", "")).append('\n');
    }
    return b.toString();
  }
}
