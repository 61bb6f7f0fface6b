package th.km.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A client with its own cookies that sends whatever bytes a fuzz input holds, to one server. */
final class FuzzClient {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private HttpClient client = newClient();
  private int reconnects;
  private String csrf = "none";

  FuzzClient(int port) {
    this.port = port;
  }

  /** Signs in through the API as the account; keeps and returns the session's CSRF token. */
  String signIn(String username) {
    HttpResponse<String> r =
        send("POST", "/api/v1/session", "application/json",
            ("{\"username\": \"" + username + "\", \"password\": \"" + TestServer.PASSWORD + "\"}")
                .getBytes(StandardCharsets.UTF_8),
            Map.of());
    if (r.statusCode() != 200) {
      throw new AssertionError("sign-in of " + username + " failed: " + r.statusCode() + " " + r.body());
    }
    csrf = ApiSchemas.tree(r.body()).get("csrfToken").asText();
    return csrf;
  }

  /** The CSRF token of the form on the page at the path (a new anonymous session gets one too). */
  String pageCsrf(String path) {
    Matcher m = CSRF_FIELD.matcher(send("GET", path, "", new byte[0], Map.of()).body());
    if (!m.find()) {
      throw new AssertionError("no CSRF field on " + path);
    }
    csrf = m.group(1);
    return csrf;
  }

  /** How many requests were sent again on a new connection. */
  int reconnects() {
    return reconnects;
  }

  private HttpClient newClient() {
    return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  String csrf() {
    return csrf;
  }

  HttpResponse<String> send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (!contentType.isEmpty()) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    try {
      try {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException closed) {
        // The server closed a kept-alive connection after an earlier answer (as Jetty does after a
        // request it refused unread) and the client sent on it: send once more on a new connection,
        // as a browser does. A request that gets no answer twice fails the suite.
        reconnects++;
        client = newClient();
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          method + " " + path + " (" + contentType + ", " + body.length + " bytes, headers " + headers.keySet()
              + ") got no answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Form fields, several values each, as a browser encodes them. */
  static String formBody(List<Map.Entry<String, String>> fields) {
    return fields.stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
