package th.km.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks on the problem JSON of the API. */
final class JsonAssert {

  private JsonAssert() {}

  /** Fails unless the problem carries its message in Thai (Thai letters) and in English. */
  static JsonNode hasBothLanguages(String body) {
    JsonNode problem = ApiSchemas.tree(body);
    String th = problem.path("message").path("th").asText();
    String en = problem.path("message").path("en").asText();
    assertTrue(th.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B), "no Thai in " + body);
    assertTrue(en.matches(".*[A-Za-z]{3,}.*") && en.codePoints().noneMatch(c -> c >= 0x0E01 && c <= 0x0E5B), "no plain English in " + body);
    return problem;
  }
}
