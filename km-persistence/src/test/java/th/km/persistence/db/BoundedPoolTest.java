package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jooq.ConnectionProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.PersistenceException;
import th.km.persistence.testing.SamplePlans;

/**
 * The H2 pool's bounded wait: when every connection stays in use for the wait, the store's failure
 * carries {@link DatabaseBusy} (which the web server answers with 503) and nothing is written; any
 * other failure does not carry it; a write still commits and checkpoints on a pool of one.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against hanging, not a measurement
class BoundedPoolTest {

  private static final PoolSettings ONE_FOR_ONE_SECOND = new PoolSettings(1, 1);

  @TempDir Path dir;

  @Test
  void aWriteThatFindsEveryConnectionInUseFailsAsBusyAndStoresNothing() {
    try (Database database = Database.open(DatabaseLocation.embedded(dir), ONE_FOR_ONE_SECOND)) {
      ConnectionProvider connections = database.dsl().configuration().connectionProvider();
      Connection held = connections.acquire();
      PersistenceException e;
      try {
        e =
            assertThrows(
                PersistenceException.class,
                () -> database.planStore(Clock.systemUTC()).saveDraft(SamplePlans.banWaen()));
      } finally {
        connections.release(held);
      }

      DatabaseBusy busy = DatabaseBusy.in(e).orElseThrow(() -> new AssertionError("not busy", e));
      assertEquals(1, busy.waitSeconds());
      assertTrue(busy.getMessage().contains("all 1 database connections stayed in use for 1 seconds"), busy.getMessage());
      assertEquals(
          Optional.empty(),
          database.planStore(Clock.systemUTC()).latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
    }
  }

  @Test
  void onAPoolOfOneAWriteCommitsAndIsReadBack() {
    try (Database database = Database.open(DatabaseLocation.embedded(dir), ONE_FOR_ONE_SECOND)) {
      database.planStore(Clock.systemUTC()).saveDraft(SamplePlans.banWaen());

      assertEquals(
          SamplePlans.banWaen(),
          database.planStore(Clock.systemUTC())
              .latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
    }
  }

  @Test
  void aFailureOfTheDatabaseItselfIsNotBusy() {
    try (Database database = Database.open(DatabaseLocation.embedded(dir), ONE_FOR_ONE_SECOND)) {
      RuntimeException e =
          assertThrows(RuntimeException.class, () -> database.dsl().execute("SELECT * FROM NO_SUCH_TABLE"));

      assertEquals(Optional.empty(), DatabaseBusy.in(e));
    }
  }

  @Test
  void theSettingsComeFromPropertiesBeforeTheEnvironmentAndDefaultToTenForFiveSeconds() {
    assertEquals(PoolSettings.DEFAULTS, PoolSettings.resolve(Map.of(), Map.of()));
    assertEquals(new PoolSettings(10, 5), PoolSettings.DEFAULTS);
    assertEquals(
        new PoolSettings(4, 2),
        PoolSettings.resolve(
            Map.of("KM_DB_POOL_SIZE", "3", "KM_DB_POOL_WAIT", "2"), Map.of("km.db.pool.size", "4")));
  }

  @Test
  void aWaitThatIsNotAWholeNumberOfSecondsIsRefusedWithTheSettingsName() {
    PersistenceException e =
        assertThrows(
            PersistenceException.class,
            () -> PoolSettings.resolve(Map.of("KM_DB_POOL_WAIT", "0.5"), Map.of()));

    assertTrue(e.getMessage().contains("KM_DB_POOL_WAIT must be a whole number from 1 to 1000, not '0.5'"), e.getMessage());
    assertTrue(e.getMessage().contains("ต้องเป็นจำนวนเต็ม"), e.getMessage());
    assertThrows(
        PersistenceException.class, () -> PoolSettings.resolve(Map.of("KM_DB_POOL_SIZE", "0"), Map.of()));
  }
}
