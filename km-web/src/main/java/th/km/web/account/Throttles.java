package th.km.web.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.web.http.WebError;
import th.km.web.plan.PlanLookup;
import th.km.web.security.LoginThrottle;
import th.km.web.security.Sessions;

/**
 * The secretary's view of the sign-in throttle: which accounts of the organization have failed
 * sign-ins now, and lifting a throttle once the owner is known to be the one who mistyped.
 * Only the organization's own accounts are shown or lifted.
 */
public final class Throttles {

  /** The path parameter naming the account. */
  public static final String USERNAME = "username";

  /**
   * The throttles of an organization's accounts, as the API answers them.
   *
   * @param throttles one per account with failures now
   */
  public record ThrottlesJson(List<ThrottleJson> throttles) {}

  /**
   * One account's throttle.
   *
   * @param username the account
   * @param failures failed sign-ins remembered
   * @param lastFailure when the last was, ISO-8601
   * @param waitSeconds how long a client that failed must wait now
   */
  public record ThrottleJson(String username, int failures, String lastFailure, long waitSeconds) {}

  private final AccountStore accounts;
  private final LoginThrottle throttle;
  private final Sessions sessions;

  public Throttles(AccountStore accounts, LoginThrottle throttle, Sessions sessions) {
    this.accounts = accounts;
    this.throttle = throttle;
    this.sessions = sessions;
  }

  /** The throttled accounts of the organization in the path. */
  public List<LoginThrottle.Throttled> of(Context ctx) {
    List<String> names =
        accounts.accounts(PlanLookup.organizationOf(ctx)).stream().map(Account::username).toList();
    return throttle.throttled(names);
  }

  /** {@code GET /api/v1/organizations/{org}/login-throttles}. */
  public void listJson(Context ctx) {
    ctx.json(
        new ThrottlesJson(
            of(ctx).stream()
                .map(t -> new ThrottleJson(t.username(), t.failures(), t.lastFailure().toString(), t.retryAfter().toSeconds()))
                .toList()));
  }

  /** {@code DELETE /api/v1/organizations/{org}/login-throttles/{username}}. */
  public void liftJson(Context ctx) {
    lift(ctx);
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** {@code POST /organizations/{org}/accounts/{username}/lift-throttle}, from the accounts page. */
  public void liftPage(Context ctx) {
    String username = lift(ctx);
    sessions.notice(ctx, "ยกเลิกการหน่วงเวลาเข้าสู่ระบบของ " + username + " แล้ว / the sign-in throttle of " + username + " is lifted");
    ctx.redirect("/organizations/" + PlanLookup.organizationOf(ctx).value() + "/accounts", HttpStatus.SEE_OTHER);
  }

  private String lift(Context ctx) {
    String username = ctx.pathParam(USERNAME);
    boolean ours =
        accounts.find(username).filter(a -> a.organization().equals(PlanLookup.organizationOf(ctx))).isPresent();
    if (!ours) {
      throw WebError.notFound("accounts.noSuchAccount", username);
    }
    throttle.lift(username);
    return username;
  }
}
