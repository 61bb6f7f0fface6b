package th.km.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins per username: after {@code maxFailures} failures within {@code window},
 * the username is refused until the oldest of them leaves the window. Usernames that do not exist
 * are throttled alike, so the throttle does not tell which accounts exist.
 */
public final class LoginThrottle {

  /** Beyond this many throttled names the expired ones are swept, so memory stays bounded. */
  private static final int SWEEP_ABOVE = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1, got " + maxFailures);
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** How long the username must wait before it may try again, or empty when it may try now. */
  public Optional<Duration> waitFor(String username) {
    Deque<Instant> times = failures.get(username);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      Instant now = clock.instant();
      prune(times, now);
      if (times.size() < maxFailures) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
    }
  }

  /** Counts a failed sign-in of the username. */
  public void failed(String username) {
    if (failures.size() > SWEEP_ABOVE) {
      sweep();
    }
    Deque<Instant> times = failures.computeIfAbsent(username, u -> new ArrayDeque<>());
    synchronized (times) {
      Instant now = clock.instant();
      prune(times, now);
      times.addLast(now);
    }
  }

  /** Forgets the failures of the username after it signed in. */
  public void succeeded(String username) {
    failures.remove(username);
  }

  private void prune(Deque<Instant> times, Instant now) {
    Instant cutoff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
  }

  private void sweep() {
    Instant now = clock.instant();
    failures
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
              }
            });
  }
}
