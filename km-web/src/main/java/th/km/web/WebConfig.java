package th.km.web;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How the web server behaves.
 *
 * @param clock where today's date comes from; its zone decides the day (Asia/Bangkok for Thai
 *     organizations), and tests pass a fixed clock
 * @param https whether km is served over HTTPS (directly or behind a proxy): cookies are then
 *     marked Secure and answers carry Strict-Transport-Security
 * @param sessionTimeout how long an idle session lasts
 * @param maxLoginFailures failed sign-ins of one username within {@code loginWindow} after which it
 *     must wait
 * @param loginWindow the window of the sign-in throttle
 */
public record WebConfig(
    Clock clock, boolean https, Duration sessionTimeout, int maxLoginFailures, Duration loginWindow) {

  /** The zone of Thai organizations: the day changes at midnight in Bangkok. */
  public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

  public WebConfig {
    checkArgument(
        !sessionTimeout.isNegative() && sessionTimeout.toSeconds() >= 60,
        "session timeout must be at least a minute, got %s",
        sessionTimeout);
    checkArgument(maxLoginFailures >= 1, "maxLoginFailures must be at least 1, got %s", maxLoginFailures);
    checkArgument(!loginWindow.isNegative() && !loginWindow.isZero(), "login window must be positive, got %s", loginWindow);
  }

  /** Plain HTTP, 8-hour sessions, 5 failed sign-ins per 15 minutes. */
  public static WebConfig defaults(Clock clock) {
    return new WebConfig(clock, false, Duration.ofHours(8), 5, Duration.ofMinutes(15));
  }

  /** The same configuration served over HTTPS, or not. */
  public WebConfig withHttps(boolean value) {
    return new WebConfig(clock, value, sessionTimeout, maxLoginFailures, loginWindow);
  }

  /** Today, as the clock sees it in its zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
