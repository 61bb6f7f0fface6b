package th.km.persistence.db;

import java.nio.file.Path;
import java.util.Optional;
import th.km.persistence.testing.EmbeddedPostgresServer;

/** Empty databases of either engine for the tests of this package. */
final class TestDatabases {

  private TestDatabases() {}

  /** The location of a new, empty database: an H2 file in {@code folder} or a PostgreSQL one. */
  static DatabaseLocation empty(Engine engine, Path folder, EmbeddedPostgresServer postgres) {
    return switch (engine) {
      case H2 -> DatabaseLocation.embedded(folder);
      case POSTGRESQL ->
          DatabaseLocation.of(postgres.newDatabase(), Optional.empty(), Optional.empty());
    };
  }
}
