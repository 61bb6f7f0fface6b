package th.km.web.year;

import java.util.function.Function;

/**
 * A view computed from a {@link Snapshot} (the overview's groups, the trainings with their due
 * dates, the checker's findings) and kept with it, so that it is computed once per snapshot and not
 * once per request. Two derived views are the same only if they are the same object: declare each
 * once, as a constant.
 *
 * @param <T> what the view is
 */
public final class Derived<T> {

  private final String name;
  private final Function<Snapshot, T> compute;

  private Derived(String name, Function<Snapshot, T> compute) {
    this.name = name;
    this.compute = compute;
  }

  /** A view named for logs and errors, computed by the function. */
  public static <T> Derived<T> of(String name, Function<Snapshot, T> compute) {
    return new Derived<>(name, compute);
  }

  T computeFor(Snapshot snapshot) {
    return compute.apply(snapshot);
  }

  @Override
  public String toString() {
    return "Derived[" + name + "]";
  }
}
