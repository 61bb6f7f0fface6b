package th.km.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import th.km.core.testing.fuzz.FuzzRun;
import th.km.core.testing.fuzz.Leaks;

/**
 * The checks every answer to a fuzz input must pass, and their figures for one entry point: no
 * 5xx, no stack trace or class name in the body, no row stored anywhere by a refused input, and a
 * refusal a person can read (problem JSON in Thai and English; a page in Thai, naming the field).
 */
final class FuzzTally {

  private final FuzzRun run;
  private final String entryPoint;
  private final List<String> failures = new ArrayList<>();
  private int inputs;
  private int serverErrors;
  private int leaks;
  private int rowsFromRefused;
  private int refused;
  private int reconnects;

  FuzzTally(FuzzRun run, String entryPoint) {
    this.run = run;
    this.entryPoint = entryPoint;
  }

  /** Checks one answer; {@code echoed} is what the input may show back. */
  void check(int index, HttpResponse<String> r, Map<String, Long> before, Map<String, Long> after, String... echoed) {
    inputs++;
    String where = run.replay(entryPoint, index) + " → " + r.statusCode();
    String body = r.body();
    if (r.statusCode() >= 500) {
      serverErrors++;
      failures.add(where + ": a server error: " + shorten(body));
    }
    Leaks.in(body, echoed).ifPresent(leak -> {
      leaks++;
      failures.add(where + ": shows " + leak);
    });
    boolean toLogin = r.statusCode() == 303 && r.headers().firstValue("Location").orElse("").startsWith("/login");
    if (r.statusCode() < 400 && !toLogin) {
      return;
    }
    refused++;
    if (!before.equals(after)) {
      rowsFromRefused++;
      failures.add(where + ": a refused input changed the rows " + before + " → " + after);
    }
    // 414 and 431 come from the HTTP parser for a path or header over its 8 KB limit, before km
    // sees the request; no browser sends one, and the body is empty.
    boolean protocol = (r.statusCode() == 414 || r.statusCode() == 431) && body.isEmpty();
    if (r.statusCode() >= 400 && !protocol) {
      readable(where, r).ifPresent(failures::add);
    }
  }

  /** What is wrong with the refusal as a person reads it, if anything. */
  private static java.util.Optional<String> readable(String where, HttpResponse<String> r) {
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/problem+json")) {
      JsonNode problem = ApiSchemas.tree(r.body());
      String th = problem.path("message").path("th").asText();
      String en = problem.path("message").path("en").asText();
      if (!Leaks.inThaiAndEnglish(th + " " + en) || th.isBlank() || en.isBlank()) {
        return java.util.Optional.of(where + ": the problem is not in Thai and English: " + shorten(r.body()));
      }
      if (r.statusCode() == 422 && problem.path("errors").isArray()) {
        for (JsonNode e : problem.path("errors")) {
          // The field is named as sent, even when the sender named it "".
          if (!e.has("field") || !Leaks.inThaiAndEnglish(e.path("message").path("th").asText() + " " + e.path("message").path("en").asText())) {
            return java.util.Optional.of(where + ": a field error names no field or is not in both languages: " + e);
          }
        }
      }
      return java.util.Optional.empty();
    }
    if (type.startsWith("text/html")) {
      if (r.body().codePoints().noneMatch(c -> c >= 0x0E01 && c <= 0x0E5B)) {
        return java.util.Optional.of(where + ": the page has no Thai: " + shorten(r.body()));
      }
      // A form marks the field; the upload form, whose one input is the document, says what in it
      // could not be read in an alert above the form.
      if (r.statusCode() == 422 && !r.body().contains("aria-invalid=\"true\"") && !r.body().contains("role=\"alert\"")) {
        return java.util.Optional.of(where + ": the page names no field: " + shorten(r.body()));
      }
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(where + ": a refusal of type '" + type + "': " + shorten(r.body()));
  }

  /** Counts the requests a client had to send again on a new connection. */
  void reconnected(FuzzClient client) {
    reconnects += client.reconnects();
  }

  /** Prints the figures and fails with the first failures, if any. */
  void assertClean() {
    System.out.println(
        String.format(Locale.ROOT, "FUZZ %-60s inputs %5d  refused %5d  5xx %d  stack traces %d  rows from refused %d  resent %d",
            entryPoint, inputs, refused, serverErrors, leaks, rowsFromRefused, reconnects));
    if (!failures.isEmpty()) {
      fail(failures.size() + " failures for " + entryPoint + ", the first:\n" + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    }
    if (inputs < run.count()) {
      fail(entryPoint + " got " + inputs + " inputs, fewer than " + run.count());
    }
  }

  static String shorten(String s) {
    String one = Objects.toString(s).replaceAll("\\s+", " ");
    return one.length() > 400 ? one.substring(0, 400) + "…" : one;
  }
}
