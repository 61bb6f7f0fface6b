package th.km.cli;

import java.util.ArrayList;
import java.util.List;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.KmTool;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.RoleDuties;
import th.km.core.plan.StepDescription;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.persistence.document.Digits;
import th.km.persistence.document.PdfDocuments;

/**
 * Every text of a plan's data that its document must print, each as one string: a document that
 * drops, reorders or mangles a word, a tone mark or a vowel of any of them fails the containment
 * check, which compares the texts with nothing but whitespace removed.
 */
final class PlanWords {

  private PlanWords() {}

  static List<String> of(KmPlan plan, Digits digits) {
    List<String> texts = new ArrayList<>();
    plan.announcement()
        .ifPresent(
            a -> {
              texts.add(a.heading());
              texts.add(a.subject());
              texts.addAll(a.paragraphs());
              a.signerName().ifPresent(texts::add);
              a.signerPosition().ifPresent(texts::add);
            });
    texts.add(plan.title());
    for (Committee c : plan.committees()) {
      texts.add(c.name());
      for (CommitteeMember m : c.members()) {
        m.personName().ifPresent(texts::add);
        m.position().ifPresent(texts::add);
        texts.add(m.roleText());
      }
      for (RoleDuties d : c.duties()) {
        texts.addAll(d.duties());
      }
      c.remit().ifPresent(texts::add);
    }
    for (StepDescription s : plan.stepDescriptions()) {
      texts.add(s.step().thaiName());
      texts.add(s.text());
    }
    for (KmTool t : plan.tools()) {
      texts.add(t.name());
      texts.add(t.description());
    }
    plan.monitoringRules().stream().map(MonitoringRule::text).forEach(texts::add);
    for (StrategicKnowledgeNeed n : plan.form1()) {
      texts.add(n.divisionName());
      texts.add(n.activity());
      texts.addAll(n.objectives());
      texts.addAll(n.kpis());
      texts.add(n.responsible());
      texts.addAll(n.requiredKnowledge());
    }
    for (KmScope s : plan.scopes()) {
      texts.add(s.title());
      texts.addAll(s.benefitsToStaff());
      texts.addAll(s.benefitsToExecutives());
      texts.addAll(s.relatedPolicies());
    }
    for (KmGoal g : plan.goals()) {
      texts.add(g.title());
      texts.addAll(g.measurableOutcomes());
      for (PlanActivity a : g.activities()) {
        texts.add(a.name());
        texts.addAll(a.details());
        texts.add(a.method());
        texts.add(a.period().text());
        texts.add(a.indicator());
        texts.add(a.target());
        texts.add(a.responsible());
        a.note().ifPresent(texts::add);
      }
    }
    return texts.stream().map(digits::apply).filter(t -> !t.isBlank()).distinct().toList();
  }

  /** The texts of the plan that the squeezed document text does not contain. */
  static List<String> missing(KmPlan plan, Digits digits, String documentText) {
    String squeezed = PdfDocuments.squeeze(documentText);
    return of(plan, digits).stream()
        .filter(t -> !squeezed.contains(PdfDocuments.squeeze(t)))
        .toList();
  }
}
