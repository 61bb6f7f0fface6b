package th.km.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;
import th.km.web.security.SecurityHeaders;

/**
 * km's answer to what the server refuses before any route sees it (a path that climbs out of the
 * static folder with {@code %2e%2e}, a malformed request): a short page in Thai and English, or
 * problem JSON under {@code /api}, in UTF-8 and with km's security headers, in place of Jetty's
 * English page. It never shows a stack trace.
 */
public final class ServerErrors extends ErrorHandler {

  private final Messages messages;
  private final ObjectMapper json;
  private final SecurityHeaders headers;

  public ServerErrors(Messages messages, ObjectMapper json, SecurityHeaders headers) {
    this.messages = messages;
    this.json = json;
    this.headers = headers;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      @Nullable String message,
      @Nullable Throwable cause,
      Callback callback) {
    HttpFields.Mutable fields = response.getHeaders();
    String path = request.getHttpURI().getPath();
    String body = body(code, path == null ? "/" : path, fields);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, @Nullable String reason, HttpFields.Mutable fields) {
    return ByteBuffer.wrap(body(status, "/", fields).getBytes(StandardCharsets.UTF_8));
  }

  private String body(int code, String path, HttpFields.Mutable fields) {
    String key = key(code);
    headers.forEach((name, value) -> fields.put(new HttpField(name, value)));
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    String th = messages.get(Language.TH, key);
    String en = messages.get(Language.EN, key);
    if (path.startsWith(Routes.API_PREFIX)) {
      fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=utf-8");
      Problem problem =
          new Problem(
              Problem.type(code == HttpStatus.NOT_FOUND_404 ? "not-found" : "bad-request"),
              HttpStatus.getMessage(code), code, en, path, new Problem.Message(th, en));
      try {
        return json.writeValueAsString(problem);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a problem always serializes", e);
      }
    }
    fields.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
    return "<!doctype html>\n<html lang=\"th\"><head><meta charset=\"utf-8\"><title>"
        + code + " · km</title><link rel=\"stylesheet\" href=\"/static/km.css\"></head>\n<body><main>"
        + "<h1>" + code + " " + escape(messages.get(Language.TH, "error.title")) + "</h1>"
        + "<p>" + escape(th) + "</p><p lang=\"en\">" + escape(en) + "</p>"
        + "<p><a href=\"/\">km</a></p></main></body></html>\n";
  }

  private static String key(int code) {
    return switch (code) {
      case HttpStatus.NOT_FOUND_404 -> "error.pageNotFound";
      case HttpStatus.METHOD_NOT_ALLOWED_405 -> "error.methodNotAllowed";
      case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "error.tooLarge";
      default -> code >= 500 ? "error.internal" : "error.badRequest";
    };
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
