package th.km.web.planimport;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import th.km.core.plan.OrganizationCode;

/**
 * The plans read from uploads and not yet saved, kept on the server in the uploader's session under
 * a random token, so that the review page and the save read the plan the server read, never one the
 * browser sends back. A token is worthless in another session or for another organization, and it
 * dies with the session. One lock for all sessions: a session object may differ between requests,
 * and an upload is rare enough that no one waits.
 */
public final class PendingImports {

  /** How many unsaved imports one session keeps; the oldest goes first. */
  public static final int KEPT_PER_SESSION = 4;

  private static final String ATTRIBUTE = "km.pendingImports";
  private static final int TOKEN_BYTES = 24;

  private final SecureRandom random = new SecureRandom();

  /** Keeps the reading for the session's organization and returns its token. */
  public String keep(Context ctx, OrganizationCode organization, Reading.Read read) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    HttpSession session = ctx.req().getSession(true);
    synchronized (this) {
      Kept kept = kept(session);
      kept.put(token, new Pending(organization, read));
      session.setAttribute(ATTRIBUTE, kept);
    }
    return token;
  }

  /** The reading kept under the token in this session for this organization. */
  public Optional<Reading.Read> find(Context ctx, OrganizationCode organization, String token) {
    HttpSession session = ctx.req().getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    synchronized (this) {
      Pending p = kept(session).get(token);
      return p == null || !p.organization().equals(organization) ? Optional.empty() : Optional.of(p.read());
    }
  }

  /** Forgets the reading once it is saved, so that the same upload is not saved twice by a reload. */
  public void forget(Context ctx, String token) {
    HttpSession session = ctx.req().getSession(false);
    if (session != null) {
      synchronized (this) {
        Kept kept = kept(session);
        kept.remove(token);
        session.setAttribute(ATTRIBUTE, kept);
      }
    }
  }

  private static Kept kept(HttpSession session) {
    return session.getAttribute(ATTRIBUTE) instanceof Kept k ? k : new Kept();
  }

  private record Pending(OrganizationCode organization, Reading.Read read) {}

  /** The session's pending imports, oldest first, at most {@link #KEPT_PER_SESSION}. */
  private static final class Kept extends LinkedHashMap<String, Pending> {
    @Serial private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
      return size() > KEPT_PER_SESSION;
    }
  }
}
