package th.km.persistence.db;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.km.core.store.PlanStore;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.PlanStoreContract;

/** The plan store contract on a real PostgreSQL server, a new database for each test. */
class PostgresPlanStoreTest extends PlanStoreContract {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private Database database;

  @Override
  protected PlanStore emptyStore(Clock clock) {
    database =
        Database.open(
            DatabaseLocation.of(POSTGRES.newDatabase(), Optional.empty(), Optional.empty()));
    return database.planStore(clock);
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
