package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rights a division head has and has not: the mayor's signature is recorded only by the CKO or
 * the secretary, at the end of the plan's chain; a head names only the own division's staff; and a
 * record the account may not touch is a 403 before any field is checked, so that no 422 tells
 * what is stored.
 */
class SignOffRightsTest {

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void onlyTheCkoOrTheSecretaryRecordsTheMayorsSignature() {
    String mayor = signOff("r5", TestPlans.MAYOR, true);
    HttpResponse<String> head = post("head", "sign-offs", mayor);
    assertEquals(403, head.statusCode(), head.body());
    JsonAssert.hasBothLanguages(head.body());
    HttpResponse<String> chair = post("chair", "sign-offs", mayor);
    assertEquals(403, chair.statusCode(), chair.body());
    HttpResponse<String> cko = post("cko", "sign-offs", mayor);
    assertEquals(201, cko.statusCode(), cko.body());
  }

  @Test
  void theMayorsSignatureIsThePlansEndOfTheChainAndComesAfterTheSupervisors() {
    HttpResponse<String> notTheMayor = post("secretary", "sign-offs", signOff("r5", "ปลัดเทศบาล", true));
    assertEquals(422, notTheMayor.statusCode(), notTheMayor.body());
    assertTrue(notTheMayor.body().contains(TestPlans.MAYOR), "names the plan's end of the chain: " + notTheMayor.body());
    HttpResponse<String> mayorUnmarked = post("secretary", "sign-offs", signOff("r5", TestPlans.MAYOR, false));
    assertEquals(422, mayorUnmarked.statusCode(), mayorUnmarked.body());

    Map<String, List<String>> report = EntryValues.valid("training-report");
    HttpResponse<String> fresh = post("secretary", "training-reports", EntryValues.json(report));
    assertEquals(201, fresh.statusCode(), fresh.body());
    String id = ApiSchemas.tree(fresh.body()).get("id").asText();
    HttpResponse<String> straightToTheMayor = post("secretary", "sign-offs", signOff(id, TestPlans.MAYOR, true));
    assertEquals(422, straightToTheMayor.statusCode(), straightToTheMayor.body());
  }

  @Test
  void aReportOfAnotherDivisionIs403EvenWhenAFieldIsWrong() {
    // r1 is the clerk division's, already signed by the mayor: a 422 would tell the finance head so.
    HttpResponse<String> r = post("head", "sign-offs", signOff("r1", "ผู้อำนวยการกองคลัง", false));
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(!r.body().contains("2568") && !r.body().contains("2025"), "tells nothing stored: " + r.body());
  }

  @Test
  void aHeadNamesOnlyTheOwnDivisionsStaffAsAttendeesOrAuthors() {
    Map<String, List<String>> meeting = EntryValues.valid("meeting");
    meeting.put("division", List.of(TestPlans.FINANCE.value()));
    meeting.put("attendeeIds", List.of("s1", "s2"));
    HttpResponse<String> r = post("head", "meetings", EntryValues.json(meeting));
    assertEquals(403, r.statusCode(), r.body());
    meeting.put("attendeeIds", List.of("s1"));
    HttpResponse<String> own = post("head", "meetings", EntryValues.json(meeting));
    assertEquals(201, own.statusCode(), own.body());

    Map<String, List<String>> asset = EntryValues.valid("knowledge-asset");
    asset.put("division", List.of(TestPlans.FINANCE.value()));
    asset.put("authorIds", List.of("s2"));
    HttpResponse<String> author = post("head", "knowledge-assets", EntryValues.json(asset));
    assertEquals(403, author.statusCode(), author.body());
  }

  private static String signOff(String report, String position, boolean head) {
    return "{\"reportId\": \"" + report + "\", \"position\": \"" + position + "\", \"signedOn\": \"2026-03-12\","
        + " \"head\": " + head + "}";
  }

  private HttpResponse<String> post(String who, String collection, String json) {
    Browser b = server.browser();
    String csrf = b.apiSignIn(who);
    return b.postJson("/api/v1/organizations/ban-waen/" + collection, json, Map.of("X-CSRF-Token", csrf));
  }
}
