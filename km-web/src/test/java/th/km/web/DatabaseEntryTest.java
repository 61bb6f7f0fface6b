package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.AuditEntry;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecords;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.security.DemoAccounts;

/**
 * Writes through the demo's H2 database, as {@code km demo} serves it: a sign-off corrects a
 * stored report with the audit log naming the account, a second sign-off made from the same older
 * version is a conflict that shows what is stored now, and the plan's approval names the CKO.
 */
class DatabaseEntryTest {

  private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);

  @TempDir Path folder;

  @Test
  void signOffsAndApprovalsAreStoredWithTheirAuthorsAndAnOlderVersionIsAConflict() {
    Demo demo = Demo.start(0, Optional.empty(), NOVEMBER, DatabaseLocation.embedded(folder));
    try {
      var code = demo.loaded().plan().organization().code();
      var year = demo.loaded().plan().fiscalYear();
      TestClient secretary = new TestClient(demo.app().port());
      String csrf = secretary.signIn("secretary", password(demo, "secretary"));
      String person = demo.database().recordStore().records(code, year).staff().get(10).id();
      HttpResponse<String> training =
          secretary.postJson(
              "/api/v1/organizations/ban-waen/trainings",
              "{\"personId\": \"" + person + "\", \"title\": \"หลักสูตรทดสอบ\", \"trainingKind\": \"TRAINING\","
                  + " \"setting\": \"EXTERNAL\", \"start\": \"2/3/2569\", \"end\": \"4/3/2569\"}",
              csrf);
      assertEquals(201, training.statusCode(), training.body());
      String trainingId = ApiSchemas.tree(training.body()).get("id").asText();
      HttpResponse<String> report =
          secretary.postJson(
              "/api/v1/organizations/ban-waen/training-reports",
              "{\"trainingId\": \"" + trainingId + "\", \"submittedOn\": \"2569-03-20\"}",
              csrf);
      assertEquals(201, report.statusCode(), report.body());
      YearRecords stored = demo.database().recordStore().records(code, year);
      TrainingReport open = stored.reportsOf(trainingId).get(0);
      String body =
          "{\"reportId\": \"" + open.id() + "\", \"position\": \"ผู้อำนวยการกองคลัง\", \"signedOn\": \"2026-03-31\","
              + " \"head\": false, \"version\": 0}";
      HttpResponse<String> signed = secretary.postJson("/api/v1/organizations/ban-waen/sign-offs", body, csrf);
      assertEquals(201, signed.statusCode(), signed.body());
      assertEquals(1, ApiSchemas.tree(signed.body()).get("version").asInt());

      HttpResponse<String> again = secretary.postJson("/api/v1/organizations/ban-waen/sign-offs", body, csrf);
      assertEquals(409, again.statusCode(), again.body());
      JsonNode problem = JsonAssert.hasBothLanguages(again.body());
      assertEquals(1, problem.get("current").get("version").asInt(), "what is stored now, with its version");

      TrainingReport now =
          demo.database().recordStore().records(code, year).trainingReports().stream()
              .filter(r -> r.id().equals(open.id()))
              .findFirst()
              .orElseThrow();
      assertEquals(open.signOffs().size() + 1, now.signOffs().size(), "signed once, not twice");
      assertTrue(
          demo.database().auditLog().entries(code).stream()
              .anyMatch(e -> e.entityId().equals("2569/" + open.id()) && e.action().equals("training_report.correct") && e.actor().name().equals("secretary")),
          "the audit log names the secretary");

      TestClient cko = new TestClient(demo.app().port());
      String ckoCsrf = cko.signIn("cko", password(demo, "cko"));
      HttpResponse<String> approved =
          cko.postJson("/api/v1/organizations/ban-waen/plan-versions/1/approval", "{}", ckoCsrf);
      assertEquals(200, approved.statusCode(), approved.body());
      assertEquals("APPROVED", ApiSchemas.tree(approved.body()).get("status").asText());
      assertTrue(
          demo.database().auditLog().entries(code).stream().map(AuditEntry::actor).anyMatch(a -> a.name().equals("cko")),
          "the approval names the CKO");
      HttpResponse<String> listed = cko.get("/api/v1/organizations/ban-waen/plan-versions");
      assertEquals("cko", ApiSchemas.tree(listed.body()).get("versions").get(0).get("approvedBy").asText(), listed.body());
    } finally {
      demo.stop();
    }
  }

  private static String password(Demo demo, String username) {
    return demo.loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .map(DemoAccounts.Credentials::password)
        .findFirst()
        .orElseThrow();
  }
}
