package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.records.Training;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.security.DemoAccounts;

/**
 * The demo's "today" (31 March 2026 outside FY 2569) is the last day of its data: the database
 * holds nothing after it, so every report the pages list as due is one the form accepts.
 */
class DemoTodayTest {

  private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);

  @TempDir Path folder;

  @Test
  void nothingStoredIsDatedAfterTheDemosToday() {
    Demo demo = Demo.start(0, Optional.empty(), NOVEMBER, DatabaseLocation.embedded(folder));
    try {
      LocalDate today = demo.today();
      assertEquals(Demo.DEMO_DAY, today);
      YearRecords stored =
          demo.database().recordStore().records(demo.loaded().plan().organization().code(), demo.loaded().plan().fiscalYear());
      assertTrue(stored.size() > 100, "the demo still has a year's worth up to its day: " + stored.size());
      for (YearRecord r : stored.all().toList()) {
        r.occurredOn().ifPresent(d -> assertFalse(d.isAfter(today), r.id() + " is dated " + d));
      }
      for (Training t : stored.trainings()) {
        assertFalse(t.returned().isAfter(today), t.id() + " returns on " + t.returned());
      }
    } finally {
      demo.stop();
    }
  }

  @Test
  void everyReportListedAsDueIsAcceptedByItsForm() throws Exception {
    Demo demo = Demo.start(0, Optional.empty(), NOVEMBER, DatabaseLocation.embedded(folder));
    try {
      DemoAccounts.Credentials secretary =
          demo.loaded().accounts().stream()
              .filter(c -> c.account().username().equals("secretary"))
              .findFirst()
              .orElseThrow();
      TestClient client = new TestClient(demo.app().port());
      String csrf = client.signIn("secretary", secretary.password());
      JsonNode list =
          new ObjectMapper().readTree(client.get("/api/v1/organizations/ban-waen/trainings").body());
      List<String> due = new ArrayList<>();
      for (JsonNode t : list.get("items")) {
        String status = t.get("status").asText();
        if (status.equals("OVERDUE") || status.equals("DUE")) {
          due.add(t.get("id").asText());
        }
      }
      assertFalse(due.isEmpty(), "the demo lists reports to hand in");
      for (String training : due) {
        HttpResponse<String> saved =
            client.postJson(
                "/api/v1/organizations/ban-waen/training-reports",
                "{\"trainingId\": \"" + training + "\", \"submittedOn\": \"31/3/2569\"}",
                csrf);
        assertEquals(201, saved.statusCode(), training + ": " + saved.body());
      }
    } finally {
      demo.stop();
    }
  }
}
