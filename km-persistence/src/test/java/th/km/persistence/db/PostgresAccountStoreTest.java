package th.km.persistence.db;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.AccountStoreContract;

/** The account store contract on a real PostgreSQL server, a new database for each test. */
class PostgresAccountStoreTest extends AccountStoreContract {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private Database database;

  @Override
  protected Stores emptyStores(Clock clock) {
    database =
        Database.open(
            DatabaseLocation.of(POSTGRES.newDatabase(), Optional.empty(), Optional.empty()));
    return new Stores(database.planStore(clock), database.accountStore());
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
