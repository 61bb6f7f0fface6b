package th.km.persistence.db;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.KnowledgeStoreContract;

/** The knowledge base's contract on a real PostgreSQL server, a new database for each test. */
class PostgresKnowledgeStoreTest extends KnowledgeStoreContract {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private Database database;

  @Override
  protected Stores emptyDatabase() {
    database =
        Database.open(DatabaseLocation.of(POSTGRES.newDatabase(), Optional.empty(), Optional.empty()));
    return new Stores(
        database.planStore(clock), database.recordStore(), database.knowledgeStore(clock), database.auditLog());
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
