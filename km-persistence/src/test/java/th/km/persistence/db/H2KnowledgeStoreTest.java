package th.km.persistence.db;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.testing.KnowledgeStoreContract;

/** The knowledge base's contract on the embedded H2 file database, as km uses it by default. */
class H2KnowledgeStoreTest extends KnowledgeStoreContract {

  @TempDir Path dataFolder;
  private Database database;

  @Override
  protected Stores emptyDatabase() {
    database = Database.open(DatabaseLocation.embedded(dataFolder));
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
