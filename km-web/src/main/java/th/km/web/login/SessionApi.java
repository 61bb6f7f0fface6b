package th.km.web.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.web.http.JsonBodies;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import th.km.core.account.Account;
import th.km.web.http.WebError;
import th.km.web.security.Csrf;
import th.km.web.security.Sessions;
import th.km.web.security.SignIn;

/**
 * {@code /api/v1/session}: signing in and out for API clients, and who is signed in. The answer
 * carries the CSRF token that every later change must send in the {@code X-CSRF-Token} header.
 */
public final class SessionApi {

  /** The body of a sign-in. */
  public record Credentials(@Nullable String username, @Nullable String password) {}

  /** Who is signed in; only {@code signedIn} when nobody is. */
  public record SessionJson(
      boolean signedIn,
      @Nullable String username,
      @Nullable String role,
      @Nullable String organization,
      @Nullable String division,
      @Nullable String csrfToken) {

    static SessionJson of(Account a, String csrfToken) {
      return new SessionJson(
          true,
          a.username(),
          a.role().name(),
          a.organization().value(),
          a.division().map(d -> d.value()).orElse(null),
          csrfToken);
    }
  }

  private final SignIn signIn;
  private final Sessions sessions;
  private final Csrf csrf;

  private final ObjectMapper json;

  public SessionApi(SignIn signIn, Sessions sessions, Csrf csrf, ObjectMapper json) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.csrf = csrf;
    this.json = json;
  }

  /** {@code GET /api/v1/session}. */
  public void show(Context ctx) {
    Optional<Account> account = sessions.current(ctx);
    ctx.json(
        account
            .map(a -> SessionJson.of(a, csrf.token(ctx)))
            .orElse(new SessionJson(false, null, null, null, null, null)));
  }

  /** {@code POST /api/v1/session} with a JSON body {@code {"username", "password"}}. */
  public void create(Context ctx) {
    JsonNode body = JsonBodies.object(ctx, json, List.of("username", "password"));
    Credentials credentials =
        new Credentials(text(body.get("username")), text(body.get("password")));
    if (credentials == null
        || credentials.username() == null
        || credentials.password() == null
        || credentials.username().isBlank()) {
      throw WebError.badRequest("error.credentialsRequired");
    }
    switch (signIn.attempt(credentials.username(), credentials.password(), ctx.ip())) {
      case SignIn.Outcome.Accepted accepted -> {
        sessions.signIn(ctx, accepted.account());
        ctx.json(SessionJson.of(accepted.account(), csrf.token(ctx)));
      }
      case SignIn.Outcome.Refused refused ->
          throw new WebError(HttpStatus.UNAUTHORIZED, "login-failed", "login.failed");
      case SignIn.Outcome.Throttled throttled -> {
        ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
        long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
        throw new WebError(
            HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "login.throttled", minutes);
      }
    }
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || !node.isTextual() ? null : node.asText();
  }

  /** {@code DELETE /api/v1/session}. */
  public void delete(Context ctx) {
    sessions.signOut(ctx);
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
