package th.km.web.security;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import th.km.core.account.Account;
import th.km.web.http.WebError;

/**
 * Runs before the handler of every matched route and enforces, on the server: the route's {@link
 * Access} rule, that an account sees only its own organization, and the CSRF token of every
 * request that changes something.
 */
public final class AccessGuard {

  /** The path parameter that names an organization in every organization-scoped route. */
  public static final String ORGANIZATION = "org";

  private static final Set<HandlerType> CHANGING =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private final Sessions sessions;
  private final Csrf csrf;

  public AccessGuard(Sessions sessions, Csrf csrf) {
    this.sessions = sessions;
    this.csrf = csrf;
  }

  /**
   * Largest body read and dropped before a refusal is answered. A refusal sent while the client is
   * still uploading, with the body left unread, closes the connection under the client, which then
   * sees no answer at all (a browser shows a network error instead of the 403).
   */
  private static final long MAX_BODY_DRAINED = 16L * 1024 * 1024;

  public void check(Context ctx) {
    try {
      enforce(ctx);
    } catch (WebError refusal) {
      drainBody(ctx);
      throw refusal;
    }
  }

  private void enforce(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    Access access =
        roles.stream()
            .filter(Access.class::isInstance)
            .map(Access.class::cast)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "route " + ctx.path() + " declares no access rule"));
    if (access != Access.PUBLIC) {
      Optional<Account> account = sessions.current(ctx);
      if (account.isEmpty()) {
        throw new WebError(HttpStatus.UNAUTHORIZED, "unauthorized", "error.signInRequired");
      }
      if (!access.allows(account)) {
        throw WebError.forbidden("error.roleForbidden");
      }
      String org = ctx.pathParamMap().get(ORGANIZATION);
      if (org != null && !org.equals(account.get().organization().value())) {
        throw WebError.forbidden("error.otherOrganization");
      }
    }
    if (changesSomething(ctx.method())
        && !roles.contains(Csrf.Exempt.JSON_ONLY)
        && !carriesToken(ctx, access)) {
      throw new WebError(HttpStatus.FORBIDDEN, "csrf", "error.csrf");
    }
  }

  /** A route anyone may use (signing in) takes the signed token of a visitor with no session. */
  private boolean carriesToken(Context ctx, Access access) {
    return access == Access.PUBLIC ? csrf.isValidForAnyone(ctx) : csrf.isValid(ctx);
  }

  /**
   * Reads and drops what is left of the request's body, up to {@link #MAX_BODY_DRAINED}, so that
   * the answer reaches a client that is still sending it.
   */
  public static void drainBody(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length <= 0 || length > MAX_BODY_DRAINED) {
      return;
    }
    try (InputStream body = ctx.req().getInputStream()) {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | IllegalStateException e) {
      // The client went away, or a handler read the body as text: the answer goes out all the same.
    }
  }

  private static boolean changesSomething(HandlerType method) {
    return CHANGING.contains(method);
  }
}
