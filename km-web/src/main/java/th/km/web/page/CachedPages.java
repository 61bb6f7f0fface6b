package th.km.web.page;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.web.cache.Rendered;
import th.km.web.http.LanguageSelector;
import th.km.web.i18n.Language;
import th.km.web.security.Csrf;
import th.km.web.security.Sessions;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * Pages of an evaluated year rendered once per organization, year, day, language and role, and
 * then sent as bytes: the signed-in account's username and CSRF token are the only parts put in
 * per request. Pages whose template reads more of the account than its role must not come here.
 * A request with other query parameters than the year and the day, or with a notice to show, is
 * rendered as usual.
 */
public final class CachedPages {

  /** The query parameters a cached page may be asked with (the language is in the key). */
  private static final Set<String> CACHEABLE_QUERY = Set.of(YearLookup.YEAR, YearLookup.AS_OF, LanguageSelector.PARAMETER);

  private static final long MAXIMUM_BYTES = 48L * 1024 * 1024;

  /** One rendering: the snapshot is compared by identity, so a write's new snapshot misses. */
  private record Key(
      Snapshot snapshot, String template, Language language, Optional<Role> role, String path, String query) {}

  /** A year of an organization as of a day, of which one snapshot is current. */
  private record Day(OrganizationCode organization, FiscalYear year, LocalDate asOf) {}

  /** The last snapshot pages were asked of, for each day; weak, so as to hold no snapshot alive. */
  private final Map<Day, WeakReference<Snapshot>> latest = new ConcurrentHashMap<>();

  private final PageFactory pages;
  private final Templates templates;
  private final Sessions sessions;
  private final Csrf csrf;
  private final String tokenMarker;
  private final String usernameMarker;
  private final Escaper html = HtmlEscapers.htmlEscaper();
  private final Cache<Key, Rendered> rendered =
      CacheBuilder.newBuilder()
          .maximumWeight(MAXIMUM_BYTES)
          .<Key, Rendered>weigher((k, v) -> v.weight())
          .build();

  public CachedPages(PageFactory pages, Templates templates, Sessions sessions, Csrf csrf) {
    this.pages = pages;
    this.templates = templates;
    this.sessions = sessions;
    this.csrf = csrf;
    // Markers no page can contain by chance: a username (it passes the account's rules) and a token.
    String random = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    this.tokenMarker = "kmtoken" + random;
    this.usernameMarker = "kmuser" + random;
  }

  /**
   * Sends the template of the snapshot's plan: from the cache, or rendered now with the parameters
   * the function makes of the page.
   */
  public void send(
      Context ctx, Snapshot snapshot, String template, String titleKey, Function<Page, Map<String, Object>> params) {
    Optional<Account> account = sessions.current(ctx);
    if (!ctx.queryParamMap().keySet().stream().allMatch(CACHEABLE_QUERY::contains)
        || (account.isPresent() && sessions.hasNotice(ctx))) {
      templates.render(ctx, template, params.apply(pages.forPlan(ctx, snapshot.plan(), titleKey)));
      return;
    }
    forgetOlderThan(snapshot);
    Key key =
        new Key(
            snapshot, template, LanguageSelector.of(ctx), account.map(Account::role), ctx.path(),
            LanguageSelector.queryWithoutLanguage(ctx));
    Rendered page;
    try {
      page = rendered.get(key, () -> render(ctx, snapshot, template, titleKey, params, account));
    } catch (UncheckedExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } catch (ExecutionException e) {
      throw new IllegalStateException("rendering " + template + " failed", e.getCause());
    }
    page.send(
        ctx,
        account.isEmpty()
            ? List.of()
            : List.of(html.escape(csrf.token(ctx)), html.escape(account.get().username())));
  }

  /**
   * Drops the pages rendered from an earlier snapshot of the same year and day: after a write no
   * request gets that snapshot again, and its pages (and, through their keys, the snapshot with
   * its records) would stay until 48 MB of pages had piled up, growing the heap write by write.
   */
  private void forgetOlderThan(Snapshot snapshot) {
    Day day = new Day(snapshot.plan().organization().code(), snapshot.plan().fiscalYear(), snapshot.asOf());
    WeakReference<Snapshot> previous = latest.put(day, new WeakReference<>(snapshot));
    Snapshot before = previous == null ? null : previous.get();
    if (before != null && before != snapshot) {
      rendered.asMap().keySet().removeIf(k -> k.snapshot() == before);
    }
  }

  private Rendered render(
      Context ctx,
      Snapshot snapshot,
      String template,
      String titleKey,
      Function<Page, Map<String, Object>> params,
      Optional<Account> account) {
    Optional<Account> marked =
        account.map(
            a -> new Account(usernameMarker, a.passwordHash(), a.role(), a.organization(), a.division(), a.staffId()));
    Page page = pages.forPlanAs(ctx, snapshot.plan(), titleKey, marked, account.isPresent() ? tokenMarker : "");
    String text = templates.renderToString(template, params.apply(page));
    return account.isEmpty()
        ? Rendered.of(Templates.HTML, text)
        : Rendered.withSlots(Templates.HTML, text, List.of(tokenMarker, usernameMarker));
  }
}
