package th.km.web.http;

import static com.google.common.base.Preconditions.checkArgument;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.web.security.Access;
import th.km.web.security.Csrf;

/**
 * Registers routes so that none can be added without saying who may use it: the guard checks that
 * rule on the server for every request, and the list of routes lets tests and the OpenAPI document
 * see them all.
 */
public final class Routes {

  /**
   * A registered route.
   *
   * @param method the HTTP method
   * @param path the path as Javalin writes it, with {@code {name}} and {@code <name>} parameters
   * @param access who may use it
   * @param operation what the OpenAPI document says of it; present for every route of the API
   */
  public record Route(HandlerType method, String path, Access access, Optional<ApiOperation> operation) {}

  /** Where the JSON API's routes begin. */
  public static final String API_PREFIX = "/api/";

  private final RoutesConfig config;
  private final List<Route> routes = new ArrayList<>();

  public Routes(RoutesConfig config) {
    this.config = config;
  }

  public Routes get(String path, Access access, Handler handler) {
    return add(HandlerType.GET, path, access, handler);
  }

  public Routes post(String path, Access access, Handler handler) {
    return add(HandlerType.POST, path, access, handler);
  }

  public Routes put(String path, Access access, Handler handler) {
    return add(HandlerType.PUT, path, access, handler);
  }

  public Routes delete(String path, Access access, Handler handler) {
    return add(HandlerType.DELETE, path, access, handler);
  }

  /** A route of the JSON API, with what the OpenAPI document says of it. */
  public Routes api(HandlerType method, String path, Access access, Handler handler, ApiOperation operation) {
    config.addHttpHandler(method, path, handler, access);
    headAlongside(method, path, access, handler);
    routes.add(new Route(method, path, access, Optional.of(operation)));
    return this;
  }

  /**
   * A POST that takes no CSRF token because its handler accepts only a JSON body (see {@link
   * th.km.web.security.Csrf.Exempt}); the handler must refuse every other content type.
   */
  public Routes postJsonWithoutCsrf(
      String path, Access access, Handler handler, ApiOperation operation) {
    config.addHttpHandler(HandlerType.POST, path, handler, access, Csrf.Exempt.JSON_ONLY);
    routes.add(new Route(HandlerType.POST, path, access, Optional.of(operation)));
    return this;
  }

  /** Every route registered so far, in order. */
  public List<Route> all() {
    return List.copyOf(routes);
  }

  private Routes add(HandlerType method, String path, Access access, Handler handler) {
    checkArgument(
        !path.startsWith(API_PREFIX),
        "%s %s is a route of the API: register it with api(...) so that the OpenAPI document has it",
        method,
        path);
    config.addHttpHandler(method, path, handler, access);
    headAlongside(method, path, access, handler);
    routes.add(new Route(method, path, access, Optional.empty()));
    return this;
  }

  /**
   * Every GET route answers HEAD too, under the same access rule: the handler runs as for GET and
   * the server sends the headers without the body. Without its own route, a HEAD request would
   * reach the GET handler with no access rule to check.
   */
  private void headAlongside(HandlerType method, String path, Access access, Handler handler) {
    if (method == HandlerType.GET) {
      config.addHttpHandler(HandlerType.HEAD, path, handler, access);
    }
  }
}
