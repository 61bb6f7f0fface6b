package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;

/** When the infrastructure breaks, people get a plain message and nothing of the insides. */
class FailureTest {

  /** A plan store whose database is down. */
  private static final PlanSource BROKEN =
      new PlanSource() {
        @Override
        public List<FiscalYear> years(OrganizationCode organization) {
          throw new IllegalStateException("connection refused: jdbc:postgresql://db/km");
        }

        @Override
        public Optional<KmPlan> plan(OrganizationCode organization, FiscalYear year) {
          throw new IllegalStateException("connection refused: jdbc:postgresql://db/km");
        }
      };

  @Test
  void aBrokenStoreGivesA500PageAndProblemWithoutInternals() throws Exception {
    WebConfig config = WebConfig.defaults(Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND));
    try (TestServer server = TestServer.start(config, BROKEN)) {
      Browser b = server.browser().loggedInAs("chair");
      HttpResponse<String> page = b.get("/organizations/ban-waen/committees");
      assertEquals(500, page.statusCode());
      assertTrue(page.body().contains("ระบบขัดข้อง"), page.body());
      assertFalse(page.body().contains("jdbc:"), "no internals on the page");

      HttpResponse<String> api = b.get("/api/v1/organizations/ban-waen/committees");
      assertEquals(500, api.statusCode());
      JsonNode problem = new ObjectMapper().readTree(api.body());
      assertEquals("urn:km:problem:internal", problem.get("type").asText());
      assertFalse(api.body().contains("jdbc:"), "no internals in the problem");
    }
  }
}
