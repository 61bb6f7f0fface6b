package th.km.persistence.db;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import th.km.persistence.PersistenceException;

/**
 * Brings a database's schema to the latest of the Flyway migrations in {@code db/migration}, or,
 * for a command that only reads, finds cheaply that it already is there: Flyway's own migrate
 * scans, parses and validates every migration, a good part of a short command's time.
 */
final class Migrations {

  private static final String LOCATION = "db/migration";
  private static final String HISTORY = "flyway_schema_history";

  /** km's migrations are those on the class path, the same for the whole process: listed once. */
  private static final Supplier<Optional<Set<String>>> KNOWN = Suppliers.memoize(Migrations::list);
  private static final Pattern VERSIONED = Pattern.compile("V([0-9]+)__.*\\.sql");

  private Migrations() {}

  /** Migrates the database to the latest version; returns the applied versions, oldest first. */
  static List<String> migrate(DataSource dataSource, DatabaseLocation location) {
    try {
      Flyway flyway =
          Flyway.configure(Database.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:" + LOCATION)
              .failOnMissingLocations(true)
              .load();
      flyway.migrate();
      return Arrays.stream(flyway.info().applied())
          .map(MigrationInfo::getVersion)
          .filter(Objects::nonNull)
          .map(Object::toString)
          .toList();
    } catch (FlywayException e) {
      throw new PersistenceException(
          "ปรับโครงสร้างฐานข้อมูล "
              + location
              + " ให้เป็นรุ่นล่าสุดไม่ได้ / cannot migrate the database "
              + location
              + " to the latest schema: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The applied versions, oldest first, when the schema history lists every migration km has as
   * applied successfully; none when one is missing, the history cannot be read or km's migrations
   * cannot be listed, and then {@link #migrate} decides. Checksums are not compared: a command that
   * writes migrates through Flyway, which does.
   */
  static Optional<List<String>> upToDate(DataSource dataSource) {
    Optional<Set<String>> known = known();
    if (known.isEmpty()) {
      return Optional.empty();
    }
    List<String> applied;
    try {
      applied = appliedVersions(dataSource);
    } catch (SQLException e) {
      return Optional.empty();
    }
    return applied.containsAll(known.get()) ? Optional.of(List.copyOf(applied)) : Optional.empty();
  }

  /** The versions the schema history lists as applied successfully; none on a new database. */
  static Set<String> applied(DataSource dataSource, DatabaseLocation location) {
    try {
      return Set.copyOf(appliedVersions(dataSource));
    } catch (SQLException e) {
      throw new PersistenceException(
          "อ่านประวัติการปรับโครงสร้างของฐานข้อมูล "
              + location
              + " ไม่ได้ / cannot read the migration history of the database "
              + location
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The newest of km's migrations' versions; none when they cannot be listed. */
  static Optional<String> latest() {
    return known().flatMap(v -> v.stream().max(Comparator.comparingLong(Long::parseLong)));
  }

  /** The history's successful versions, oldest first; none when there is no history yet. */
  private static List<String> appliedVersions(DataSource dataSource) throws SQLException {
    List<String> applied = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      // Asked first, so that a new database's missing history is no error (H2 traces each one to a
      // km.trace.db file beside the database).
      try (ResultSet tables = c.getMetaData().getTables(null, null, HISTORY, null)) {
        if (!tables.next()) {
          return applied;
        }
      }
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT \"version\" FROM \"" + HISTORY + "\" WHERE \"success\""
                      + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
        while (r.next()) {
          applied.add(r.getString(1));
        }
      }
    }
    return applied;
  }

  /** The versions of km's migrations, from their file names; none when they cannot be listed. */
  private static Optional<Set<String>> known() {
    return KNOWN.get();
  }

  private static Optional<Set<String>> list() {
    URL folder = Migrations.class.getClassLoader().getResource(LOCATION);
    if (folder == null) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    try {
      switch (folder.getProtocol()) {
        case "jar" -> {
          JarURLConnection connection = (JarURLConnection) folder.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                .map(e -> e.getName())
                .filter(n -> n.startsWith(LOCATION + "/"))
                .map(n -> n.substring(LOCATION.length() + 1))
                .forEach(names::add);
          }
        }
        case "file" -> {
          try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            files.map(p -> p.getFileName().toString()).forEach(names::add);
          }
        }
        default -> {
          return Optional.empty();
        }
      }
    } catch (IOException | UncheckedIOException | URISyntaxException e) {
      return Optional.empty();
    }
    Set<String> versions = new HashSet<>();
    for (String name : names) {
      Matcher m = VERSIONED.matcher(name);
      if (m.matches()) {
        versions.add(m.group(1));
      }
    }
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
  }
}
