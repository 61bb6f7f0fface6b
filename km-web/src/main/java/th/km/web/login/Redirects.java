package th.km.web.login;

import java.util.Optional;
import th.km.core.account.Account;

/** Where people land: home is the dashboard of the own organization, or the login page. */
public final class Redirects {

  private Redirects() {}

  /** The first page of a signed-in account. */
  public static String home(Account account) {
    return "/organizations/" + account.organization().value() + "/overview";
  }

  /**
   * The page to return to after signing in, if the text names one of km's own pages; anything
   * that could lead to another site ({@code //host}, {@code https:}, backslashes) is ignored.
   */
  public static Optional<String> safeReturn(String next) {
    if (next.startsWith("/")
        && !next.startsWith("//")
        && !next.contains("\\")
        && !next.contains("://")
        && next.chars().noneMatch(c -> c < 0x20)) {
      return Optional.of(next);
    }
    return Optional.empty();
  }
}
