package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.PersistenceException;

/**
 * An H2 file database's migration is all or nothing: the copy taken before it is put back when the
 * migration did not finish, removed when it did, and never put back under a process that has the
 * file open. MigrationCrashTest kills real migrations.
 */
class MigrationBackupTest {

  /** An old schema version, from before the migrations that recent km versions added. */
  static final String OLD_VERSION = "30";

  @TempDir Path folder;

  @Test
  void findsTheFileOfAnH2FileDatabaseOnly() {
    assertEquals(
        Optional.of(folder.toAbsolutePath().resolve("km")),
        MigrationBackup.h2File(DatabaseLocation.embedded(folder)));
    assertEquals(Optional.of(Path.of("/srv/km/national")), h2File("jdbc:h2:file:/srv/km/national;AUTO_SERVER=TRUE"));
    assertEquals(Optional.of(Path.of("/srv/km/national")), h2File("jdbc:h2:/srv/km/national"));
    assertEquals(
        Optional.of(Path.of(System.getProperty("user.home"), "km")), h2File("jdbc:h2:~/km;WRITE_DELAY=0"));
    assertEquals(Optional.empty(), h2File("jdbc:h2:mem:km;DB_CLOSE_DELAY=-1"));
    assertEquals(Optional.empty(), h2File("jdbc:h2:tcp://localhost/~/km"));
    assertEquals(Optional.empty(), h2File("jdbc:postgresql://localhost/km"));
  }

  @Test
  void aDatabaseBehindIsMigratedWithItsDataAndNoCopyLeftBeside() throws Exception {
    Path data = oldDatabase(folder.resolve("old"), "before");
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      assertEquals(Migrations.latest().orElseThrow(), database.appliedMigrations().getLast());
    }
    assertEquals(List.of("before"), organizations(data));
    assertEquals(List.of("km.mv.db"), files(data));
  }

  @Test
  void aMigrationThatDidNotFinishIsUndoneFromItsCopyAndRunAgain() throws Exception {
    Path data = oldDatabase(folder.resolve("half"), "before");
    String latest = Migrations.latest().orElseThrow();
    copyBeforeMigrating(data);
    // What a migration stopped half-way leaves: part of the later migrations applied.
    flyway(data).target(String.valueOf(Integer.parseInt(OLD_VERSION) + 1)).load().migrate();
    sql(data, "CREATE TABLE half_made (id INT)");

    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      assertEquals(latest, database.appliedMigrations().getLast());
      assertEquals(
          List.of(),
          database.dsl().fetch("SELECT table_name FROM information_schema.tables WHERE table_name = 'HALF_MADE'"),
          "the half-made change is gone with the file it was in");
    }
    assertEquals(List.of("before"), organizations(data));
    assertEquals(List.of("km.mv.db"), files(data), "the copy is removed once put back");
  }

  @Test
  void aCopyLeftByAMigrationThatFinishedIsRemovedAndTheDatabaseKept() throws Exception {
    Path data = oldDatabase(folder.resolve("done"), "before");
    String latest = Migrations.latest().orElseThrow();
    copyBeforeMigrating(data);
    flyway(data).load().migrate();
    sql(data, "INSERT INTO organization (code, type, name) VALUES ('after', 'SAO', 'written after')");

    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      assertEquals(latest, database.appliedMigrations().getLast());
    }
    assertEquals(List.of("after", "before"), organizations(data), "nothing written since is lost");
    assertEquals(List.of("km.mv.db"), files(data));
  }

  @Test
  void aCopyIsNotPutBackUnderAProgramThatHasTheFileOpen() throws Exception {
    Path data = oldDatabase(folder.resolve("open"), "before");
    Path copy = copyBeforeMigrating(data);
    try (Connection other = DriverManager.getConnection(url(data))) {
      PersistenceException refused =
          assertThrows(PersistenceException.class, () -> Database.open(DatabaseLocation.embedded(data)));
      assertTrue(refused.getMessage().contains("another program has it open"), refused.getMessage());
      assertTrue(refused.getMessage().contains("โปรแกรมอื่นเปิดอยู่"), refused.getMessage());
    }
    assertTrue(Files.exists(copy), "the copy is kept for the next open");
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      assertEquals(Migrations.latest().orElseThrow(), database.appliedMigrations().getLast());
    }
    assertEquals(List.of("km.mv.db"), files(data));
  }

  /** A database at {@link #OLD_VERSION} holding one organization. */
  static Path oldDatabase(Path data, String organization) throws SQLException, IOException {
    Files.createDirectories(data);
    flyway(data).target(OLD_VERSION).load().migrate();
    sql(data, "INSERT INTO organization (code, type, name) VALUES ('" + organization + "', 'SAO', 'x')");
    return data;
  }

  /** The copy km takes before it migrates the database to the latest version. */
  private static Path copyBeforeMigrating(Path data) throws SQLException {
    Path copy = data.resolve("km.before-migration-to-V" + Migrations.latest().orElseThrow() + ".zip");
    sql(data, "BACKUP TO '" + copy + "'");
    return copy;
  }

  static List<String> organizations(Path data) throws SQLException {
    List<String> codes = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url(data));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT code FROM organization ORDER BY code")) {
      while (r.next()) {
        codes.add(r.getString(1));
      }
    }
    return codes;
  }

  static List<String> files(Path data) throws IOException {
    try (Stream<Path> all = Files.list(data)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(Path data) {
    return Flyway.configure().dataSource(url(data), null, null).locations("classpath:db/migration");
  }

  private static void sql(Path data, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(data));
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static String url(Path data) {
    return DatabaseLocation.embedded(data).jdbcUrl();
  }

  private static Optional<Path> h2File(String url) {
    return MigrationBackup.h2File(DatabaseLocation.of(url, Optional.empty(), Optional.empty()));
  }
}
