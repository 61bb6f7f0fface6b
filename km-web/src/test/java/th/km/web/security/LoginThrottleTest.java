package th.km.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-03-15T03:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void theFifthFailureLocksForWhatIsLeftOfTheWindow() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 4; i++) {
      throttle.failed("somchai");
      clock.advance(Duration.ofMinutes(1));
    }
    assertEquals(Optional.empty(), throttle.waitFor("somchai"));
    throttle.failed("somchai");
    assertEquals(Optional.of(Duration.ofMinutes(11)), throttle.waitFor("somchai"));
    assertEquals(Optional.empty(), throttle.waitFor("somying"), "other names are not touched");
    clock.advance(Duration.ofMinutes(11));
    assertEquals(Optional.empty(), throttle.waitFor("somchai"), "the oldest failure left the window");
  }

  @Test
  void aSuccessForgetsTheFailures() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(15), clock);
    throttle.failed("a");
    throttle.succeeded("a");
    throttle.failed("a");
    assertEquals(Optional.empty(), throttle.waitFor("a"));
  }

  @Test
  void neverMoreThanTheLimitWithinAnyWindow() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      HandClock clock = new HandClock();
      int limit = 1 + random.nextInt(6);
      Duration window = Duration.ofSeconds(60 + random.nextInt(1200));
      LoginThrottle throttle = new LoginThrottle(limit, window, clock);
      java.util.ArrayDeque<Instant> accepted = new java.util.ArrayDeque<>();
      for (int attempt = 0; attempt < 60; attempt++) {
        clock.advance(Duration.ofSeconds(random.nextInt(120)));
        if (throttle.waitFor("u").isEmpty()) {
          throttle.failed("u");
          accepted.addLast(clock.instant());
          while (!accepted.peekFirst().isAfter(clock.instant().minus(window))) {
            accepted.removeFirst();
          }
          assertTrue(
              accepted.size() <= limit,
              "seed " + seed + ": " + accepted.size() + " tries within " + window + " with limit " + limit);
        }
      }
    }
  }
}
