package th.km.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A JSON API client with its own cookies, for a server on a loopback port. */
final class TestClient {

  private final int port;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  TestClient(int port) {
    this.port = port;
  }

  /** Signs in and returns the CSRF token. */
  String signIn(String username, String password) {
    HttpResponse<String> r = postJson("/api/v1/session", credentials(username, password), "");
    if (r.statusCode() != 200) {
      throw new AssertionError("sign-in of " + username + " failed: " + r.body());
    }
    return ApiSchemas.tree(r.body()).get("csrfToken").asText();
  }

  int signInStatus(String username, String password) {
    return postJson("/api/v1/session", credentials(username, password), "").statusCode();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> postJson(String path, String json, String csrf) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static String credentials(String username, String password) {
    return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
