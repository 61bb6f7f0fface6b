package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.records.RecordKind;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.knowledge.KnowledgeFilter;
import th.km.persistence.transfer.PlanImport;
import th.km.web.security.DemoAccounts;

/**
 * {@code km demo} started twice on the same H2 folder: the second start imports nothing twice,
 * keeps what people recorded in between, and gives the accounts new passwords.
 */
class DemoStartTest {

  private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);

  @TempDir Path folder;

  @Test
  void aSecondStartImportsNothingTwiceAndKeepsWhatWasRecordedSince() {
    DatabaseLocation location = DatabaseLocation.embedded(folder);
    Demo first = Demo.start(0, Optional.empty(), NOVEMBER, location);
    String oldPassword;
    Map<RecordKind, Integer> counts;
    try {
      assertInstanceOf(PlanImport.Saved.class, first.loaded().planImport());
      assertTrue(first.loaded().added() > 100, "the demo year is imported: " + first.loaded().added());
      assertEquals(first.loaded().added(), first.loaded().stored());
      counts = first.database().recordStore().counts(first.loaded().plan().organization().code(), first.loaded().plan().fiscalYear());

      DemoAccounts.Credentials secretary = credentials(first, "secretary");
      oldPassword = secretary.password();
      TestClient client = new TestClient(first.app().port());
      String csrf = client.signIn("secretary", oldPassword);
      HttpResponse<String> saved =
          client.postJson(
              "/api/v1/organizations/ban-waen/recognitions",
              "{\"personId\": \"" + first.loaded().accounts().stream()
                  .filter(c -> c.account().username().equals("staff")).findFirst().orElseThrow()
                  .account().staffId().orElseThrow() + "\", \"recognitionKind\": \"KM_CONTRIBUTION\", \"date\": \"30/3/2569\"}",
              csrf);
      assertEquals(201, saved.statusCode(), saved.body());

      // The demo's knowledge base: the published manual on the portal, found by a word in its text.
      String manual = "คู่มือการปฏิบัติงานการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง";
      String portal = client.get("/public/ban-waen/knowledge").body();
      assertTrue(portal.contains(manual), portal);
      assertFalse(portal.contains("AAR:"), "a draft is not on the portal");
      String found = client.get("/public/ban-waen/knowledge/search?q=%E0%B9%83%E0%B8%9A%E0%B9%80%E0%B8%AA%E0%B8%A3%E0%B9%87%E0%B8%88").body();
      assertTrue(found.contains(manual), found);
    } finally {
      first.stop();
    }

    Demo second = Demo.start(0, Optional.empty(), NOVEMBER, location);
    try {
      assertInstanceOf(PlanImport.Unchanged.class, second.loaded().planImport());
      assertEquals(0, second.loaded().added(), "nothing imported twice");
      int afterFirst = counts.values().stream().mapToInt(Integer::intValue).sum();
      assertEquals(afterFirst + 1, second.loaded().stored(), "the recognition recorded in between is kept");
      Database db = second.database();
      var code = second.loaded().plan().organization().code();
      var year = second.loaded().plan().fiscalYear();
      assertEquals(1, db.planStore(NOVEMBER).versions(code, year).size(), "one version of the plan");
      Map<RecordKind, Integer> now = db.recordStore().counts(code, year);
      for (RecordKind kind : RecordKind.values()) {
        int expected = counts.get(kind) + (kind == RecordKind.RECOGNITION ? 1 : 0);
        assertEquals(expected, now.get(kind), kind.toString());
      }
      assertEquals(5, db.accountStore().accounts(code).size(), "one account per role, not two");
      assertEquals(
          3,
          db.knowledgeStore(NOVEMBER).list(code, KnowledgeFilter.all().withFiscalYear(year)).size(),
          "the demo's knowledge base is written once");

      TestClient client = new TestClient(second.app().port());
      assertEquals(401, client.signInStatus("secretary", oldPassword), "the old password no longer works");
      assertEquals(200, client.signInStatus("secretary", credentials(second, "secretary").password()));
    } finally {
      second.stop();
    }
  }

  private static DemoAccounts.Credentials credentials(Demo demo, String username) {
    return demo.loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .findFirst()
        .orElseThrow();
  }
}
