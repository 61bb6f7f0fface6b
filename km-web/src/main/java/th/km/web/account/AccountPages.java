package th.km.web.account;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import th.km.core.account.AccountStore;
import th.km.core.account.Role;
import th.km.core.plan.KmPlan;
import th.km.web.WebConfig;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanLookup;

/**
 * {@code GET /organizations/{org}/accounts}: who has an account, with which role and whether it is
 * active, with the forms of {@link AccountAdmin}; secretary only.
 */
public final class AccountPages {

  private final WebConfig config;
  private final AccountStore accounts;
  private final PlanLookup lookup;
  private final PageFactory pages;
  private final Templates templates;

  private final Throttles throttles;

  public AccountPages(
      WebConfig config, AccountStore accounts, PlanLookup lookup, PageFactory pages, Templates templates,
      Throttles throttles) {
    this.throttles = throttles;
    this.config = config;
    this.accounts = accounts;
    this.lookup = lookup;
    this.pages = pages;
    this.templates = templates;
  }

  public void list(Context ctx) {
    render(ctx, Map.of(), Optional.empty());
  }

  /** The page with the new-account form filled with {@code values} and an error above it. */
  void render(Context ctx, Map<String, String> values, Optional<String> error) {
    KmPlan plan = lookup.find(ctx, config.today());
    Page page = pages.forPlan(ctx, plan, "accounts.title");
    templates.render(
        ctx,
        "accounts.jte",
        Map.of(
            "page", page,
            "plan", plan,
            "accounts", accounts.accounts(plan.organization().code()),
            "throttles", throttles.of(ctx),
            "roles", Role.values(),
            "values", values,
            "error", error));
  }

  /** A message of the page in the request's language. */
  String text(Context ctx, String key, Object... args) {
    return pages.forPlan(ctx, lookup.find(ctx, config.today()), "accounts.title").t(key, args);
  }
}
