package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.km.core.audit.AuditEntry;
import th.km.core.records.SignOff;
import th.km.core.records.TrainingReport;

/**
 * A training report's signature entered wrong is withdrawn through the API ({@code DELETE
 * …/records/<report>?signOff=<n>} with If-Match and a reason) over the demo's H2 database: only the
 * last one of the chain, with its audit entry naming the reason; an earlier one is refused naming
 * the report and the position; a stale version is a 409; signing again stores the right date; and
 * only the roles allowed may withdraw. The report's page offers the same withdrawal, of the last
 * signature, to those allowed.
 */
class SignOffWithdrawalTest {

  private static final String API = DemoSite.API;

  @RegisterExtension final DemoSite site = new DemoSite();

  @Test
  void theLastSignatureIsWithdrawnAnEarlierOneRefusedAndTheChainSignedAgain() {
    TrainingReport report = signedToTheHead();
    String id = report.id();
    int signatures = report.signOffs().size();
    SignOff last = report.signOffs().get(signatures - 1);
    DemoClient secretary = site.client();
    String csrf = secretary.signIn("secretary", site.password("secretary"));
    String path = API + "/records/" + id + "?signOff=";

    HttpResponse<String> stale =
        secretary.send("DELETE", path + signatures, "{\"reason\": \"วันที่ผิด\"}", csrf, "\"999\"");
    assertEquals(409, stale.statusCode(), stale.body());
    int version = ApiSchemas.tree(stale.body()).get("current").get("version").asInt();

    HttpResponse<String> early =
        secretary.send("DELETE", path + "1", "{\"reason\": \"วันที่ผิด\"}", csrf, "\"" + version + "\"");
    assertEquals(422, early.statusCode(), early.body());
    String position = report.signOffs().get(0).position();
    assertTrue(early.body().contains("the signature of " + position + " on report " + id + " cannot be withdrawn"), early.body());
    assertTrue(early.body().contains("ถอนการลงนามของ " + position + " ในรายงาน " + id + " ไม่ได้"), early.body());
    assertEquals(report.signOffs(), stored(id).orElseThrow().signOffs(), "nothing withdrawn");

    HttpResponse<String> notANumber =
        secretary.send("DELETE", path + "2a", "{\"reason\": \"วันที่ผิด\"}", csrf, "\"" + version + "\"");
    assertEquals(422, notANumber.statusCode(), notANumber.body());
    JsonNode badNumber = JsonAssert.hasBothLanguages(notANumber.body());
    assertEquals("ลำดับของการลงนามที่จะถอนจากรายงาน " + id + " ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป ไม่ใช่ \"2a\"",
        badNumber.get("message").get("th").asText());
    assertEquals("The number of the signature to withdraw from report " + id + " must be a whole number from 1 up, not \"2a\"",
        badNumber.get("message").get("en").asText());

    HttpResponse<String> withdrawn =
        secretary.send("DELETE", path + signatures, "{\"reason\": \"วันที่ผิด\"}", csrf, "\"" + version + "\"");
    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    TrainingReport now = stored(id).orElseThrow();
    assertEquals(report.signOffs().subList(0, signatures - 1), now.signOffs());
    assertTrue(now.headSignedOn().isEmpty(), "the report waits for the head again");
    List<AuditEntry> entries = site.audit("training_report.withdraw-sign-off", id);
    assertEquals(1, entries.size(), site.demo().database().auditLog().entries(site.code()).toString());
    AuditEntry audit = entries.get(0);
    assertTrue(audit.after().orElseThrow().contains("วันที่ผิด"), audit.toString());
    assertTrue(audit.after().orElseThrow().contains(last.position()), audit.toString());
    assertEquals("secretary", audit.actor().name());

    HttpResponse<String> again =
        secretary.send("DELETE", path + signatures, "{\"reason\": \"ซ้ำ\"}", csrf, "\"" + version + "\"");
    assertEquals(409, again.statusCode(), "a second withdrawal made from the old version: " + again.body());

    HttpResponse<String> signed =
        secretary.send("POST", API + "/sign-offs",
            "{\"reportId\": \"" + id + "\", \"position\": \"" + last.position() + "\", \"signedOn\": \""
                + last.signedOn() + "\", \"head\": true}",
            csrf, null);
    assertTrue(signed.statusCode() < 300, signed.body());
    assertEquals(report.signOffs(), stored(id).orElseThrow().signOffs(), "signed again");
  }

  @Test
  void onlyTheSecretaryTheCkoOrTheSignerWithdraws() {
    TrainingReport report = signedToTheHead();
    int signatures = report.signOffs().size();
    DemoClient staff = site.client();
    String staffCsrf = staff.signIn("staff", site.password("staff"));
    String path = API + "/records/" + report.id() + "?signOff=" + signatures;
    HttpResponse<String> refused = staff.send("DELETE", path, "{\"reason\": \"x\"}", staffCsrf, "\"0\"");
    assertEquals(403, refused.statusCode(), refused.body());
    DemoClient head = site.client();
    String headCsrf = head.signIn("head", site.password("head"));
    assertEquals(403, head.send("DELETE", path, "{\"reason\": \"x\"}", headCsrf, "\"0\"").statusCode(),
        "a division head does not withdraw the mayor's signature");
    assertEquals(report.signOffs(), stored(report.id()).orElseThrow().signOffs());

    DemoClient cko = site.client();
    String ckoCsrf = cko.signIn("cko", site.password("cko"));
    HttpResponse<String> stale = cko.send("DELETE", path, "{\"reason\": \"x\"}", ckoCsrf, "\"999\"");
    int version = ApiSchemas.tree(stale.body()).get("current").get("version").asInt();
    HttpResponse<String> byCko =
        cko.send("DELETE", path, "{\"reason\": \"ลงวันที่ผิด\"}", ckoCsrf, "\"" + version + "\"");
    assertEquals(200, byCko.statusCode(), "the CKO withdraws the head's signature: " + byCko.body());
    JsonNode body = ApiSchemas.tree(byCko.body());
    assertEquals(version + 1, body.get("version").asInt(), body.toString());
  }

  @Test
  void onTheReportsPageTheLastSignatureIsWithdrawnWithAReasonAndAnEarlierOneIsNotOffered() {
    TrainingReport report = signedToTheHead();
    String id = report.id();
    int signatures = report.signOffs().size();
    String org = DemoSite.ORG;
    DemoClient staff = site.client();
    staff.signIn("staff", site.password("staff"));
    assertFalse(staff.get(org + "/records/" + id).body().contains("id=\"withdraw-sign-off\""),
        "staff are not offered the withdrawal");
    DemoClient secretary = site.client();
    String csrf = secretary.signIn("secretary", site.password("secretary"));
    String page = secretary.get(org + "/records/" + id + "?lang=en").body();
    String confirmPath = "/delete-record?id=" + id + "&amp;signOff=" + signatures;
    assertTrue(page.contains("id=\"withdraw-sign-off\"") && page.contains(confirmPath), page);

    HttpResponse<String> confirm =
        secretary.get(org + "/delete-record?id=" + id + "&signOff=" + signatures + "&lang=en");
    assertEquals(200, confirm.statusCode(), confirm.body());
    assertTrue(confirm.body().contains("Withdraw signature " + signatures + " of report " + id), confirm.body());
    assertTrue(confirm.body().contains("name=\"signOff\" value=\"" + signatures + "\""), confirm.body());
    java.util.regex.Matcher shown = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(confirm.body());
    assertTrue(shown.find(), confirm.body());
    String version = shown.group(1);

    Map<String, String> early = Map.of("_csrf", csrf, "id", id, "version", version, "signOff", "1", "reason", "ผิด");
    assertEquals(422, secretary.form(org + "/delete-record", early).statusCode(), "only the last one");
    Map<String, String> noReason = Map.of("_csrf", csrf, "id", id, "version", version, "signOff", "" + signatures, "reason", "");
    assertEquals(422, secretary.form(org + "/delete-record", noReason).statusCode(), "why is required");
    assertEquals(report.signOffs(), stored(id).orElseThrow().signOffs(), "nothing withdrawn yet");

    Map<String, String> withReason =
        Map.of("_csrf", csrf, "id", id, "version", version, "signOff", "" + signatures, "reason", "ลงวันที่ผิด");
    HttpResponse<String> done = secretary.form(org + "/delete-record", withReason);
    assertEquals(303, done.statusCode(), done.body());
    assertEquals(report.signOffs().subList(0, signatures - 1), stored(id).orElseThrow().signOffs());
    assertEquals(1, site.audit("training_report.withdraw-sign-off", id).size());
    assertEquals(409, secretary.form(org + "/delete-record", withReason).statusCode(), "made from the old version");
    String notAReport = site.records().trainings().get(0).id();
    Map<String, String> onATraining =
        Map.of("_csrf", csrf, "id", notAReport, "version", "0", "signOff", "1", "reason", "ผิด");
    assertEquals(404, secretary.form(org + "/delete-record", onATraining).statusCode(),
        "a signature of a record that is no report is refused, not a server error");
    HttpResponse<String> notANumber = secretary.get(org + "/delete-record?id=" + id + "&signOff=0x&lang=th");
    assertEquals(404, notANumber.statusCode());
    assertTrue(notANumber.body().contains("ลำดับของการลงนามที่จะถอนจากรายงาน " + id + " ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป"),
        notANumber.body());
    HttpResponse<String> inEnglish = secretary.get(org + "/delete-record?id=" + id + "&signOff=0x&lang=en");
    assertTrue(inEnglish.body().contains("The number of the signature to withdraw from report " + id + " must be"),
        inEnglish.body());
  }

  /** A report of the demo signed up to the head, with a supervisor's signature before it. */
  private TrainingReport signedToTheHead() {
    return site.records().trainingReports().stream()
        .filter(r -> r.headSignedOn().isPresent() && r.signOffs().size() >= 2)
        .findFirst()
        .orElseThrow();
  }

  private Optional<TrainingReport> stored(String id) {
    return site.records().trainingReports().stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
