package th.km.web.security;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Synchronizer tokens against cross-site request forgery: one random token per session, put in
 * every form as a hidden field (or sent by API clients in a header) and compared on the server
 * with every request that changes something.
 */
public final class Csrf {

  /** The hidden form field that carries the token. */
  public static final String FIELD = "_csrf";

  /** The request header that carries the token for API clients. */
  public static final String HEADER = "X-CSRF-Token";

  /**
   * Marks a route that takes no token because a cross-site page cannot send it: it accepts only a
   * JSON body, which a browser sends across sites only after a CORS preflight that km never
   * allows.
   */
  public enum Exempt implements RouteRole {
    JSON_ONLY
  }

  private static final String ATTRIBUTE = "km.csrf";
  private static final int TOKEN_BYTES = 32;

  private final SecureRandom random = new SecureRandom();

  /** The session's token, made (with the session) when there is none yet. */
  public String token(Context ctx) {
    HttpSession session = ctx.req().getSession(true);
    Object token = session.getAttribute(ATTRIBUTE);
    if (token instanceof String s) {
      return s;
    }
    return renew(session);
  }

  /** Gives the session a new token, as after signing in. */
  public String renew(HttpSession session) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(ATTRIBUTE, token);
    return token;
  }

  /** Whether the request carries the session's token, in the header or in the form. */
  public boolean isValid(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
      return false;
    }
    String provided = provided(ctx);
    return provided != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), provided.getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable String provided(Context ctx) {
    String header = ctx.header(HEADER);
    if (header != null) {
      return header;
    }
    if (ctx.isFormUrlencoded() || ctx.isMultipartFormData()) {
      return ctx.formParam(FIELD);
    }
    return null;
  }
}
