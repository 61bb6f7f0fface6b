package th.km.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.ServletException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.km.persistence.db.DatabaseBusy;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;

/**
 * Turns every error into an HTTP answer, in one place: problem JSON with Thai and English messages
 * for the API, a page in the reader's language for people. A person who is not signed in is sent
 * to the login page instead. A request that found no free database connection within the pool's
 * wait ({@link DatabaseBusy}) is answered 503 with {@code Retry-After}; any other failure is 500.
 */
public final class ErrorHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

  private final Messages messages;
  private final PageFactory pages;
  private final Templates templates;

  public ErrorHandlers(Messages messages, PageFactory pages, Templates templates) {
    this.messages = messages;
    this.pages = pages;
    this.templates = templates;
  }

  /** Registers the handlers. */
  public void register(RoutesConfig routes) {
    routes.exception(
        WebError.class, (e, ctx) -> respond(ctx, e.status(), e.slug(), e.messageKey(), e.args()));
    routes.exception(HttpResponseException.class, this::httpResponse);
    routes.exception(JsonBodies.UnknownProperties.class, this::unknownProperties);
    routes.exception(BadMessageException.class, (e, ctx) -> unreadableForm(ctx));
    // Jetty wraps a form it cannot parse (a multipart type without a boundary, a broken part) in a
    // ServletException when Javalin asks for a form field: the client's mistake, not the server's.
    routes.exception(
        ServletException.class,
        (e, ctx) -> {
          if (e.getCause() instanceof BadMessageException) {
            unreadableForm(ctx);
          } else {
            unexpected(e, ctx);
          }
        });
    routes.exception(Exception.class, this::unexpected);
    routes.error(
        HttpStatus.NOT_FOUND,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            respond(ctx, HttpStatus.NOT_FOUND, "not-found", "error.pageNotFound", new Object[0]);
          }
        });
  }

  private void unexpected(Exception e, Context ctx) {
    Optional<DatabaseBusy> busy = DatabaseBusy.in(e);
    if (busy.isPresent()) {
      overloaded(ctx, busy.get());
      return;
    }
    LOG.error("unexpected failure of {} {}", ctx.method(), ctx.path(), e);
    respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal", new Object[0]);
  }

  /**
   * Every database connection stayed in use for the pool's whole wait: the server is overloaded,
   * and says so (503) with when to come back, rather than a 500 that reads as broken. The store
   * that waited wrote nothing: its transaction never began. Logged in one line, as an overload
   * repeats: a stack trace each time would bury the log.
   */
  private void overloaded(Context ctx, DatabaseBusy busy) {
    LOG.warn(
        "overloaded: {} {} answered 503, no database connection free within {} s",
        ctx.method(), ctx.path(), busy.waitSeconds());
    ctx.header(Header.RETRY_AFTER, String.valueOf(busy.waitSeconds()));
    ctx.header(Header.CACHE_CONTROL, "no-store");
    respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, "busy", "error.busy", new Object[] {busy.waitSeconds()});
  }

  private void unreadableForm(Context ctx) {
    respond(ctx, HttpStatus.BAD_REQUEST, "bad-form", "error.badForm", new Object[0]);
  }

  /** Whether the request is one of the JSON API, which gets problem JSON instead of pages. */
  public static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  private void httpResponse(HttpResponseException e, Context ctx) {
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    switch (status) {
      case NOT_FOUND -> respond(ctx, status, "not-found", "error.pageNotFound", new Object[0]);
      case METHOD_NOT_ALLOWED -> {
        // Javalin lists the methods the path takes; a 405 must say them in Allow (RFC 9110).
        String allowed = e.getDetails().getOrDefault("availableMethods", "");
        if (!allowed.isEmpty()) {
          ctx.header("Allow", allowed.replace(" ", ""));
        }
        respond(ctx, status, "method-not-allowed", "error.methodNotAllowed", new Object[0]);
      }
      case CONTENT_TOO_LARGE ->
          respond(ctx, status, "too-large", "error.tooLarge", new Object[] {JsonBodies.MAX_TEXT});
      case UNSUPPORTED_MEDIA_TYPE ->
          respond(ctx, status, "unsupported-media-type", "error.unsupportedMediaType", new Object[0]);
      default -> respond(ctx, status, "bad-request", "error.badRequest", new Object[0]);
    }
  }

  private void unknownProperties(JsonBodies.UnknownProperties e, Context ctx) {
    List<Problem.FieldMessage> errors = new ArrayList<>();
    for (String name : e.properties()) {
      errors.add(new Problem.FieldMessage(name, new Problem.Message(
          messages.get(Language.TH, "error.unknownProperty", name),
          messages.get(Language.EN, "error.unknownProperty", name))));
    }
    String en = messages.get(Language.EN, "entry.error.summary", errors.size());
    Problem problem =
        new Problem(
            Problem.type("invalid"), HttpStatus.UNPROCESSABLE_CONTENT.getMessage(),
            HttpStatus.UNPROCESSABLE_CONTENT.getCode(), en, ctx.path(),
            new Problem.Message(messages.get(Language.TH, "entry.error.summary", errors.size()), en),
            errors, null);
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(problem).contentType(Problem.MEDIA_TYPE);
  }

  private void respond(Context ctx, HttpStatus status, String slug, String key, Object[] args) {
    if (isApi(ctx)) {
      Problem problem =
          new Problem(
              Problem.type(slug),
              status.getMessage(),
              status.getCode(),
              messages.get(Language.EN, key, args),
              ctx.path(),
              new Problem.Message(
                  messages.get(Language.TH, key, args), messages.get(Language.EN, key, args)));
      ctx.status(status).json(problem).contentType(Problem.MEDIA_TYPE);
      return;
    }
    if (status == HttpStatus.UNAUTHORIZED) {
      String back = ctx.method().equals(HandlerType.GET) ? ctx.path() : "/";
      ctx.redirect("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
      return;
    }
    var page = pages.forError(ctx, "error.title");
    templates.render(
        ctx,
        "error.jte",
        Map.of("page", page, "status", status.getCode(), "message", page.t(key, args)));
    ctx.status(status);
  }
}
