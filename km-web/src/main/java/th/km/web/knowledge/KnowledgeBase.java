package th.km.web.knowledge;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import th.km.core.account.Account;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeWorkflow;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.web.http.WebError;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;

/**
 * What every knowledge route needs: the store, the organization and year of the request, who is
 * signed in and what {@link KnowledgeWorkflow} lets them do, and the asset as they may see it.
 */
public final class KnowledgeBase {

  /** The path parameter of an asset's record id. */
  public static final String ASSET = "asset";

  /** The path parameter of an attachment's number. */
  public static final String ATTACHMENT = "attachment";

  private final Optional<KnowledgeStore> store;
  private final PlanLookup plans;
  private final Sessions sessions;
  private final Clock clock;

  public KnowledgeBase(Optional<KnowledgeStore> store, PlanLookup plans, Sessions sessions, Clock clock) {
    this.store = store;
    this.plans = plans;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** The store; a server without a database answers 404 with a message that says so. */
  public KnowledgeStore store() {
    return store.orElseThrow(() -> WebError.notFound("knowledge.error.noStore"));
  }

  public OrganizationCode organization(Context ctx) {
    return PlanLookup.organizationOf(ctx);
  }

  /** The plan of the request's year ({@code ?year=}, by default the current one): 404 without. */
  public KmPlan plan(Context ctx) {
    return plans.find(ctx, today());
  }

  public String assetId(Context ctx) {
    String id = ctx.pathParam(ASSET);
    if (!id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
      throw WebError.notFound("knowledge.error.noAsset", id);
    }
    return id;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Account account(Context ctx) {
    return sessions.current(ctx).orElseThrow();
  }

  /** The signed-in account and the client address, as the audit log names them. */
  public Actor actor(Context ctx) {
    return Actor.of(account(ctx).username(), ctx.ip());
  }

  /** Whether the account may write assets the division owns (empty: organization-wide). */
  public boolean mayEdit(Account a, Optional<DivisionCode> owner) {
    return KnowledgeWorkflow.mayEdit(a.role(), a.division(), owner);
  }

  /** Whether the account sees every version of the asset, not only approved and published ones. */
  public boolean seesWork(Account a, Optional<DivisionCode> owner) {
    return KnowledgeWorkflow.seesWork(a.role(), a.division(), owner);
  }

  /** The workflow's moves the account may make on the version. */
  public Set<KnowledgeWorkflow.Transition> moves(Account a, KnowledgeContent c) {
    return KnowledgeWorkflow.allowed(a.role(), a.division(), c.division(), c.state());
  }

  /**
   * The version of the asset the account sees: the latest for those who see work in progress, else
   * the latest approved or published one; 404 when there is none for them.
   */
  public KnowledgeContent shown(Context ctx, FiscalYear year, String assetId) {
    OrganizationCode org = organization(ctx);
    Optional<KnowledgeContent> latest = store().latest(org, year, assetId);
    if (latest.isEmpty()) {
      throw WebError.notFound("knowledge.error.noAsset", assetId);
    }
    if (seesWork(account(ctx), latest.get().division())) {
      return latest.get();
    }
    return store()
        .latestReadable(org, year, assetId)
        .orElseThrow(() -> WebError.notFound("knowledge.error.noAsset", assetId));
  }

  /** The latest version, for a write; 404 when none, 403 when the account may not edit it. */
  public KnowledgeContent editable(Context ctx, FiscalYear year, String assetId) {
    KnowledgeContent latest =
        store()
            .latest(organization(ctx), year, assetId)
            .orElseThrow(() -> WebError.notFound("knowledge.error.noAsset", assetId));
    if (!mayEdit(account(ctx), latest.division())) {
      throw new WebError(HttpStatus.FORBIDDEN, "forbidden", "knowledge.error.notYourDivision");
    }
    return latest;
  }
}
