package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client of a running server with its own cookies, as one person in one browser or script: signs
 * in through the API, reads pages, posts forms, and sends any method with a JSON body and, when
 * given, {@code If-Match}.
 */
final class DemoClient {
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  DemoClient(int port) {
    this.port = port;
  }

  /** Signs in and answers the session's CSRF token. */
  String signIn(String username, String password) {
    HttpResponse<String> r =
        send("POST", "/api/v1/session",
            "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}", "", null);
    assertEquals(200, r.statusCode(), r.body());
    return ApiSchemas.tree(r.body()).get("csrfToken").asText();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> send(String method, String path, String json, String csrf, String ifMatch) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrf)
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b.build());
  }

  /** Posts the values as a form (the CSRF token among them). */
  HttpResponse<String> form(String path, Map<String, String> values) {
    String body =
        values.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
