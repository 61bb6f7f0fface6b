package th.km.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@code multipart/form-data} uploads as a browser sends them, and the shipped plan's text. */
final class Multipart {

  /** The reference plan of Ban Waen as text, from km-core's test resources. */
  static final String BAN_WAEN_RESOURCE = "/th/km/core/textimport/ban-waen-2569.txt";

  private static final String BOUNDARY = "----kmTestBoundary7MA4YWxkTrZu0gW";

  private Multipart() {}

  /** The shipped plan's text as bytes, UTF-8. */
  static byte[] banWaenText() {
    try (InputStream in = Multipart.class.getResourceAsStream(BAN_WAEN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(BAN_WAEN_RESOURCE + " is not on the test classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Posts the fields and then the file as a form upload. */
  static HttpResponse<String> post(
      Browser browser, TestServer server, String path, Map<String, String> fields, String fileName, byte[] file, Map<String, String> headers) {
    HttpRequest.Builder b = request(server.uri(path), fields, fileName, file);
    headers.forEach(b::header);
    return browser.send(b.build());
  }

  /** A POST of the fields and then the file as a form upload. */
  static HttpRequest.Builder request(URI uri, Map<String, String> fields, String fileName, byte[] file) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body(fields, fileName, file)));
  }

  /** The fields with a CSRF token first, as the page's form sends them. */
  static Map<String, String> withToken(String token, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_csrf", token);
    all.putAll(fields);
    return all;
  }

  private static byte[] body(Map<String, String> fields, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n");
    }
    write(
        out,
        "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    out.writeBytes(file);
    write(out, "\r\n--" + BOUNDARY + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
