package th.km.web.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.knowledge.KnowledgeType;
import th.km.core.knowledge.KnowledgeWorkflow;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.records.AssetKind;
import th.km.core.records.PublicationChannel;
import th.km.web.page.Page;

/**
 * The names the knowledge templates show, each in the page's language: kinds, states, steps,
 * divisions, and the links between the pages.
 *
 * @param page the page
 * @param plan the plan of the year shown
 * @param today today, for the review-due flag
 */
public record KnowledgeView(Page page, KmPlan plan, LocalDate today) {

  public String kind(AssetKind k) {
    return page.pickPlain(k.thaiName(), k.englishName());
  }

  public String state(KnowledgeState s) {
    return page.pick(s.thaiName(), s.englishName());
  }

  public String type(KnowledgeType t) {
    return page.pick(t.thaiName().replaceAll(" \\(.*\\)", ""), t.englishName());
  }

  public String step(KmProcessStep s) {
    return page.pick(s.names().thaiName(), s.names().englishName());
  }

  public String move(KnowledgeWorkflow.Transition t) {
    return page.pick(t.thaiName(), t.englishName());
  }

  public String channel(PublicationChannel c) {
    return page.pick(c.thaiName(), c.englishName());
  }

  /** The division's name, or "whole organization" for none. */
  public String division(Optional<DivisionCode> code) {
    return code.map(c -> plan.division(c).map(Division::name).orElse(c.value()))
        .orElse(page.t("knowledge.wholeOrganization"));
  }

  public List<Division> divisions() {
    return plan.divisions();
  }

  public List<AssetKind> kinds() {
    return List.of(AssetKind.values());
  }

  public List<KmProcessStep> steps() {
    return List.of(KmProcessStep.values());
  }

  public List<KnowledgeState> states() {
    return List.of(KnowledgeState.values());
  }

  public List<KnowledgeType> types() {
    return List.of(KnowledgeType.values());
  }

  public List<PublicationChannel> channels() {
    return List.of(PublicationChannel.values());
  }

  public boolean overdue(KnowledgeContent c) {
    return c.reviewOverdue(today);
  }

  public String base() {
    return KnowledgePages.base(plan);
  }

  public String year() {
    return "year=" + plan.fiscalYear().buddhistYear();
  }

  public String href(String assetId) {
    return KnowledgePages.href(plan, assetId);
  }
}
