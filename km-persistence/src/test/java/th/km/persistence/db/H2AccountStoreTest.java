package th.km.persistence.db;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.testing.AccountStoreContract;

/** The account store contract on the embedded H2 file database, as km uses it by default. */
class H2AccountStoreTest extends AccountStoreContract {

  @TempDir Path dataFolder;
  private Database database;

  @Override
  protected Stores emptyStores(Clock clock) {
    database = Database.open(DatabaseLocation.embedded(dataFolder));
    return new Stores(database.planStore(clock), database.accountStore());
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
