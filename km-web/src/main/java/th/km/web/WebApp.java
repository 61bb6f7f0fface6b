package th.km.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.SessionTrackingMode;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import th.km.core.account.AccountStore;
import th.km.web.account.AccountPages;
import th.km.web.http.ErrorHandlers;
import th.km.web.http.LanguageSelector;
import th.km.web.http.Routes;
import th.km.web.i18n.Messages;
import th.km.web.login.LoginPages;
import th.km.web.login.SessionApi;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanApi;
import th.km.web.plan.PlanLookup;
import th.km.web.plan.PlanPages;
import th.km.web.security.Access;
import th.km.web.security.AccessGuard;
import th.km.web.security.Csrf;
import th.km.web.security.LoginThrottle;
import th.km.web.security.PasswordHasher;
import th.km.web.security.SecurityHeaders;
import th.km.web.security.SignIn;
import th.km.web.security.Sessions;

/**
 * Builds the km web server: wires the controllers by hand and registers every route with its
 * access rule. It returns the server without starting it, so that {@code Main} and the tests
 * decide the port.
 */
public final class WebApp {

  /** Where the server keeps the list of its routes, for {@link #routes}. */
  private static final Key<List<Routes.Route>> ROUTES = new Key<>("km.routes");

  /** The session cookie's name. */
  public static final String SESSION_COOKIE = "KMSESSION";

  private WebApp() {}

  /** The server for the plans and accounts, configured but not started. */
  public static Javalin create(WebConfig config, PlanSource plans, AccountStore accounts) {
    return create(config, plans, accounts, new PasswordHasher());
  }

  /** As {@link #create(WebConfig, PlanSource, AccountStore)}, with the hasher the accounts were made with. */
  public static Javalin create(
      WebConfig config, PlanSource plans, AccountStore accounts, PasswordHasher hasher) {
    Messages messages = Messages.load();
    Templates templates = new Templates();
    Csrf csrf = new Csrf();
    Sessions sessions = new Sessions(accounts, csrf);
    Clock clock = config.clock();
    SignIn signIn =
        new SignIn(
            accounts, hasher, new LoginThrottle(config.maxLoginFailures(), config.loginWindow(), clock));
    PageFactory pages = new PageFactory(messages, sessions, csrf);
    PlanLookup lookup = new PlanLookup(plans);

    SecurityHeaders headers = new SecurityHeaders(config.https());
    LanguageSelector language = new LanguageSelector(config.https());
    AccessGuard guard = new AccessGuard(sessions, csrf);
    ErrorHandlers errors = new ErrorHandlers(messages, pages, templates);

    LoginPages login = new LoginPages(signIn, sessions, pages, templates);
    SessionApi sessionApi = new SessionApi(signIn, sessions, csrf);
    PlanPages planPages = new PlanPages(config, lookup, pages, templates);
    PlanApi planApi = new PlanApi(config, lookup);
    AccountPages accountPages = new AccountPages(config, accounts, lookup, pages, templates);

    return Javalin.create(
        c -> {
          c.startup.showJavalinBanner = false;
          c.startup.showOldJavalinVersionWarning = false;
          c.jsonMapper(new JavalinJackson(jsonMapper(), false));
          c.staticFiles.add(
              s -> {
                s.hostedPath = "/static";
                s.directory = "/th/km/web/static";
                s.location = Location.CLASSPATH;
                s.roles = Set.of(Access.PUBLIC);
              });
          c.jetty.modifyServletContextHandler(h -> h.setSessionHandler(sessionHandler(config)));
          c.routes.before(
              ctx -> {
                headers.apply(ctx);
                language.select(ctx);
              });
          c.routes.beforeMatched(guard::check);
          errors.register(c.routes);

          Routes r = new Routes(c.routes);
          r.get("/", Access.PUBLIC, login::home);
          r.get("/login", Access.PUBLIC, login::show);
          r.post("/login", Access.PUBLIC, login::submit);
          r.post("/logout", Access.SIGNED_IN, login::logout);

          String org = "/organizations/{" + AccessGuard.ORGANIZATION + "}";
          r.get(org + "/action-plan", Access.SIGNED_IN, planPages::actionPlan);
          r.get(org + "/committees", Access.SIGNED_IN, planPages::committees);
          r.get(org + "/knowledge-map", Access.SIGNED_IN, planPages::knowledgeMap);
          r.get(org + "/scopes", Access.SIGNED_IN, planPages::scopes);
          r.get(org + "/accounts", Access.SECRETARY, accountPages::list);

          r.get("/api/v1/session", Access.PUBLIC, sessionApi::show);
          r.postJsonWithoutCsrf("/api/v1/session", Access.PUBLIC, sessionApi::create);
          r.delete("/api/v1/session", Access.SIGNED_IN, sessionApi::delete);
          String api = "/api/v1" + org;
          r.get(api + "/committees", Access.SIGNED_IN, planApi::committees);
          r.get(api + "/knowledge-map", Access.SIGNED_IN, planApi::knowledgeMap);
          r.get(api + "/scopes", Access.SIGNED_IN, planApi::scopes);
          r.get(api + "/action-plan", Access.SIGNED_IN, planApi::actionPlan);

          c.appData(ROUTES, r.all());
        });
  }

  /** Every route of a server made by {@link #create}, with its access rule. */
  public static List<Routes.Route> routes(Javalin app) {
    return app.unsafe.appDataManager.get(ROUTES);
  }

  private static ObjectMapper jsonMapper() {
    return JavalinJackson.defaultMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
  }

  private static SessionHandler sessionHandler(WebConfig config) {
    SessionHandler sessions = new SessionHandler();
    sessions.setSessionCookie(SESSION_COOKIE);
    sessions.setHttpOnly(true);
    sessions.setSameSite(HttpCookie.SameSite.LAX);
    sessions.setSecureRequestOnly(false);
    sessions.setSecureCookies(config.https());
    sessions.setMaxInactiveInterval((int) config.sessionTimeout().toSeconds());
    // Only the cookie carries the session: a session id in a URL leaks through logs and referrers.
    sessions.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    return sessions;
  }
}
