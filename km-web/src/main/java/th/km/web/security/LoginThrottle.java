package th.km.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing with a growing delay, never a lock, counted three ways: per username
 * and client address together, per client address over all usernames (one client trying many
 * names), and per username over all addresses (many clients trying one name). The last applies only
 * to a client that has itself failed for that username, so failures sent by others can never keep
 * the account's owner out: the right password from a client that has not failed still signs in.
 *
 * <p>The first {@code freeFailures} failures cost nothing; after that each failure doubles the wait
 * before the next try, from one second up to {@code maxDelay}. Failures are forgotten {@code
 * maxDelay} after the last one, or when the secretary lifts the throttle ({@link #lift}).
 * Usernames that do not exist are counted alike, so the throttle does not tell which exist.
 */
public final class LoginThrottle {

  /** How many failures one client address may have over all usernames before it waits. */
  static final int ADDRESS_FREE_FAILURES = 20;

  /** Beyond this many counters the expired ones are swept, so memory stays bounded. */
  private static final int SWEEP_ABOVE = 10_000;

  /** A username's throttle as the secretary sees it. */
  public record Throttled(String username, int failures, Instant lastFailure, Duration retryAfter) {}

  /** Failures of one key: how many, and when the last was. */
  private record Count(int failures, Instant last) {}

  private final int freeFailures;
  private final Duration maxDelay;
  private final Clock clock;
  private final Map<String, Count> pairs = new ConcurrentHashMap<>();
  private final Map<String, Count> addresses = new ConcurrentHashMap<>();
  private final Map<String, Count> usernames = new ConcurrentHashMap<>();

  /**
   * @param freeFailures failures of one username from one client before the delay starts
   * @param maxDelay the longest delay, and how long failures are remembered
   */
  public LoginThrottle(int freeFailures, Duration maxDelay, Clock clock) {
    if (freeFailures < 1) {
      throw new IllegalArgumentException("freeFailures must be at least 1, got " + freeFailures);
    }
    this.freeFailures = freeFailures;
    this.maxDelay = maxDelay;
    this.clock = clock;
  }

  /** How long the client must wait before it may try the username, or empty when it may now. */
  public Optional<Duration> waitFor(String username, String address) {
    Instant now = clock.instant();
    Optional<Count> pair = live(pairs, pairKey(username, address), now);
    Duration wait = delay(pair, freeFailures, now);
    wait = max(wait, delay(live(addresses, address, now), ADDRESS_FREE_FAILURES, now));
    if (pair.isPresent()) {
      wait = max(wait, delay(live(usernames, username, now), freeFailures, now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Counts a failed sign-in of the username from the client. */
  public void failed(String username, String address) {
    if (pairs.size() + addresses.size() + usernames.size() > SWEEP_ABOVE) {
      sweep();
    }
    Instant now = clock.instant();
    count(pairs, pairKey(username, address), now);
    count(addresses, address, now);
    count(usernames, username, now);
  }

  /** Forgets the username's failures after it signed in from the client. */
  public void succeeded(String username, String address) {
    pairs.remove(pairKey(username, address));
    usernames.remove(username);
  }

  /** The usernames among {@code names} that have failures now, with the wait a failed client has. */
  public List<Throttled> throttled(Collection<String> names) {
    Instant now = clock.instant();
    List<Throttled> list = new ArrayList<>();
    for (String name : names) {
      Optional<Count> c = live(usernames, name, now);
      c.ifPresent(
          count -> list.add(new Throttled(name, count.failures(), count.last(), delay(c, freeFailures, now))));
    }
    return list;
  }

  /** Lifts the username's throttle: its failures from every client are forgotten. */
  public void lift(String username) {
    usernames.remove(username);
    pairs.keySet().removeIf(k -> k.startsWith(username + "\n"));
  }

  private Optional<Count> live(Map<String, Count> counts, String key, Instant now) {
    Count c = counts.get(key);
    if (c == null || !c.last().plus(maxDelay).isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(c);
  }

  private void count(Map<String, Count> counts, String key, Instant now) {
    counts.compute(
        key,
        (k, old) ->
            old == null || !old.last().plus(maxDelay).isAfter(now)
                ? new Count(1, now)
                : new Count(old.failures() + 1, now));
  }

  /** 1 s after the first failure past the free ones, doubling with each, at most maxDelay. */
  private Duration delay(Optional<Count> count, int free, Instant now) {
    if (count.isEmpty() || count.get().failures() < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(30, count.get().failures() - free);
    Duration delay = Duration.ofSeconds(1L << doublings);
    if (delay.compareTo(maxDelay) > 0) {
      delay = maxDelay;
    }
    Duration left = Duration.between(now, count.get().last().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String pairKey(String username, String address) {
    return username + "\n" + address;
  }

  private void sweep() {
    Instant now = clock.instant();
    for (Map<String, Count> counts : List.of(pairs, addresses, usernames)) {
      counts.entrySet().removeIf(e -> !e.getValue().last().plus(maxDelay).isAfter(now));
    }
  }
}
