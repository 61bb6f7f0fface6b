package th.km.web.knowledge;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.AssetKind;
import th.km.persistence.knowledge.KnowledgeFilter;
import th.km.persistence.knowledge.StateChange;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;

/**
 * {@code GET /organizations/{org}/knowledge/lpa?year=}: the evidence the LPA assessment's KM item
 * asks for. For each division of the year's plan: its work manuals, whether each has a process
 * flowchart (แผนผังขั้นตอน), its state and the day it was approved; a division without a manual is
 * listed as such. The page prints on its own (print style sheet).
 */
public final class LpaPage {

  /** One manual of a division, as the view shows it. */
  public record Manual(KnowledgeContent content, Optional<LocalDate> approvedOn) {}

  /** A division (empty: organization-wide) and its manuals. */
  public record Row(Optional<DivisionCode> division, String name, List<Manual> manuals) {}

  private final KnowledgeBase kb;
  private final PageFactory pages;
  private final Templates templates;

  public LpaPage(KnowledgeBase kb, PageFactory pages, Templates templates) {
    this.kb = kb;
    this.pages = pages;
    this.templates = templates;
  }

  public void show(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    Account a = kb.account(ctx);
    KnowledgeFilter manuals =
        new KnowledgeFilter(
            Optional.of(AssetKind.WORK_MANUAL), Optional.empty(), Optional.empty(),
            Optional.of(plan.fiscalYear()), Optional.empty(), false);
    Map<String, KnowledgeContent> readable = new HashMap<>();
    kb.store().list(plan.organization().code(), manuals.readable()).forEach(c -> readable.put(c.assetId(), c));
    List<Manual> all = new ArrayList<>();
    for (KnowledgeContent c : kb.store().list(plan.organization().code(), manuals)) {
      KnowledgeContent shown = kb.seesWork(a, c.division()) ? c : readable.get(c.assetId());
      if (shown != null) {
        all.add(new Manual(shown, approvedOn(plan, shown)));
      }
    }
    Page page = pages.forPlan(ctx, plan, "knowledge.lpa.title");
    List<Row> rows = new ArrayList<>();
    for (Division d : plan.divisions()) {
      rows.add(row(Optional.of(d.code()), d.name(), all));
    }
    Row whole = row(Optional.empty(), page.t("knowledge.wholeOrganization"), all);
    if (!whole.manuals().isEmpty()) {
      rows.add(whole);
    }
    templates.render(
        ctx,
        "knowledge-lpa.jte",
        Map.of("page", page, "view", new KnowledgeView(page, plan, kb.today()), "rows", rows));
  }

  private static Row row(Optional<DivisionCode> division, String name, List<Manual> all) {
    return new Row(division, name, all.stream().filter(m -> m.content().division().equals(division)).toList());
  }

  /** The day the version was last approved, in Thailand. */
  private Optional<LocalDate> approvedOn(KmPlan plan, KnowledgeContent c) {
    List<StateChange> changes = kb.store().history(plan.organization().code(), plan.fiscalYear(), c.assetId());
    Optional<Instant> at = Optional.empty();
    for (StateChange s : changes) {
      if (s.version() == c.version() && s.to() == KnowledgeState.APPROVED) {
        at = Optional.of(s.at());
      }
    }
    return at.map(i -> LocalDate.ofInstant(i, th.km.web.WebConfig.THAILAND));
  }
}
