package th.km.web.login;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.security.Sessions;
import th.km.web.security.SignIn;

/** The login page, signing in from its form, and signing out. */
public final class LoginPages {

  private final SignIn signIn;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;

  public LoginPages(SignIn signIn, Sessions sessions, PageFactory pages, Templates templates) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** {@code GET /}: the dashboard for the signed in, the login page for everyone else. */
  public void home(Context ctx) {
    ctx.redirect(sessions.current(ctx).map(Redirects::home).orElse("/login"), HttpStatus.FOUND);
  }

  /** {@code GET /login}. */
  public void show(Context ctx) {
    var account = sessions.current(ctx);
    if (account.isPresent()) {
      ctx.redirect(Redirects.home(account.get()), HttpStatus.FOUND);
      return;
    }
    render(ctx, HttpStatus.OK, "", nextOf(ctx.queryParam("next")), Map.of(), "");
  }

  /** {@code POST /login}: checks the form; on success starts the session and goes on. */
  public void submit(Context ctx) {
    String username = valueOf(ctx.formParam("username"));
    String password = valueOf(ctx.formParam("password"));
    String next = nextOf(ctx.formParam("next"));
    Map<String, String> fieldErrors = new HashMap<>();
    if (username.isBlank()) {
      fieldErrors.put("username", "login.usernameRequired");
    }
    if (password.isEmpty()) {
      fieldErrors.put("password", "login.passwordRequired");
    }
    if (!fieldErrors.isEmpty()) {
      render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, username, next, fieldErrors, "");
      return;
    }
    switch (signIn.attempt(username, password, ctx.ip())) {
      case SignIn.Outcome.Accepted accepted -> {
        sessions.signIn(ctx, accepted.account());
        String target = Redirects.safeReturn(next).orElse(Redirects.home(accepted.account()));
        ctx.redirect(target, HttpStatus.SEE_OTHER);
      }
      case SignIn.Outcome.Refused refused ->
          render(ctx, HttpStatus.UNAUTHORIZED, username, next, Map.of(), "login.failed");
      case SignIn.Outcome.Throttled throttled -> {
        ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
        long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
        render(
            ctx, HttpStatus.TOO_MANY_REQUESTS, username, next, Map.of(), "login.throttled", minutes);
      }
    }
  }

  /** {@code POST /logout}. */
  public void logout(Context ctx) {
    sessions.signOut(ctx);
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private void render(
      Context ctx,
      HttpStatus status,
      String username,
      String next,
      Map<String, String> fieldErrors,
      String formErrorKey,
      Object... args) {
    Page page = pages.plain(ctx, "login.title", true);
    String formError = formErrorKey.isEmpty() ? "" : page.t(formErrorKey, args);
    templates.render(
        ctx,
        "login.jte",
        Map.of(
            "page", page,
            "username", username,
            "next", next,
            "fieldErrors", fieldErrors,
            "formError", formError));
    ctx.status(status);
  }

  private static String valueOf(String value) {
    return value == null ? "" : value;
  }

  private static String nextOf(String value) {
    return value == null ? "" : Redirects.safeReturn(value).orElse("");
  }
}
