package th.km.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String ATTACKER = "203.0.113.9";
  private static final String OWNER = "198.51.100.7";

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
  void theDelayGrowsWithEachFailureAndIsNeverALock() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 2; i++) {
      throttle.failed("somchai", ATTACKER);
    }
    assertEquals(Optional.empty(), throttle.waitFor("somchai", ATTACKER), "the first failures are free");
    throttle.failed("somchai", ATTACKER);
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("somchai", ATTACKER));
    throttle.failed("somchai", ATTACKER);
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor("somchai", ATTACKER));
    throttle.failed("somchai", ATTACKER);
    assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.waitFor("somchai", ATTACKER));
    for (int i = 0; i < 30; i++) {
      throttle.failed("somchai", ATTACKER);
    }
    assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitFor("somchai", ATTACKER), "at most the cap");
    clock.advance(Duration.ofMinutes(15));
    assertEquals(Optional.empty(), throttle.waitFor("somchai", ATTACKER), "forgotten after the cap");
  }

  @Test
  void failuresFromOtherClientsNeverKeepACleanClientOut() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 100; i++) {
      throttle.failed("somchai", "10.0.0." + (i % 50));
    }
    assertEquals(Optional.empty(), throttle.waitFor("somchai", OWNER), "the owner's own client may try");
    assertTrue(throttle.waitFor("somchai", "10.0.0.1").isPresent(), "a client that failed waits");
    throttle.failed("somchai", "10.0.0.99");
    assertTrue(
        throttle.waitFor("somchai", "10.0.0.99").isPresent(),
        "one failure of a new client meets the username's count: many clients gain nothing");
  }

  @Test
  void oneClientTryingManyNamesWaitsToo() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
    for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
      throttle.failed("user" + i, ATTACKER);
    }
    assertTrue(throttle.waitFor("someone-new", ATTACKER).isPresent());
    assertEquals(Optional.empty(), throttle.waitFor("someone-new", OWNER));
  }

  @Test
  void theSecretarySeesAndLiftsAThrottle() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 5; i++) {
      throttle.failed("somchai", ATTACKER);
    }
    List<LoginThrottle.Throttled> seen = throttle.throttled(List.of("somchai", "somying"));
    assertEquals(1, seen.size());
    assertEquals(5, seen.get(0).failures());
    throttle.lift("somchai");
    assertEquals(List.of(), throttle.throttled(List.of("somchai")));
    assertEquals(Optional.empty(), throttle.waitFor("somchai", ATTACKER));
  }

  @Test
  void aSuccessForgetsTheFailures() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(15), clock);
    throttle.failed("a", OWNER);
    throttle.succeeded("a", OWNER);
    throttle.failed("a", OWNER);
    assertEquals(Optional.empty(), throttle.waitFor("a", OWNER));
  }

  @Test
  void aClientThatWaitsAsToldTriesAtMostOncePerDelay() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 100; round++) {
      HandClock clock = new HandClock();
      int free = 1 + random.nextInt(6);
      LoginThrottle throttle = new LoginThrottle(free, Duration.ofMinutes(15), clock);
      int tries = 0;
      for (int attempt = 0; attempt < 200; attempt++) {
        clock.advance(Duration.ofMillis(random.nextInt(2000)));
        if (throttle.waitFor("u", ATTACKER).isEmpty()) {
          throttle.failed("u", ATTACKER);
          tries++;
        }
      }
      // 200 tries in at most 400 s: the doubling delay lets through far fewer.
      assertTrue(tries <= free + 12, "seed " + seed + ": " + tries + " tries with " + free + " free");
    }
  }
}
