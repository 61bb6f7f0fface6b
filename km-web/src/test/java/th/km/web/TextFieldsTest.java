package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Training;

/**
 * What every text field of every form refuses before anything is stored: a value of nothing but
 * white space of any script, control characters, the bidi controls that reverse what others read,
 * and text over the field's length; each with a message in Thai and English that names the field.
 */
class TextFieldsTest {

  private TestServer server;
  private Browser secretary;
  private String csrf;

  @BeforeEach
  void start() {
    server = TestServer.start();
    secretary = server.browser();
    csrf = secretary.apiSignIn("secretary");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200b\u200b", "\u00a0 \u3000", "\ufeff\u2060\t"})
  void aTitleOfOnlyInvisibleSpaceIsStillMissing(String blank) {
    JsonNode error = refusedTraining(blank);
    assertEquals("This field is required", error.get("message").get("en").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u0007b", "line\nbreak", "a\u202eb", "a\u2066b", "a\u2069b", "a\u202ab"})
  void controlAndBidiCharactersAreRefusedNamingTheField(String title) {
    JsonNode error = refusedTraining(title);
    assertTrue(error.get("message").get("en").asText().contains("title"), error.toString());
    assertTrue(error.get("message").get("th").asText().contains("title"), error.toString());
    assertTrue(error.get("message").get("en").asText().contains("U+"), "names the character: " + error);
  }

  @Test
  void aTitleOver500CharactersIsRefusedAndOneOf500IsStored() {
    JsonNode error = refusedTraining("ก".repeat(501));
    assertEquals(
        "title: at most 500 characters, got 501", error.get("message").get("en").asText());
    assertEquals(
        "ช่อง title ยาวได้ไม่เกิน 500 ตัวอักษร แต่ส่งมา 501 ตัวอักษร", error.get("message").get("th").asText());
    HttpResponse<String> ok = postTraining("ก".repeat(500));
    assertEquals(201, ok.statusCode(), ok.body());
  }

  @Test
  void surroundingSpaceOfAnyScriptIsTrimmedBeforeStoring() {
    HttpResponse<String> ok = postTraining("\u3000\u00a0\u200bหลักสูตร KM\u00a0\u200b ");
    assertEquals(201, ok.statusCode(), ok.body());
    String id = ApiSchemas.tree(ok.body()).get("id").asText();
    Training stored = server.records().records(TestPlans.ORG, TestPlans.banWaen().fiscalYear()).training(id).orElseThrow();
    assertEquals("หลักสูตร KM", stored.title());
  }

  @Test
  void aLongTextKeepsItsLinesAndMayBe20000CharactersLong() {
    Map<String, List<String>> values = EntryValues.valid("progress-update");
    values.put("narrative", List.of("บรรทัดแรก\nบรรทัดสอง\t" + "ข".repeat(19_980)));
    HttpResponse<String> ok = post("progress-updates", values);
    assertEquals(201, ok.statusCode(), ok.body());
    String id = ApiSchemas.tree(ok.body()).get("id").asText();
    ProgressUpdate stored =
        server.records().records(TestPlans.ORG, TestPlans.banWaen().fiscalYear()).progressUpdates().stream()
            .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    assertTrue(stored.narrative().startsWith("บรรทัดแรก\nบรรทัดสอง\t"), stored.narrative());

    values.put("narrative", List.of("ข".repeat(20_001)));
    HttpResponse<String> tooLong = post("progress-updates", values);
    assertEquals(422, tooLong.statusCode(), tooLong.body());
    assertTrue(tooLong.body().contains("narrative: at most 20,000 characters, got 20,001"), tooLong.body());
  }

  @Test
  void longWordsWrapOnThePage() {
    String css = secretary.get("/static/km.css").body();
    assertTrue(css.contains("overflow-wrap: anywhere"), "the style sheet wraps long words");
  }

  private JsonNode refusedTraining(String title) {
    HttpResponse<String> r = postTraining(title);
    assertEquals(422, r.statusCode(), r.body());
    JsonNode problem = JsonAssert.hasBothLanguages(r.body());
    JsonNode first = problem.get("errors").get(0);
    assertEquals("title", first.get("field").asText(), r.body());
    assertEquals(
        0,
        server.records().records(TestPlans.ORG, TestPlans.banWaen().fiscalYear()).trainings().stream()
            .filter(t -> t.title().contains(title.strip()) && !title.isBlank())
            .count(),
        "nothing stored");
    return first;
  }

  private HttpResponse<String> postTraining(String title) {
    Map<String, List<String>> values = EntryValues.valid("training");
    values.put("title", List.of(title));
    return post("trainings", values);
  }

  private HttpResponse<String> post(String collection, Map<String, List<String>> values) {
    return secretary.postJson(
        "/api/v1/organizations/ban-waen/" + collection, EntryValues.json(values), Map.of("X-CSRF-Token", csrf));
  }
}
