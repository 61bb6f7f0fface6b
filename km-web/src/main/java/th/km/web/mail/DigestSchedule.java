package th.km.web.mail;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import th.km.core.plan.OrganizationCode;

/**
 * Sends the {@link DailyDigest} every morning at {@link #AT} in the clock's zone (Bangkok for km
 * serve), on one daemon thread, so that a mail server that hangs never holds up a web request.
 */
public final class DigestSchedule implements AutoCloseable {

  /** The time of day the digest goes out. */
  public static final LocalTime AT = LocalTime.of(7, 0);

  private final ScheduledExecutorService executor;

  private DigestSchedule(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts sending each morning; {@link #close} stops it. */
  public static DigestSchedule start(
      DailyDigest digest, SmtpMailer mailer, Supplier<List<OrganizationCode>> organizations, Clock clock,
      PrintWriter err) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "km-daily-digest");
              t.setDaemon(true);
              return t;
            });
    Runnable send =
        () -> {
          try {
            digest.send(organizations.get(), mailer, err);
          } catch (RuntimeException e) {
            // One failed morning must not end the schedule: the next morning tries again.
            err.println("km: ส่งอีเมลสรุปงานประจำวันไม่สำเร็จ / the daily digest failed: " + e.getMessage());
            err.flush();
          }
        };
    executor.scheduleAtFixedRate(
        send, untilNext(ZonedDateTime.now(clock)).toMillis(), Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
    return new DigestSchedule(executor);
  }

  /** How long from {@code now} until the next {@link #AT}. */
  public static Duration untilNext(ZonedDateTime now) {
    ZonedDateTime next = now.with(AT);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Duration.between(now, next);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
