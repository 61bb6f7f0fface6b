package th.km.web.security;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;

/**
 * Who is signed in. The session keeps only the username; the account is read from the store with
 * every request, so that a changed role or a removed account takes effect at once.
 */
public final class Sessions {

  private static final String USERNAME = "km.username";
  private static final String ACCOUNT = "km.account";
  private static final String NOTICE = "km.notice";

  private final AccountStore accounts;
  private final Csrf csrf;

  public Sessions(AccountStore accounts, Csrf csrf) {
    this.accounts = accounts;
    this.csrf = csrf;
  }

  /** The account signed in on this request's session, if any. */
  public Optional<Account> current(Context ctx) {
    Optional<Account> cached = ctx.attribute(ACCOUNT);
    if (cached != null) {
      return cached;
    }
    HttpSession session = ctx.req().getSession(false);
    Optional<Account> account =
        session != null && session.getAttribute(USERNAME) instanceof String name
            ? accounts.find(name).filter(Account::active)
            : Optional.empty();
    ctx.attribute(ACCOUNT, account);
    return account;
  }

  /**
   * Signs the account in: the session gets a new id (against session fixation) and a new CSRF
   * token.
   */
  public void signIn(Context ctx, Account account) {
    ctx.req().getSession(true);
    ctx.req().changeSessionId();
    HttpSession session = ctx.req().getSession(false);
    session.setAttribute(USERNAME, account.username());
    csrf.renew(session);
    ctx.attribute(ACCOUNT, Optional.of(account));
  }

  /** Keeps a message for the next page this session sees, such as "saved" after a redirect. */
  public void notice(Context ctx, String text) {
    ctx.req().getSession(true).setAttribute(NOTICE, text);
  }

  /** Whether a message is kept for the next page this session sees. */
  public boolean hasNotice(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    return session != null && session.getAttribute(NOTICE) instanceof String;
  }

  /** The message kept for this page, removed so that it shows once; empty when there is none. */
  public String takeNotice(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    if (session == null || !(session.getAttribute(NOTICE) instanceof String text)) {
      return "";
    }
    session.removeAttribute(NOTICE);
    return text;
  }

  /** Ends the session. */
  public void signOut(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    if (session != null) {
      session.invalidate();
    }
    ctx.attribute(ACCOUNT, Optional.<Account>empty());
  }
}
