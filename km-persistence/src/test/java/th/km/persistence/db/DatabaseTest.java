package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.PersistenceException;
import th.km.persistence.testing.SamplePlans;

/** Opening the database: the default H2 file and its folder, and a database that is not there. */
class DatabaseTest {

  @TempDir Path dir;

  @Test
  void theDefaultDatabaseCreatesItsDataFolderAndKeepsPlansAcrossOpenings() {
    Path folder = dir.resolve("nested").resolve("data");
    DatabaseLocation location =
        DatabaseLocation.resolve(
            Optional.empty(), Map.of("KM_DATA_DIR", folder.toString()), Map.of());

    try (Database database = Database.open(location)) {
      database.planStore(Clock.systemUTC()).saveDraft(SamplePlans.banWaen());
    }

    assertTrue(Files.isRegularFile(folder.resolve("km.mv.db")), "no km.mv.db in " + folder);
    try (Database again = Database.open(location)) {
      assertEquals(
          SamplePlans.banWaen(),
          again
              .planStore(Clock.systemUTC())
              .latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569)
              .orElseThrow()
              .plan());
    }
  }

  @Test
  void aServerThatIsNotThereIsReportedWithItsUrl() {
    DatabaseLocation location =
        DatabaseLocation.of(
            "jdbc:postgresql://127.0.0.1:1/km?connectTimeout=2",
            Optional.empty(),
            Optional.empty());

    PersistenceException e =
        assertThrows(PersistenceException.class, () -> Database.open(location));

    assertTrue(
        e.getMessage().contains("cannot open the database jdbc:postgresql://127.0.0.1:1/km"),
        e.getMessage());
    assertTrue(e.getMessage().contains("เปิดฐานข้อมูล"), e.getMessage());
  }
}
