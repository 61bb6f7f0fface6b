package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.persistence.PersistenceException;

/** Which database km opens, from the command line, the system properties and the environment. */
class DatabaseLocationTest {

  private static final String PG = "jdbc:postgresql://db.example:5432/km";

  @Test
  void withNothingConfiguredKmUsesTheH2FileInDataUnderTheWorkingDirectory() {
    DatabaseLocation location = DatabaseLocation.resolve(Optional.empty(), Map.of(), Map.of());

    Path expected = Path.of("data").toAbsolutePath().normalize();
    assertEquals(Engine.H2, location.engine());
    assertEquals(Optional.of(expected), location.dataFolder());
    assertEquals(
        "jdbc:h2:file:"
            + expected.resolve("km")
            + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;REUSE_SPACE=FALSE",
        location.jdbcUrl());
  }

  @Test
  void theDataFolderComesFromTheEnvironmentOrASystemProperty(
      @org.junit.jupiter.api.io.TempDir Path dir) {
    Path fromEnvironment = dir.resolve("env");
    Path fromProperty = dir.resolve("prop");

    DatabaseLocation env =
        DatabaseLocation.resolve(
            Optional.empty(), Map.of("KM_DATA_DIR", fromEnvironment.toString()), Map.of());
    DatabaseLocation property =
        DatabaseLocation.resolve(
            Optional.empty(),
            Map.of("KM_DATA_DIR", fromEnvironment.toString()),
            Map.of("km.data.dir", fromProperty.toString()));

    assertEquals(Optional.of(fromEnvironment), env.dataFolder());
    assertEquals(Optional.of(fromProperty), property.dataFolder());
  }

  @Test
  void theCommandLineUrlWinsOverTheEnvironment() {
    DatabaseLocation location =
        DatabaseLocation.resolve(
            Optional.of(PG),
            Map.of("KM_DB_URL", "jdbc:h2:mem:other", "KM_DATA_DIR", "/tmp/x"),
            Map.of());

    assertEquals(PG, location.jdbcUrl());
    assertEquals(Engine.POSTGRESQL, location.engine());
    assertEquals(Optional.empty(), location.dataFolder());
  }

  @Test
  void theEnvironmentUrlAndCredentialsSelectAServer() {
    DatabaseLocation location =
        DatabaseLocation.resolve(
            Optional.empty(),
            Map.of("KM_DB_URL", PG, "KM_DB_USER", "km", "KM_DB_PASSWORD", "secret"),
            Map.of());

    assertEquals(PG, location.jdbcUrl());
    assertEquals(Optional.of("km"), location.user());
    assertEquals(Optional.of("secret"), location.password());
    assertFalse(location.toString().contains("secret"), location.toString());
  }

  @Test
  void aPasswordInTheUrlIsMaskedInMessages() {
    DatabaseLocation location =
        DatabaseLocation.of(
            PG + "?user=km&password=secret&ssl=true", Optional.empty(), Optional.empty());

    assertEquals(PG + "?user=km&password=***&ssl=true", location.describe());
  }

  @Test
  void anUnsupportedDatabaseIsRefusedInThaiAndEnglish() {
    PersistenceException e =
        assertThrows(
            PersistenceException.class,
            () -> DatabaseLocation.resolve(Optional.of("jdbc:mysql://x/km"), Map.of(), Map.of()));

    assertTrue(e.getMessage().contains("ไม่รองรับ 'jdbc:mysql://x/km'"), e.getMessage());
    assertTrue(e.getMessage().contains("not 'jdbc:mysql://x/km'"), e.getMessage());
  }
}
