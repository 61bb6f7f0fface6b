package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.core.plan.Organization;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanVersion;
import th.km.web.planimport.Upload;

/**
 * {@code POST /api/v1/organizations/{org}/plan-imports} through the real server: who may use it,
 * the size limit, content sniffing, CSRF, the answer's schema, and that it stores nothing.
 */
class PlanImportApiTest {

  private static final String PATH = "/api/v1/organizations/ban-waen/plan-imports";

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> upload(String user, String fileName, byte[] file, Map<String, String> fields) {
    Browser b = server.browser();
    String token = b.apiSignIn(user);
    return Multipart.post(b, server, PATH, fields, fileName, file, Map.of("X-CSRF-Token", token));
  }

  @Test
  void theShippedPlanIsReadWithItsSummaryFindingsAndThePlanFileJsonAndNothingIsStored() {
    List<PlanVersion> before = server.plans().versions(TestPlans.ORG, TestPlans.FY2569);
    YearRecords recordsBefore = server.records().records(TestPlans.ORG, TestPlans.FY2569);
    List<Organization> organizationsBefore = server.plans().organizations();

    HttpResponse<String> r = upload("secretary", "plan.txt", Multipart.banWaenText(), Map.of("code", "ban-waen"));

    assertEquals(200, r.statusCode(), r.body());
    ApiSchemas.of(server).assertMatches("PlanImport", r.body());
    JsonNode body = ApiSchemas.tree(r.body());
    assertEquals("text", body.get("format").asText());
    assertEquals("km-plan", body.get("plan").get("format").asText(), "the plan file's JSON");
    assertEquals("ban-waen", body.get("summary").get("code").asText());
    assertEquals(2569, body.get("summary").get("fiscalYear").asInt());
    assertEquals(4, body.get("summary").get("goals").asInt());
    assertTrue(body.get("summary").get("activities").asInt() >= 20, r.body());
    assertTrue(body.get("summary").get("line").asText().startsWith("เทศบาลตำบลบ้านแหวน (ban-waen), FY B.E. 2569"));
    assertTrue(body.get("findings").size() > 0, "the seed's known defects are found");
    assertTrue(
        body.get("findings").findValuesAsText("code").contains("ORG_NAME_VARIANT"),
        "บ้านหวาน and BAAN WAN are reported");
    for (JsonNode n : body.get("notUnderstood")) {
      assertTrue(n.get("location").asText().matches("line [0-9]+"), n.toString());
    }

    assertEquals(before, server.plans().versions(TestPlans.ORG, TestPlans.FY2569), "no version saved");
    assertEquals(recordsBefore, server.records().records(TestPlans.ORG, TestPlans.FY2569), "no record");
    assertEquals(organizationsBefore, server.plans().organizations(), "no organization registered");
  }

  @Test
  void theCkoAndTheChairMayReadADocumentButDivisionHeadsAndStaffMayNot() {
    for (String user : List.of("cko", "chair")) {
      assertEquals(200, upload(user, "plan.txt", Multipart.banWaenText(), Map.of()).statusCode(), user);
    }
    for (String user : List.of("head", "staff")) {
      HttpResponse<String> r = upload(user, "plan.txt", Multipart.banWaenText(), Map.of());
      assertEquals(403, r.statusCode(), user);
      ApiSchemas.of(server).assertMatches("Problem", r.body());
    }
    HttpResponse<String> other = upload("other", "plan.txt", Multipart.banWaenText(), Map.of());
    assertEquals(403, other.statusCode(), "another organization's secretary");
  }

  @Test
  void withoutTheCsrfTokenNothingIsRead() {
    Browser b = server.browser();
    b.apiSignIn("secretary");
    HttpResponse<String> r = Multipart.post(b, server, PATH, Map.of(), "plan.txt", Multipart.banWaenText(), Map.of());
    assertEquals(403, r.statusCode(), r.body());
    assertEquals("urn:km:problem:csrf", ApiSchemas.tree(r.body()).get("type").asText());
  }

  @Test
  void aFileOverTheLimitIs413WithTheLimitInThaiAndEnglish() {
    // Just over the limit (within the room left for the form's other fields), and far over it.
    for (int size : List.of(Upload.MAX_BYTES + 1, Upload.MAX_REQUEST_BYTES + 1)) {
      byte[] big = new byte[size];
      Arrays.fill(big, (byte) 'a');
      assertTooLarge(upload("secretary", "plan.txt", big, Map.of()));
    }
  }

  private static void assertTooLarge(HttpResponse<String> r) {
    assertEquals(413, r.statusCode(), r.body());
    ApiSchemas.of(server).assertMatches("Problem", r.body());
    JsonNode message = ApiSchemas.tree(r.body()).get("message");
    assertTrue(message.get("th").asText().contains("ไม่เกิน 10 MB"), message.toString());
    assertTrue(message.get("en").asText().contains("at most 10 MB"), message.toString());
  }

  @Test
  void theContentDecidesNotTheNameAPdfOrAPictureCalledTxtIs415() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> asPdf = upload("secretary", "plan.txt", pdf, Map.of());
    assertEquals(415, asPdf.statusCode(), asPdf.body());
    ApiSchemas.of(server).assertMatches("Problem", asPdf.body());
    assertTrue(ApiSchemas.tree(asPdf.body()).get("message").get("en").asText().contains("PDF"), asPdf.body());

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    HttpResponse<String> asPng = upload("secretary", "plan.txt", png, Map.of());
    assertEquals(415, asPng.statusCode(), asPng.body());
    assertTrue(ApiSchemas.tree(asPng.body()).get("message").get("th").asText().contains("ไม่ใช่ PDF"), asPng.body());

    HttpResponse<String> textCalledPdf = upload("secretary", "plan.pdf", Multipart.banWaenText(), Map.of());
    assertEquals(200, textCalledPdf.statusCode(), "text named .pdf is read as text");
  }

  @Test
  void theSamePlanAsAWordFileOrAsTis620TextGivesTheSamePlanWithIssuesPlacedInTheDocument() {
    JsonNode text = ApiSchemas.tree(upload("secretary", "plan.txt", Multipart.banWaenText(), Map.of("code", "ban-waen")).body());

    HttpResponse<String> r = upload("secretary", "แผน KM.pdf", Docx.of(Multipart.banWaenText()), Map.of("code", "ban-waen"));
    assertEquals(200, r.statusCode(), r.body());
    ApiSchemas.of(server).assertMatches("PlanImport", r.body());
    JsonNode docx = ApiSchemas.tree(r.body());
    assertEquals("docx", docx.get("format").asText(), "a Word file named .pdf is read as a Word file");
    for (String count : List.of("goals", "activities", "form1Rows", "kmCommittee", "meCommittee")) {
      assertEquals(text.get("summary").get(count), docx.get("summary").get(count), count);
    }
    assertTrue(docx.get("notUnderstood").size() > 0, r.body());
    for (JsonNode n : docx.get("notUnderstood")) {
      assertTrue(n.get("location").asText().matches("(paragraph [0-9]+|table [0-9]+, row [0-9]+(, cell [0-9]+)?)"), n.toString());
    }

    byte[] tis620 = new String(Multipart.banWaenText(), StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("TIS-620"));
    HttpResponse<String> thai = upload("secretary", "plan.txt", tis620, Map.of("code", "ban-waen"));
    assertEquals(200, thai.statusCode(), thai.body());
    assertEquals(text.get("summary"), ApiSchemas.tree(thai.body()).get("summary"), "TIS-620 text reads as the UTF-8 text");
  }

  @Test
  void textWithoutAPlanIs422WithWhatCouldNotBeRead() {
    byte[] letter = "เรียน ท่านนายก\nขอส่งรายงานการประชุม\n".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = upload("secretary", "letter.txt", letter, Map.of());
    assertEquals(422, r.statusCode(), r.body());
    ApiSchemas.of(server).assertMatches("Problem", r.body());
    JsonNode body = ApiSchemas.tree(r.body());
    assertTrue(body.get("errors").size() >= 1, r.body());
    assertTrue(body.get("errors").get(0).get("field").asText().startsWith("line "), r.body());
  }

  @Test
  void aBadCodeIs400AndAMissingFileIs400() {
    HttpResponse<String> badCode = upload("secretary", "plan.txt", Multipart.banWaenText(), Map.of("code", "Ban Waen!"));
    assertEquals(400, badCode.statusCode(), badCode.body());
    assertTrue(ApiSchemas.tree(badCode.body()).get("message").get("en").asText().contains("Ban Waen!"));
  }

  @Test
  void theOpenApiDocumentDescribesTheUpload() {
    JsonNode op = ApiSchemas.of(server).document().get("paths").get("/api/v1/organizations/{org}/plan-imports").get("post");
    assertEquals("PLANNER", op.get("x-km-access").asText());
    assertTrue(op.get("requestBody").get("content").has("multipart/form-data"), op.toString());
    for (String status : List.of("200", "413", "415", "422", "403")) {
      assertTrue(op.get("responses").has(status), status);
    }
  }
}
