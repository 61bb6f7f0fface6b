package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An HTTP client that keeps cookies like a browser and never follows redirects by itself. */
public final class Browser {

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"");

  private final TestServer server;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  Browser(TestServer server) {
    this.server = server;
    this.client =
        HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(server.uri(path)).GET().build());
  }

  /** A GET whose body is kept as bytes, for downloaded files. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(server.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Posts a form whose fields may have several values (checkboxes), in the order given. */
  public HttpResponse<String> postFormValues(String path, Map<String, List<String>> fields) {
    String body =
        fields.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Signs in through the API and returns the session's CSRF token. */
  public String apiSignIn(String username) {
    HttpResponse<String> r =
        postJson(
            "/api/v1/session",
            "{\"username\": \"" + username + "\", \"password\": \"" + TestServer.PASSWORD + "\"}",
            Map.of());
    assertEquals(200, r.statusCode(), () -> "API sign-in of " + username + " failed:\n" + r.body());
    return ApiSchemas.tree(r.body()).get("csrfToken").asText();
  }

  public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(b::header);
    return send(b.build());
  }

  /** The CSRF token of the form on the page. */
  public static String csrfOf(HttpResponse<String> page) {
    Matcher m = CSRF_FIELD.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("no CSRF field on the page:\n" + page.body());
    }
    return m.group(1);
  }

  /** Submits the login form as a person would: opens it, fills it, sends it. */
  public HttpResponse<String> logIn(String username, String password) {
    String token = csrfOf(get("/login"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", token);
    form.put("username", username);
    form.put("password", password);
    return postForm("/login", form);
  }

  /** Logs in and checks that it worked. */
  public Browser loggedInAs(String username) {
    HttpResponse<String> r = logIn(username, TestServer.PASSWORD);
    assertEquals(303, r.statusCode(), () -> "login of " + username + " failed:\n" + r.body());
    return this;
  }

  /** Gives this browser a cookie the server did not set, as another site or a person could. */
  public Browser plantCookie(String name, String value) {
    URI base = server.uri("/");
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setDomain(base.getHost());
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(base, cookie);
    return this;
  }

  /** The value of a cookie this browser holds. */
  public Optional<String> cookie(String name) {
    URI base = server.uri("/");
    return cookies.getCookieStore().get(base).stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
