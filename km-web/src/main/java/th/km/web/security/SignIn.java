package th.km.web.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;

/**
 * Checks a username and password. The outcome never says which of the two was wrong, and an
 * unknown username costs as much time as a wrong password.
 */
public final class SignIn {

  /** What a sign-in attempt came to. */
  public sealed interface Outcome {
    /** The password matched. */
    record Accepted(Account account) implements Outcome {}

    /** The username or the password was wrong; which one is not told. */
    record Refused() implements Outcome {}

    /** Too many failures lately from this client; try again after the wait. */
    record Throttled(Duration retryAfter) implements Outcome {}
  }

  private final AccountStore accounts;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;

  public SignIn(AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.throttle = throttle;
  }

  /** The throttle, for the secretary to see and lift. */
  public LoginThrottle throttle() {
    return throttle;
  }

  /**
   * Tries the username (case and surrounding space ignored) with the password, from the client
   * address (the proxy's X-Forwarded-For when km trusts it).
   */
  public Outcome attempt(String username, String password, String address) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    Optional<Duration> wait = throttle.waitFor(name, address);
    if (wait.isPresent()) {
      return new Outcome.Throttled(wait.get());
    }
    Optional<Account> account = Account.isUsername(name) ? accounts.find(name) : Optional.empty();
    boolean matches;
    if (account.isPresent()) {
      // A deactivated account is refused like a wrong password, after the same work, so that a
      // guesser cannot tell it from a live one.
      matches = hasher.matches(password, account.get().passwordHash()) && account.get().active();
    } else {
      hasher.spendOneCheck(password);
      matches = false;
    }
    if (!matches) {
      throttle.failed(name, address);
      return new Outcome.Refused();
    }
    throttle.succeeded(name, address);
    return new Outcome.Accepted(account.get());
  }
}
