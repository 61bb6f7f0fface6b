package th.km.web.security;

import jakarta.servlet.SessionTrackingMode;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;

/**
 * The server session's cookie: HttpOnly, SameSite=Lax, Secure behind an HTTPS proxy, and the only
 * carrier of the session id.
 */
public final class SessionCookie {

  private SessionCookie() {}

  /** Jetty's session handler for a cookie of the name, ending after the idle timeout. */
  public static SessionHandler handler(String name, boolean https, Duration timeout) {
    SessionHandler sessions = new SessionHandler();
    sessions.setSessionCookie(name);
    sessions.setHttpOnly(true);
    sessions.setSameSite(HttpCookie.SameSite.LAX);
    sessions.setSecureRequestOnly(false);
    sessions.setSecureCookies(https);
    sessions.setMaxInactiveInterval((int) timeout.toSeconds());
    // Only the cookie carries the session: a session id in a URL leaks through logs and referrers.
    sessions.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    return sessions;
  }
}
