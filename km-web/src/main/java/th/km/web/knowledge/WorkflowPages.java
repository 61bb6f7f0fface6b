package th.km.web.knowledge;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeWorkflow;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.KmPlan;
import th.km.core.records.PublicationChannel;
import th.km.persistence.knowledge.KnowledgeWrite;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.security.Sessions;

/**
 * {@code POST …/knowledge/{asset}/state}: one move of the workflow (review, approve, publish, send
 * back) on the version the form showed, if the account's role and division allow it.
 */
public final class WorkflowPages {

  private final KnowledgeBase kb;
  private final Sessions sessions;
  private final PageFactory pages;

  public WorkflowPages(KnowledgeBase kb, Sessions sessions, PageFactory pages) {
    this.kb = kb;
    this.sessions = sessions;
    this.pages = pages;
  }

  /** The move named {@code move}, the version {@code version}, the channels {@code channel}. */
  record Request(Transition move, int version, Set<PublicationChannel> channels) {

    static Request of(Optional<String> move, Optional<String> version, List<String> channels) {
      Transition t = null;
      for (Transition candidate : Transition.values()) {
        if (candidate.name().equals(move.orElse("").strip())) {
          t = candidate;
        }
      }
      if (t == null) {
        throw WebError.badRequest("knowledge.error.move", shortened(move.orElse("")));
      }
      String v = version.orElse("").strip();
      if (!v.matches("[0-9]{1,9}")) {
        throw WebError.badRequest("knowledge.error.versionNumber", shortened(v));
      }
      Set<PublicationChannel> set = EnumSet.noneOf(PublicationChannel.class);
      for (String c : channels) {
        try {
          set.add(PublicationChannel.valueOf(c.strip()));
        } catch (IllegalArgumentException e) {
          throw WebError.badRequest("knowledge.error.channel", shortened(c));
        }
      }
      return new Request(t, Integer.parseInt(v), set);
    }

    private static String shortened(String value) {
      return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
  }

  /** Makes the move for the account, or a 403 when its role or division may not. */
  KnowledgeWrite move(Context ctx, KmPlan plan, String assetId, Request r) {
    KnowledgeContent latest =
        kb.store()
            .latest(plan.organization().code(), plan.fiscalYear(), assetId)
            .orElseThrow(() -> WebError.notFound("knowledge.error.noAsset", assetId));
    var a = kb.account(ctx);
    if (!KnowledgeWorkflow.mayMake(r.move(), a.role(), a.division(), latest.division())) {
      throw new WebError(HttpStatus.FORBIDDEN, "forbidden", "knowledge.error.mayNotMove");
    }
    return kb.store()
        .move(plan.organization().code(), plan.fiscalYear(), assetId, r.version(), r.move(), r.channels(), kb.actor(ctx));
  }

  public void submit(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    Request r =
        Request.of(
            Optional.ofNullable(ctx.formParam("move")),
            Optional.ofNullable(ctx.formParam("version")),
            ctx.formParams("channel"));
    KnowledgeWrite w = move(ctx, plan, id, r);
    Page page = pages.forPlan(ctx, plan, "knowledge.title");
    switch (w) {
      case KnowledgeWrite.Saved s ->
          sessions.notice(ctx, page.t("knowledge.moved", s.content().version(), page.pick(s.content().state().thaiName(), s.content().state().englishName())));
      case KnowledgeWrite.Stale s -> sessions.notice(ctx, page.t("knowledge.stale", s.seen(), s.current().version(), s.current().changedBy()));
      case KnowledgeWrite.Refused s -> sessions.notice(ctx, KnowledgePages.text(s.reasons().get(0), page.language()));
    }
    ctx.redirect(KnowledgePages.href(plan, id), HttpStatus.SEE_OTHER);
  }
}
