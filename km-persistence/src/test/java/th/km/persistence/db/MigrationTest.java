package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.Table;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.store.PlanStore;
import th.km.persistence.jooq.DefaultSchema;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.SamplePlans;

/** An empty database of either engine migrates to the latest schema, which the code matches. */
class MigrationTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__\\w+\\.sql");

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anEmptyDatabaseMigratesToTheLatestVersionAndTheHistoryListsEveryMigration(Engine engine)
      throws IOException, URISyntaxException {
    List<String> shipped = shippedMigrations();
    assertFalse(shipped.isEmpty(), "no migrations found on the class path");

    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      assertEquals(shipped, database.appliedMigrations());
      // Every table and column the generated code knows must exist as the migrations made it.
      for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
        database.dsl().selectFrom(table).limit(1).fetch();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void reopeningAMigratedDatabaseKeepsItsDataAndAppliesNothingTwice(Engine engine)
      throws IOException, URISyntaxException {
    DatabaseLocation location = TestDatabases.empty(engine, folder, POSTGRES);
    try (Database database = Database.open(location)) {
      database.planStore(Clock.systemUTC()).saveDraft(SamplePlans.banWaen());
    }

    try (Database reopened = Database.open(location)) {
      PlanStore store = reopened.planStore(Clock.systemUTC());
      assertEquals(
          SamplePlans.banWaen(),
          store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
      assertEquals(shippedMigrations(), reopened.appliedMigrations());
    }
  }

  /** The versions of the migration files in db/migration, in order: ["1", "2", ...]. */
  private static List<String> shippedMigrations() throws IOException, URISyntaxException {
    URL folder = Database.class.getResource("/db/migration");
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files
          .map(f -> MIGRATION.matcher(f.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .sorted(Comparator.comparingInt(Integer::parseInt))
          .toList();
    }
  }
}
