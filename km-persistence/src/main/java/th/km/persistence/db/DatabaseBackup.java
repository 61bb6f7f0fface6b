package th.km.persistence.db;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import javax.sql.DataSource;
import org.h2.tools.RunScript;
import th.km.persistence.PersistenceException;

/**
 * Backup and restore (สำรองและกู้คืนข้อมูล) of km's embedded H2 database.
 *
 * <p>A backup is the database as SQL (H2's {@code SCRIPT}: schema, data, identity counters and the
 * Flyway history), compressed with gzip, under a first line that marks it as km's. It is taken in
 * one serializable transaction, so it is a consistent snapshot even while the web server, or any
 * other process connected through {@code AUTO_SERVER}, goes on writing: every write is in it whole
 * or not at all. The file appears complete or not at all: it is written beside its name, under a
 * hidden temporary name, and moved into place. A backup killed before it finished leaves only that
 * temporary file, which the next backup to the same name removes.
 *
 * <p>A restore goes only into an empty database (one with no rows, such as a new file or one that
 * km has only migrated), and never stops half-way: while it runs, a marker table says so; if it
 * fails, everything it made is dropped again; if the process is killed, the marker stays, {@link
 * Database#open} refuses the database, and running the restore again starts it over. After the
 * restore, the database is migrated to this km's schema, so a backup of an older km can be
 * restored.
 *
 * <p>PostgreSQL has its own tools for this ({@code pg_dump}, {@code pg_restore}); these methods
 * refuse a PostgreSQL database.
 */
public final class DatabaseBackup {

  /** The first line of every backup km writes, by which a restore recognises one. */
  static final String HEADER = "-- km database backup, format 1";

  /** The table that exists exactly while a restore runs (or after one was killed). */
  private static final String MARKER = "KM_RESTORE_INCOMPLETE";

  private static final String FLYWAY_HISTORY = "FLYWAY_SCHEMA_HISTORY";

  private DatabaseBackup() {}

  /** What a backup wrote. */
  public record BackupSummary(Path file, long bytes, Map<String, Long> rows) {

    /** The number of rows the backup holds of a table, by its lower-case name. */
    public long rows(String table) {
      return rows.getOrDefault(table.toLowerCase(Locale.ROOT), 0L);
    }
  }

  /** What became of a restore. */
  public sealed interface RestoreResult {

    /** The backup is in the database, which is migrated to this km's schema. */
    record Restored(Map<String, Long> rows) implements RestoreResult {}

    /** Nothing was done: the database holds data, in the tables named with their row counts. */
    record NotEmpty(Map<String, Long> rows) implements RestoreResult {}

    /** Nothing was done: the file is not a km backup, or it is damaged; the database is empty. */
    record NotABackup(String reasonTh, String reasonEn) implements RestoreResult {}
  }

  /**
   * Writes a consistent snapshot of the database to {@code file}, replacing a file of that name
   * only once the snapshot is complete.
   *
   * @throws IllegalArgumentException when the database is not H2
   * @throws PersistenceException when the database cannot be read or the file cannot be written
   */
  public static BackupSummary backup(Database database, Path file) {
    checkArgument(
        database.location().engine() == Engine.H2,
        "km backs up H2 databases only; %s is %s",
        database.location(),
        database.location().engine());
    Path target = file.toAbsolutePath().normalize();
    Path folder = target.getParent();
    Path partial;
    try {
      Files.createDirectories(folder);
      removeLeftovers(folder, target.getFileName().toString());
      partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
    } catch (IOException e) {
      throw cannotWrite(target, e);
    }
    try {
      Map<String, Long> rows =
          database.dsl().connectionResult(connection -> writeSnapshot(connection, partial));
      long bytes = Files.size(partial);
      move(partial, target);
      return new BackupSummary(target, bytes, rows);
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } catch (org.jooq.exception.DataAccessException e) {
      throw new PersistenceException(
          "อ่านฐานข้อมูล "
              + database.location()
              + " เพื่อสำรองข้อมูลไม่ได้ / cannot read the database "
              + database.location()
              + " to back it up: "
              + e.getMessage(),
          e);
    } finally {
      deleteQuietly(partial);
    }
  }

  /**
   * Restores a backup into the database at {@code location}, which must be empty; see the class
   * description for what happens when it is not, or when the restore fails.
   *
   * @throws IllegalArgumentException when the location is not an H2 database
   * @throws PersistenceException when the database cannot be opened or written
   */
  public static RestoreResult restore(DatabaseLocation location, Path file) {
    checkArgument(
        location.engine() == Engine.H2,
        "km restores into H2 databases only; %s is %s",
        location,
        location.engine());
    if (!Files.isRegularFile(file)) {
      return new RestoreResult.NotABackup(
          "ไม่พบไฟล์สำรองข้อมูล " + file,
          "backup file " + file + " does not exist or is not a file");
    }
    String header;
    try {
      header = firstLine(file);
    } catch (IOException e) {
      return notABackup(file, e.getMessage());
    }
    if (!HEADER.equals(header)) {
      return notABackup(file, "its first line is not '" + HEADER + "'");
    }
    location.dataFolder().ifPresent(Database::createFolder);
    Database.Connected connected = Database.connect(location);
    try (Connection connection = connected.dataSource().getConnection()) {
      connection.setAutoCommit(true);
      Map<String, Long> existing = dataRows(connection);
      if (!tableNames(connection).contains(MARKER) && !existing.isEmpty()) {
        return new RestoreResult.NotEmpty(existing);
      }
      try (Statement s = connection.createStatement()) {
        s.execute("DROP ALL OBJECTS");
        s.execute("CREATE TABLE " + MARKER + " (started BOOLEAN)");
      }
      try (Reader script = reader(file)) {
        RunScript.execute(connection, script);
      } catch (SQLException | IOException e) {
        dropEverything(connection);
        return notABackup(file, e.getMessage());
      }
      try (Statement s = connection.createStatement()) {
        s.execute("DROP TABLE " + MARKER);
      }
    } catch (SQLException e) {
      throw new PersistenceException(
          "กู้คืนข้อมูลลงฐานข้อมูล "
              + location
              + " ไม่ได้ / cannot restore into the database "
              + location
              + ": "
              + e.getMessage(),
          e);
    } finally {
      connected.release().run();
    }
    try (Database restored = Database.open(location)) {
      return new RestoreResult.Restored(restored.dsl().connectionResult(DatabaseBackup::dataRows));
    }
  }

  /**
   * Refuses a database that a killed restore left behind, naming what to do.
   *
   * @throws PersistenceException when the marker of an unfinished restore is in the database
   */
  static void refuseInterruptedRestore(DataSource dataSource, DatabaseLocation location) {
    try (Connection connection = dataSource.getConnection()) {
      if (tableNames(connection).contains(MARKER)) {
        throw new PersistenceException(
            "การกู้คืนข้อมูลลงฐานข้อมูล "
                + location
                + " ครั้งก่อนไม่เสร็จ ข้อมูลจึงไม่ครบ: สั่ง ./km db restore <ไฟล์> ใหม่อีกครั้ง"
                + " / an earlier restore into the database "
                + location
                + " did not finish, so its data is incomplete: run ./km db restore <file> again");
      }
    } catch (SQLException e) {
      throw new PersistenceException(
          "อ่านฐานข้อมูล " + location + " ไม่ได้ / cannot read the database " + location, e);
    }
  }

  private static Map<String, Long> writeSnapshot(Connection connection, Path partial)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    // Serializable makes H2 take its snapshot of every table at the first statement; at read
    // committed, SCRIPT would read each table as it stood when it got to it.
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
    try (Writer out = writer(partial);
        Statement s = connection.createStatement()) {
      out.write(HEADER);
      out.write('\n');
      try (ResultSet script = s.executeQuery("SCRIPT")) {
        while (script.next()) {
          out.write(script.getString(1));
          out.write('\n');
        }
      }
      Map<String, Long> rows = dataRows(connection);
      connection.commit();
      return rows;
    } catch (IOException e) {
      connection.rollback();
      throw new PersistenceException(
          "เขียนไฟล์สำรองข้อมูลไม่ได้ / cannot write the backup: " + reason(e), e);
    } finally {
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The row count of every table of the public schema that holds rows, but Flyway's history. */
  private static Map<String, Long> dataRows(Connection connection) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : tableNames(connection)) {
      if (table.equals(FLYWAY_HISTORY) || table.equals(MARKER)) {
        continue;
      }
      try (Statement s = connection.createStatement();
          ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        count.next();
        long n = count.getLong(1);
        if (n > 0) {
          rows.put(table.toLowerCase(Locale.ROOT), n);
        }
      }
    }
    return rows;
  }

  /** The upper-case names of the base tables of the public schema, sorted. */
  private static List<String> tableNames(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet tables =
            s.executeQuery(
                "SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'"
                    + " ORDER BY 1")) {
      while (tables.next()) {
        names.add(tables.getString(1));
      }
    }
    return names;
  }

  private static void dropEverything(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP ALL OBJECTS");
    }
  }

  private static String firstLine(Path file) throws IOException {
    try (BufferedReader in = reader(file)) {
      String line = in.readLine();
      return line == null ? "" : line;
    } catch (ZipException e) {
      throw new IOException("it is not compressed with gzip", e);
    }
  }

  private static BufferedReader reader(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the temporary files that backups to the same name left when they were killed. */
  private static void removeLeftovers(Path folder, String name) throws IOException {
    try (java.nio.file.DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(folder, "." + globQuoted(name) + "*.part")) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  private static String globQuoted(String name) {
    return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover partial file is named as one and harms nothing; the backup's outcome stands.
    }
  }

  private static RestoreResult.NotABackup notABackup(Path file, String reason) {
    return new RestoreResult.NotABackup(
        "ไฟล์ " + file + " ไม่ใช่ไฟล์สำรองข้อมูลของ km หรือไฟล์เสียหาย: " + reason,
        "file " + file + " is not a km backup, or it is damaged: " + reason);
  }

  private static PersistenceException cannotWrite(Path file, IOException e) {
    return new PersistenceException(
        "เขียนไฟล์สำรองข้อมูล "
            + file
            + " ไม่ได้ / cannot write the backup file "
            + file
            + ": "
            + reason(e),
        e);
  }

  /** Why a file could not be written, without the name of the temporary file km wrote first. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof java.nio.file.FileSystemException) {
      return e.getClass().getSimpleName().replace("Exception", "");
    }
    return String.valueOf(e.getMessage());
  }
}
