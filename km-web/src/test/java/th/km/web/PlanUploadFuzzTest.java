package th.km.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.testing.fuzz.DocumentMutator;
import th.km.core.testing.fuzz.FuzzRun;
import th.km.core.testing.fuzz.Hostile;
import th.km.core.testing.fuzz.TextMutator;

/**
 * The fuzz suite of the plan's upload: malformed text, PDF and Word files (broken cross-reference
 * tables, zip bombs, entities, wrong encodings, random bytes), broken multipart bodies and hostile
 * fields, through the page and through the API, and malformed corrections on the review page.
 * None gives a 5xx or a stack trace, and a refused one stores nothing.
 */
class PlanUploadFuzzTest {

  private static final String PAGE = "/organizations/ban-waen/plan/import";
  private static final String API = "/api/v1/organizations/ban-waen/plan-imports";
  private static final String BOUNDARY = "----kmFuzzBoundary";

  @TempDir static Path folder;

  private static FuzzServer server;
  private static FuzzRun run;
  private static String text;
  private static byte[] docx;
  private static byte[] pdf;

  @BeforeAll
  static void start() {
    server = new FuzzServer(folder);
    run = FuzzRun.start("PlanUploadFuzzTest");
    // The head of the shipped plan: its organization, year and first goals, small enough to read
    // a thousand times.
    List<String> lines = new String(Multipart.banWaenText(), StandardCharsets.UTF_8).lines().limit(60).toList();
    text = String.join("\n", lines) + "\n";
    docx = Docx.of(text.getBytes(StandardCharsets.UTF_8));
    pdf = DocumentMutator.samplePdf(List.of("Ban Waen KM plan 2569", "1. Goal one", "1.1 Activity one"));
    for (String upload : RouteFuzzer.UPLOADS) {
      assertTrue(server.routes().stream().anyMatch(r -> r.path().equals(upload)), upload + " is no longer a route");
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void uploadThroughThePage() {
    fuzzUpload("POST /organizations/{org}/plan/import", PAGE, false);
  }

  @Test
  void uploadThroughTheApi() {
    fuzzUpload("POST /api/v1/organizations/{org}/plan-imports", API, true);
  }

  private void fuzzUpload(String entryPoint, String path, boolean api) {
    RandomGenerator g = run.random(entryPoint);
    FuzzTally tally = new FuzzTally(run, entryPoint);
    FuzzClient client = new FuzzClient(server.port());
    String csrf = client.signIn("secretary");
    Map<String, Long> before = server.rows();
    for (int i = 0; i < run.count(); i++) {
      Map<String, String> fields = new LinkedHashMap<>();
      if (!api) {
        fields.put("_csrf", csrf);
      }
      fields.put("code", g.nextInt(5) == 0 ? Hostile.value(g, "ban-waen") : "ban-waen");
      String name = g.nextInt(8) == 0 ? Hostile.value(g, "plan.pdf") : "plan";
      byte[] body = multipart(fields, name, file(g), g.nextInt(20) != 0, g.nextInt(20) != 0);
      String type = "multipart/form-data; boundary=" + BOUNDARY;
      if (g.nextInt(25) == 0) {
        type = g.nextBoolean() ? "multipart/form-data" : "multipart/form-data; boundary=other";
      }
      HttpResponse<String> r = client.send("POST", path, type, body, api ? Map.of("X-CSRF-Token", csrf) : Map.of());
      Map<String, Long> after = server.rows();
      tally.check(i, r, before, after, fields.get("code"), name);
      before = after;
    }
    tally.reconnected(client);
    tally.assertClean();
  }

  /** A malformed plan document: text, Word or PDF, or random bytes. */
  private static byte[] file(RandomGenerator g) {
    return switch (g.nextInt(7)) {
      case 0, 1 -> TextMutator.textFile(g, text);
      case 2, 3 -> DocumentMutator.docx(g, docx);
      case 4, 5 -> DocumentMutator.pdf(g, pdf);
      default -> g.nextInt(30) == 0 ? new byte[11 * 1024 * 1024] : TextMutator.bytes(g, new byte[] {1, 2, 3});
    };
  }

  private static byte[] multipart(Map<String, String> fields, String fileName, byte[] file, boolean withFile, boolean closed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    if (withFile) {
      out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    if (closed) {
      out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static final Pattern INPUT = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*?(?:value=\"([^\"]*)\")?[^>]*>");
  private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");

  @Test
  void correctionsOnTheReviewPage() {
    String entryPoint = "POST /organizations/{org}/plan/import/review";
    RandomGenerator g = run.random(entryPoint);
    FuzzTally tally = new FuzzTally(run, entryPoint);
    FuzzClient client = new FuzzClient(server.port());
    String csrf = client.signIn("secretary");
    Map<String, List<String>> valid = reviewForm(client, csrf);
    Map<String, Long> before = server.rows();
    for (int i = 0; i < run.count(); i++) {
      FormInputs.Request q = FormInputs.form(g, PAGE + "/review", valid, csrf);
      HttpResponse<String> r = client.send(q.method(), q.path(), q.contentType(), q.body(), q.headers());
      Map<String, Long> after = server.rows();
      tally.check(i, r, before, after, q.echoed());
      before = after;
      if (r.statusCode() == 303 && !r.headers().firstValue("Location").orElse("").contains("/login")) {
        valid = reviewForm(client, csrf);
      }
    }
    tally.reconnected(client);
    tally.assertClean();
  }

  /** Uploads the valid text and reads the review page's fields, as the browser would send them. */
  private static Map<String, List<String>> reviewForm(FuzzClient client, String csrf) {
    byte[] body = multipart(Map.of("_csrf", csrf), "plan.txt", Multipart.banWaenText(), true, true);
    HttpResponse<String> up = client.send("POST", PAGE, "multipart/form-data; boundary=" + BOUNDARY, body, Map.of());
    String review = up.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no review: " + up.body()));
    String page = client.send("GET", review, "", new byte[0], Map.of()).body();
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Matcher m = INPUT.matcher(page);
    while (m.find()) {
      if (!m.group(1).equals("_csrf")) {
        fields.put(m.group(1), List.of(unescape(m.group(2) == null ? "" : m.group(2))));
      }
    }
    Matcher t = TEXTAREA.matcher(page);
    while (t.find()) {
      fields.put(t.group(1), List.of(unescape(t.group(2))));
    }
    assertTrue(fields.containsKey("draft"), "the review page has no draft field: " + FuzzTally.shorten(page));
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
