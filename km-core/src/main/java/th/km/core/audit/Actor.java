package th.km.core.audit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * Who makes a change, as the audit log names them: a web account's username, or a name for a batch
 * run such as {@code km-cli:somchai}.
 *
 * @param name how the log names them; not blank, at most 200 characters
 * @param address the client address the change came from, for a change made through the web: the
 *     connection's, or the browser's as the HTTPS proxy forwards it; at most 64 characters
 */
public record Actor(String name, Optional<String> address) {

  /** km itself, for writes no person asked for (a batch import run without a name). */
  public static final Actor SYSTEM = new Actor("km", Optional.empty());

  public Actor {
    checkArgument(!name.isBlank(), "an actor needs a name, got '%s'", name);
    checkArgument(
        name.length() <= 200, "an actor's name is at most 200 characters, got %s", name.length());
    address.ifPresent(
        a -> checkArgument(
            !a.isBlank() && a.length() <= 64, "a client address is 1 to 64 characters, got '%s'", a));
  }

  /** Someone not on the web: a batch run. */
  public static Actor of(String name) {
    return new Actor(name, Optional.empty());
  }

  /** A person on the web, from the client address. */
  public static Actor of(String name, String address) {
    return new Actor(name, Optional.of(address));
  }

  @Override
  public String toString() {
    return name;
  }
}
