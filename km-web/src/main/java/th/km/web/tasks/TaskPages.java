package th.km.web.tasks;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.calendar.FiscalYear;
import th.km.web.WebConfig;
import th.km.web.http.LanguageSelector;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;
import th.km.web.year.EvaluationCache;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * The "my tasks" page ({@code GET /organizations/{org}/tasks}) and the account's calendar feed: a
 * secret URL ({@code GET /calendar/{username}/{token}/km.ics}) that a calendar program reads
 * without a session, which the account makes, replaces and revokes from the tasks page.
 */
public final class TaskPages {

  /** The path parameters of the feed. */
  public static final String USERNAME = "username";

  public static final String TOKEN = "token";

  private final YearLookup lookup;
  private final EvaluationCache evaluations;
  private final AccountStore accounts;
  private final WebConfig config;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;
  private final SecureRandom random = new SecureRandom();
  private final Function<Account, List<Task>> moreTasks;

  public TaskPages(
      YearLookup lookup, EvaluationCache evaluations, AccountStore accounts, WebConfig config,
      Sessions sessions, PageFactory pages, Templates templates) {
    this(lookup, evaluations, accounts, config, sessions, pages, templates, a -> List.of());
  }

  /** As above, with the tasks kept elsewhere than the year's records (mandatory readings). */
  public TaskPages(
      YearLookup lookup, EvaluationCache evaluations, AccountStore accounts, WebConfig config,
      Sessions sessions, PageFactory pages, Templates templates, Function<Account, List<Task>> moreTasks) {
    this.moreTasks = moreTasks;
    this.lookup = lookup;
    this.evaluations = evaluations;
    this.accounts = accounts;
    this.config = config;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** {@code GET /organizations/{org}/tasks}. */
  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    Account account = sessions.current(ctx).orElseThrow();
    Page page = pages.forPlan(ctx, s.plan(), "tasks.title");
    List<Task> tasks = new ArrayList<>(TaskList.of(s, account));
    tasks.addAll(moreTasks.apply(account));
    Optional<String> feed =
        account.calendarToken().map(t -> ctx.scheme() + "://" + ctx.host() + feedPath(account.username(), t));
    templates.render(
        ctx,
        "tasks.jte",
        Map.of("page", page, "plan", s.plan(), "asOf", s.asOf(), "tasks", tasks, "feed", feed,
            "base", "/organizations/" + s.plan().organization().code().value() + "/"));
  }

  /** {@code POST /organizations/{org}/tasks/calendar}: a new feed URL; an older one stops working. */
  public void newFeed(Context ctx) {
    Account account = sessions.current(ctx).orElseThrow();
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    accounts.save(account.withCalendarToken(Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(secret))));
    back(ctx, "tasks.feedMade");
  }

  /** {@code POST /organizations/{org}/tasks/calendar/revoke}: the feed URL stops working. */
  public void revokeFeed(Context ctx) {
    Account account = sessions.current(ctx).orElseThrow();
    accounts.save(account.withCalendarToken(Optional.empty()));
    back(ctx, "tasks.feedRevoked");
  }

  /**
   * {@code GET /calendar/{username}/{token}/km.ics}: the account's due days in the current fiscal
   * year, Thai unless {@code ?lang=en}. A wrong token, a revoked feed or a deactivated account is a
   * 404 that tells nothing more.
   */
  public void feed(Context ctx) {
    String username = ctx.pathParam(USERNAME);
    byte[] given = ctx.pathParam(TOKEN).getBytes(StandardCharsets.UTF_8);
    Account account =
        accounts.find(username)
            .filter(Account::active)
            .filter(a -> a.calendarToken()
                .filter(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), given))
                .isPresent())
            .orElseThrow(() -> WebError.notFound("tasks.noFeed"));
    FiscalYear year = FiscalYear.containing(config.today());
    List<Task> tasks =
        evaluations.snapshot(account.organization(), year, config.today())
            .map(s -> TaskList.of(s, account))
            .orElse(List.of());
    boolean thai = LanguageSelector.of(ctx) == Language.TH;
    String name = (thai ? "งานของ " : "Tasks of ") + account.username() + " · km";
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/calendar; charset=utf-8");
    ctx.result(ICalendar.write(name, account.organization().value() + ".km", tasks, thai, config.clock().instant()));
  }

  /** The path of an account's feed. */
  public static String feedPath(String username, String token) {
    return "/calendar/" + username + "/" + token + "/km.ics";
  }

  private void back(Context ctx, String noticeKey) {
    sessions.notice(ctx, pages.plain(ctx, "tasks.title", false).t(noticeKey));
    ctx.redirect("/organizations/" + PlanLookup.organizationOf(ctx).value() + "/tasks", HttpStatus.SEE_OTHER);
  }
}
