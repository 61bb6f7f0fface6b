package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.store.PlanStore;
import th.km.persistence.testing.SamplePlans;

/**
 * The count of a database's writes, which the web server keys what it keeps by: every store's
 * write moves it, once its transaction ended; a read leaves it.
 */
class WriteCounterTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void everyWriteMovesTheCountAndAReadDoesNot() {
    try (Database database = Database.open(DatabaseLocation.embedded(folder))) {
      PlanStore plans = database.planStore(CLOCK);
      long start = database.writes().current();
      plans.organizations();
      plans.fiscalYears(SamplePlans.BAN_WAEN);
      database.accountStore().find("nobody");
      assertEquals(start, database.writes().current(), "reads count nothing");

      plans.saveDraft(SamplePlans.banWaen());
      long afterPlan = database.writes().current();
      assertTrue(afterPlan > start, "a plan saved: " + start + " -> " + afterPlan);

      database.recordStore().records(SamplePlans.BAN_WAEN, SamplePlans.FY2569);
      assertEquals(afterPlan, database.writes().current(), "reads count nothing");
      plans.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1);
      assertTrue(database.writes().current() > afterPlan, "an approval, another store's write, counts too");
    }
  }
}
