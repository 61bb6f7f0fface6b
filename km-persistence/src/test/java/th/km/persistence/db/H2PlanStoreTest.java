package th.km.persistence.db;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.store.PlanStore;
import th.km.persistence.testing.PlanStoreContract;

/** The plan store contract on the embedded H2 file database, as km uses it by default. */
class H2PlanStoreTest extends PlanStoreContract {

  @TempDir Path dataFolder;
  private Database database;

  @Override
  protected PlanStore emptyStore(Clock clock) {
    database = Database.open(DatabaseLocation.embedded(dataFolder));
    return database.planStore(clock);
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
