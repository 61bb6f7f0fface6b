package th.km.core.audit;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Who makes a change, as the audit log names them: a web account's username, or a name for a batch
 * run such as {@code km-cli:somchai}.
 *
 * @param name how the log names them; not blank, at most 200 characters
 */
public record Actor(String name) {

  /** km itself, for writes no person asked for (a batch import run without a name). */
  public static final Actor SYSTEM = new Actor("km");

  public Actor {
    checkArgument(!name.isBlank(), "an actor needs a name, got '%s'", name);
    checkArgument(
        name.length() <= 200, "an actor's name is at most 200 characters, got %s", name.length());
  }

  public static Actor of(String name) {
    return new Actor(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
