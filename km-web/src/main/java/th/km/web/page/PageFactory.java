package th.km.web.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.web.http.LanguageSelector;
import th.km.web.i18n.Messages;
import th.km.web.security.Csrf;
import th.km.web.security.Sessions;

/** Builds the {@link Page} of a request. */
public final class PageFactory {

  private final Messages messages;
  private final Sessions sessions;
  private final Csrf csrf;

  public PageFactory(Messages messages, Sessions sessions, Csrf csrf) {
    this.messages = messages;
    this.sessions = sessions;
    this.csrf = csrf;
  }

  /**
   * A page of the plan: the organization and year in the header, the plan's navigation. Its forms
   * are for signed-in accounts only, so an anonymous reader (the public page) gets no token and no
   * server session.
   */
  public Page forPlan(Context ctx, KmPlan plan, String titleKey) {
    Page base = build(ctx, Optional.of(plan.organization()), Optional.of(plan.fiscalYear()), titleKey, false);
    return base.with(base.title(), Navigation.forPlan(base, plan, ctx.path()));
  }

  /**
   * A page of the plan as {@link #forPlan} makes it, for the account and CSRF token given rather
   * than the request's, and with no notice: what a cached rendering shared by one role is made of.
   */
  Page forPlanAs(Context ctx, KmPlan plan, String titleKey, Optional<Account> account, String token) {
    var language = LanguageSelector.of(ctx);
    Page base =
        new Page(
            language, messages, ctx.path(), LanguageSelector.queryWithoutLanguage(ctx), token, account,
            Optional.of(plan.organization()), Optional.of(plan.fiscalYear()), messages.get(language, titleKey),
            List.of(), "");
    return base.with(base.title(), Navigation.forPlan(base, plan, ctx.path()));
  }

  /**
   * A page outside any plan, such as the login page; {@code withForm} makes a CSRF token (for a
   * visitor who is not signed in, one that needs no session).
   */
  public Page plain(Context ctx, String titleKey, boolean withForm) {
    return build(ctx, Optional.empty(), Optional.empty(), titleKey, withForm);
  }

  /**
   * A page for an error answer: it does not read the account, since the error may have come from
   * the store that keeps accounts.
   */
  public Page forError(Context ctx, String titleKey) {
    return new Page(
        LanguageSelector.of(ctx), messages, ctx.path(), LanguageSelector.queryWithoutLanguage(ctx), "", Optional.empty(), Optional.empty(),
        Optional.empty(), messages.get(LanguageSelector.of(ctx), titleKey), List.of(), "");
  }

  private Page build(
      Context ctx,
      Optional<Organization> organization,
      Optional<FiscalYear> year,
      String titleKey,
      boolean withForm) {
    var account = sessions.current(ctx);
    // A visitor who is not signed in gets a signed token in a cookie, not a server session.
    String token = account.isPresent() ? csrf.token(ctx) : withForm ? csrf.anonymousToken(ctx) : "";
    var language = LanguageSelector.of(ctx);
    return new Page(
        language, messages, ctx.path(), LanguageSelector.queryWithoutLanguage(ctx), token, account, organization, year,
        messages.get(language, titleKey), List.of(), account.isPresent() ? sessions.takeNotice(ctx) : "");
  }
}
