package th.km.web.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Tokens against cross-site request forgery, put in every form as a hidden field (or sent by API
 * clients in a header) and compared on the server with every request that changes something. A
 * session has one random token (a synchronizer token). A visitor who is not signed in has no
 * session, so the login form carries a signed double-submit token instead: a random value and the
 * server's HMAC of it, kept in an HttpOnly cookie and in the form, which must match and verify.
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

  /** The cookie that carries an anonymous visitor's signed token. */
  public static final String COOKIE = "km_csrf";

  private static final String ATTRIBUTE = "km.csrf";
  private static final String ANONYMOUS_ATTRIBUTE = "km.csrf.anonymous";
  private static final int TOKEN_BYTES = 32;
  private static final String HMAC = "HmacSHA256";
  /** The length of 32 bytes (a random value, an HMAC-SHA256) in unpadded base64url. */
  private static final int ENCODED_LENGTH = 43;

  private final SecureRandom random = new SecureRandom();
  /** The key anonymous tokens are signed with; a restart makes the open login forms stale. */
  private final SecretKeySpec key;
  private final boolean https;

  /** @param https whether the anonymous token's cookie may travel only over HTTPS */
  public Csrf(boolean https) {
    byte[] secret = new byte[TOKEN_BYTES];
    random.nextBytes(secret);
    this.key = new SecretKeySpec(secret, HMAC);
    this.https = https;
  }

  /**
   * The token of a visitor who is not signed in, for a form such as the login page's: the one its
   * cookie carries when that is well signed, else a new one set in the cookie. It makes no session.
   */
  public String anonymousToken(Context ctx) {
    String known = ctx.attribute(ANONYMOUS_ATTRIBUTE);
    if (known != null) {
      return known;
    }
    String cookie = ctx.cookie(COOKIE);
    String token;
    if (cookie != null && isSigned(cookie)) {
      token = cookie;
    } else {
      byte[] bytes = new byte[TOKEN_BYTES];
      random.nextBytes(bytes);
      String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      // No separator: the token stays in the alphabet of every other token (base64url).
      token = value + sign(value);
      Cookie set = new Cookie(COOKIE, token, "/", -1, https);
      set.setHttpOnly(true);
      set.setSameSite(SameSite.STRICT);
      ctx.cookie(set);
    }
    ctx.attribute(ANONYMOUS_ATTRIBUTE, token);
    return token;
  }

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
    return provided != null && same(expected, provided);
  }

  /**
   * Whether the request carries the session's token, or (for a route anyone may use, such as
   * signing in) an anonymous token that its cookie repeats and that the server signed.
   */
  public boolean isValidForAnyone(Context ctx) {
    if (isValid(ctx)) {
      return true;
    }
    String provided = provided(ctx);
    String cookie = ctx.cookie(COOKIE);
    return provided != null && cookie != null && same(cookie, provided) && isSigned(provided);
  }

  /** Whether the token is a random value followed by the server's HMAC of it. */
  private boolean isSigned(String token) {
    return token.length() == 2 * ENCODED_LENGTH
        && same(sign(token.substring(0, ENCODED_LENGTH)), token.substring(ENCODED_LENGTH));
  }

  private String sign(String value) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has " + HMAC, e);
    }
  }

  private static boolean same(String expected, String provided) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), provided.getBytes(StandardCharsets.UTF_8));
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
