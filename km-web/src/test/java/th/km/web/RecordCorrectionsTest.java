package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.km.core.audit.AuditEntry;
import th.km.core.records.Acknowledgement;

/**
 * Corrections, soft deletes and restores of records through the demo's H2 database, as a user
 * makes them: in the JSON API on the record's path (PUT, PATCH, DELETE with If-Match) and on the
 * pages (the correction form prefilled, the delete button's confirmation, the deleted records and
 * their restore button). Checks what is stored, what the lists show and what the audit log says.
 */
class RecordCorrectionsTest {

  private static final String API = DemoSite.API;

  @RegisterExtension final DemoSite site = new DemoSite();

  @Test
  void theApiCorrectsDeletesAndRestoresARecordOnItsPath() {
    DemoClient secretary = site.client();
    String csrf = secretary.signIn("secretary", site.password("secretary"));
    String person = site.records().staff().get(10).id();
    String id = newTraining(secretary, csrf, person, "หลักสูตรเดิม");

    HttpResponse<String> noVersion =
        secretary.send("PUT", API + "/records/" + id, training(person, "หลักสูตรใหม่"), csrf, null);
    assertEquals(428, noVersion.statusCode(), noVersion.body());
    JsonAssert.hasBothLanguages(noVersion.body());

    HttpResponse<String> put =
        secretary.send("PUT", API + "/records/" + id, training(person, "หลักสูตรใหม่"), csrf, "\"0\"");
    assertEquals(200, put.statusCode(), put.body());
    assertEquals(1, ApiSchemas.tree(put.body()).get("version").asInt());
    assertEquals("หลักสูตรใหม่", site.records().training(id).orElseThrow().title());

    HttpResponse<String> stale =
        secretary.send("PUT", API + "/records/" + id, training(person, "หลักสูตรที่สาม"), csrf, "\"0\"");
    assertEquals(409, stale.statusCode(), stale.body());
    JsonNode problem = JsonAssert.hasBothLanguages(stale.body());
    assertEquals(1, problem.get("current").get("version").asInt(), "what is stored now");
    assertEquals("หลักสูตรใหม่", site.records().training(id).orElseThrow().title(), "nothing overwritten");

    HttpResponse<String> patch =
        secretary.send("PATCH", API + "/records/" + id, "{\"end\": \"5/3/2569\"}", csrf, "\"1\"");
    assertEquals(200, patch.statusCode(), patch.body());
    assertEquals("2026-03-05", site.records().training(id).orElseThrow().end().toString());
    assertEquals("หลักสูตรใหม่", site.records().training(id).orElseThrow().title(), "the title kept");
    AuditEntry corrected = site.audit("training.correct", id).get(0);
    assertTrue(corrected.before().orElseThrow().contains("หลักสูตรเดิม"), corrected.toString());
    assertTrue(corrected.after().orElseThrow().contains("หลักสูตรใหม่"), corrected.toString());

    HttpResponse<String> deleted =
        secretary.send("DELETE", API + "/records/" + id, "{\"reason\": \"บันทึกซ้ำ\"}", csrf, "\"2\"");
    assertEquals(200, deleted.statusCode(), deleted.body());
    assertTrue(site.records().training(id).isEmpty(), "left out of the year");
    assertEquals(404, secretary.get(API + "/records/" + id).statusCode());
    assertFalse(secretary.get(API + "/trainings").body().contains(id), "left out of the list");
    assertFalse(
        secretary.get(API + "/tables/trainings?format=csv").body().contains("หลักสูตรใหม่"),
        "left out of the export");
    AuditEntry deletion = site.audit("training.delete", id).get(0);
    assertTrue(deletion.after().orElseThrow().contains("บันทึกซ้ำ"), deletion.toString());
    assertEquals("secretary", deletion.actor().name());

    JsonNode list = ApiSchemas.tree(secretary.get(API + "/deleted-records").body());
    assertEquals(id, list.get(0).get("id").asText(), list.toString());
    assertEquals("บันทึกซ้ำ", list.get(0).get("reason").asText());
    assertEquals("secretary", list.get(0).get("deletedBy").asText());

    // The deleted record keeps its id: a new training takes the next one.
    String next = newTraining(secretary, csrf, person, "หลักสูตรถัดไป");
    assertNotEquals(id, next);

    DemoClient cko = site.client();
    String ckoCsrf = cko.signIn("cko", site.password("cko"));
    HttpResponse<String> refused =
        cko.send("POST", API + "/record-restorations", "{\"id\": \"" + id + "\"}", ckoCsrf, null);
    assertEquals(403, refused.statusCode(), "only the secretary restores");
    HttpResponse<String> restored =
        secretary.send("POST", API + "/record-restorations", "{\"id\": \"" + id + "\"}", csrf, null);
    assertEquals(200, restored.statusCode(), restored.body());
    assertEquals("หลักสูตรใหม่", site.records().training(id).orElseThrow().title());
    assertEquals(1, site.audit("training.restore", id).size());
    assertEquals("[]", secretary.get(API + "/deleted-records").body().replace(" ", ""));
  }

  @Test
  void aRecordOthersNameCannotBeDeleted() {
    DemoClient secretary = site.client();
    String csrf = secretary.signIn("secretary", site.password("secretary"));
    String person = site.records().staff().get(10).id();
    String id = newTraining(secretary, csrf, person, "หลักสูตรมีรายงาน");
    HttpResponse<String> report =
        secretary.send("POST", API + "/training-reports",
            "{\"trainingId\": \"" + id + "\", \"submittedOn\": \"2569-03-20\"}", csrf, null);
    assertEquals(201, report.statusCode(), report.body());
    HttpResponse<String> refused =
        secretary.send("DELETE", API + "/records/" + id, "{\"reason\": \"ผิด\"}", csrf, "\"0\"");
    assertEquals(422, refused.statusCode(), refused.body());
    JsonNode problem = JsonAssert.hasBothLanguages(refused.body());
    assertTrue(problem.get("message").get("en").asText().contains("other records name it"), refused.body());
    assertTrue(site.records().training(id).isPresent(), "still there");
  }

  @Test
  void thePagesCorrectDeleteAndRestoreAnAcknowledgement() {
    DemoClient secretary = site.client();
    String csrf = secretary.signIn("secretary", site.password("secretary"));
    Acknowledgement ack = site.records().acknowledgements().get(0);
    String org = "/organizations/ban-waen";

    HttpResponse<String> record = secretary.get(org + "/records/" + ack.id() + "?lang=en");
    assertTrue(record.body().contains("id=\"correct-record\""), "the record page offers a correction");
    assertTrue(record.body().contains("id=\"delete-record\""), "and a delete button");

    HttpResponse<String> form = secretary.get(org + "/record/acknowledgement?id=" + ack.id());
    assertEquals(200, form.statusCode(), form.body());
    assertTrue(form.body().contains("value=\"" + ack.id() + "\""), "the id in a hidden field");
    assertTrue(form.body().contains("name=\"version\" value=\"0\""), form.body());

    int acknowledgements = site.records().acknowledgements().size();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("_csrf", csrf);
    values.put("id", ack.id());
    values.put("version", "0");
    values.put("personId", ack.personId());
    values.put("topic", ack.topic().name());
    values.put("date", "1/2/2569");
    HttpResponse<String> saved = secretary.form(org + "/record/acknowledgement", values);
    assertEquals(303, saved.statusCode(), saved.body());
    assertEquals("2026-02-01", acknowledgement(ack.id()).date().toString());
    assertEquals(acknowledgements, site.records().acknowledgements().size(), "corrected, not added");

    HttpResponse<String> stale = secretary.form(org + "/record/acknowledgement", values);
    assertEquals(409, stale.statusCode(), "a form made from version 0 after the correction");

    HttpResponse<String> confirm = secretary.get(org + "/delete-record?id=" + ack.id() + "&lang=en");
    assertEquals(200, confirm.statusCode(), confirm.body());
    assertTrue(confirm.body().contains("Delete the acknowledgement"), confirm.body());
    Map<String, String> delete = Map.of("_csrf", csrf, "id", ack.id(), "version", "1", "reason", "");
    assertEquals(422, secretary.form(org + "/delete-record", delete).statusCode(), "why is required");
    Map<String, String> withReason =
        Map.of("_csrf", csrf, "id", ack.id(), "version", "1", "reason", "บันทึกผิดคน");
    HttpResponse<String> gone = secretary.form(org + "/delete-record", withReason);
    assertEquals(303, gone.statusCode(), gone.body());
    assertEquals(0, count(ack));
    assertEquals(404, secretary.get(org + "/records/" + ack.id()).statusCode());

    HttpResponse<String> list = secretary.get(org + "/deleted-records?lang=en");
    assertTrue(list.body().contains("บันทึกผิดคน"), list.body());
    HttpResponse<String> back =
        secretary.form(org + "/deleted-records/restore", Map.of("_csrf", csrf, "id", ack.id()));
    assertEquals(303, back.statusCode(), back.body());
    assertEquals(1, count(ack));
    assertFalse(secretary.get(org + "/deleted-records?lang=en").body().contains("บันทึกผิดคน"));
  }

  private long count(Acknowledgement ack) {
    return site.records().acknowledgements().stream().filter(a -> a.id().equals(ack.id())).count();
  }

  private Acknowledgement acknowledgement(String id) {
    return site.records().acknowledgements().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private String newTraining(DemoClient client, String csrf, String person, String title) {
    HttpResponse<String> r = client.send("POST", API + "/trainings", training(person, title), csrf, null);
    assertEquals(201, r.statusCode(), r.body());
    return ApiSchemas.tree(r.body()).get("id").asText();
  }

  private static String training(String person, String title) {
    return "{\"personId\": \"" + person + "\", \"title\": \"" + title + "\", \"trainingKind\": \"TRAINING\","
        + " \"setting\": \"EXTERNAL\", \"start\": \"2/3/2569\", \"end\": \"4/3/2569\"}";
  }
}
