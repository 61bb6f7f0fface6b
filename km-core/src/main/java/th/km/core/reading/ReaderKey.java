package th.km.core.reading;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import th.km.core.account.Account;

/**
 * Who read, as far as counting needs to know: a signed-in account by its username, or an anonymous
 * reader of the public portal by a hash of the day's salt, the client address and the user agent.
 * The address itself is never kept (it is personal data); the hash means nothing once the day's
 * salt is gone.
 *
 * @param value {@code account:USERNAME} or {@code anonymous:HEX}
 */
public record ReaderKey(String value) {

  private static final Pattern FORM =
      Pattern.compile("account:[a-z0-9][a-z0-9._-]{0,63}|anonymous:[0-9a-f]{64}");

  public ReaderKey {
    checkArgument(FORM.matcher(value).matches(), "not a reader key: '%s'", value);
  }

  /** The reader signed in as the account with the username. */
  public static ReaderKey account(String username) {
    checkArgument(Account.isUsername(username), "not a username: '%s'", username);
    return new ReaderKey("account:" + username);
  }

  /** An anonymous reader known only by the day's hash (64 lower-case hex digits of SHA-256). */
  public static ReaderKey anonymous(String sha256Hex) {
    return new ReaderKey("anonymous:" + sha256Hex);
  }

  /** Whether the reader is anonymous. */
  public boolean anonymous() {
    return value.startsWith("anonymous:");
  }
}
