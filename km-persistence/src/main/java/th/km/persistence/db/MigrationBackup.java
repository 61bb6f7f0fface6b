package th.km.persistence.db;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.Database.Connected;

/**
 * Makes the migration of an H2 file database all or nothing. H2 commits each DDL statement by
 * itself, so a migration stopped half-way (Ctrl-C, a kill, a power cut) would leave the file with
 * part of a migration's changes and without its line in Flyway's history, and no km could open it
 * again ("Duplicate column name"). So, before it migrates an H2 file that is behind, km copies the
 * file (H2's {@code BACKUP TO}: a consistent copy even while another process is connected through
 * {@code AUTO_SERVER}) to {@code <name>.before-migration-to-V<latest>.zip} beside it, migrates, and
 * removes the copy.
 *
 * <p>When the database is next opened, a copy whose target version Flyway's history does not list
 * as applied means that migration did not finish: the copy is put back in place of the file (as one
 * atomic move, once no process has the file open) and the migration runs again. A copy whose target
 * is applied was left by a migration that finished, and is removed. A migration that fails with an
 * error leaves its copy too, so the database is put back at the next open and never used
 * half-migrated.
 *
 * <p>PostgreSQL runs each migration in a transaction of its own and needs none of this; nor does an
 * in-memory H2 database, which a stop loses whole.
 */
final class MigrationBackup {

  private static final System.Logger LOG = System.getLogger(MigrationBackup.class.getName());
  private static final String INFIX = ".before-migration-to-V";
  private static final String SUFFIX = ".zip";
  private static final String PARTIAL = ".part";

  private MigrationBackup() {}

  /**
   * The H2 file database the location names, as H2's base name without {@code .mv.db} (such as
   * {@code /srv/km/data/km}); empty for PostgreSQL and for an in-memory or remote H2 database.
   */
  static Optional<Path> h2File(DatabaseLocation location) {
    String url = location.jdbcUrl();
    if (location.engine() != Engine.H2 || !url.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    String name = url.substring("jdbc:h2:".length());
    int semicolon = name.indexOf(';');
    name = semicolon < 0 ? name : name.substring(0, semicolon);
    if (name.startsWith("file:")) {
      name = name.substring("file:".length());
    } else if (name.matches("[A-Za-z]{2,}:.*")) {
      return Optional.empty(); // mem:, tcp:, ssl:, zip: and H2's other file systems
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name).toAbsolutePath().normalize());
  }

  /**
   * Migrates the database as {@link Migrations#migrate} does; an H2 file that is behind is copied
   * first and the copy removed once every migration is applied.
   */
  static List<String> migrate(DataSource dataSource, DatabaseLocation location) {
    Optional<Path> file = h2File(location);
    Optional<String> latest = Migrations.latest();
    if (file.isEmpty() || latest.isEmpty() || Migrations.upToDate(dataSource).isPresent()) {
      return Migrations.migrate(dataSource, location);
    }
    Path copy = copyOf(file.get(), latest.get());
    backUp(dataSource, copy, location);
    List<String> applied = Migrations.migrate(dataSource, location);
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      // Harmless: its target is applied now, so the next open removes it instead of restoring it.
      LOG.log(Level.WARNING, "cannot remove " + copy + ": " + e.getMessage());
    }
    return applied;
  }

  /**
   * Connects, refusing a database a killed restore left ({@link DatabaseBackup}) and putting back
   * the copy an unfinished migration left (this class) before connecting again.
   */
  static Connected connect(DatabaseLocation location, Supplier<Connected> connect) {
    Connected connected = connect.get();
    Optional<Path> copy;
    try {
      DatabaseBackup.refuseInterruptedRestore(connected.dataSource(), location);
      copy = unfinished(location, connected.dataSource());
    } catch (RuntimeException e) {
      connected.release().run();
      throw e;
    }
    if (copy.isEmpty()) {
      return connected;
    }
    connected.release().run();
    putBack(location, copy.get());
    return connect.get();
  }

  /**
   * The copy an unfinished migration of the database left, to {@link #putBack}; none when there is
   * none. A copy left by a migration that finished is removed.
   */
  static Optional<Path> unfinished(DatabaseLocation location, DataSource dataSource) {
    Optional<Path> file = h2File(location);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    List<Path> copies = copies(file.get());
    if (copies.isEmpty()) {
      return Optional.empty();
    }
    Set<String> applied = Migrations.applied(dataSource, location);
    List<Path> unfinished = new ArrayList<>();
    for (Path copy : copies) {
      if (applied.contains(target(copy))) {
        deleteQuietly(copy);
      } else {
        unfinished.add(copy);
      }
    }
    if (unfinished.size() > 1) {
      throw new PersistenceException(
          "พบสำเนาก่อนปรับโครงสร้างฐานข้อมูลมากกว่าหนึ่งชุด ให้ผู้ดูแลเลือกชุดที่จะใช้: "
              + unfinished
              + " / more than one copy from before an unfinished migration of the database "
              + location
              + " was found; an administrator must choose one: "
              + unfinished);
    }
    return unfinished.stream().findFirst();
  }

  private static Path copyOf(Path file, String version) {
    return file.resolveSibling(file.getFileName() + INFIX + version + SUFFIX);
  }

  private static String target(Path copy) {
    String name = copy.getFileName().toString();
    return name.substring(name.lastIndexOf(INFIX) + INFIX.length(), name.length() - SUFFIX.length());
  }

  /** The copies beside the file, by name; a partial one (a killed backup) is removed. */
  private static List<Path> copies(Path file) {
    List<Path> found = new ArrayList<>();
    Path folder = file.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return found;
    }
    try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, file.getFileName() + INFIX + "*")) {
      for (Path p : all) {
        String name = p.getFileName().toString();
        if (name.endsWith(SUFFIX + PARTIAL)) {
          deleteQuietly(p);
        } else if (name.endsWith(SUFFIX) && target(p).matches("[0-9]+")) {
          found.add(p);
        }
      }
    } catch (IOException e) {
      throw new PersistenceException(
          "อ่านโฟลเดอร์ " + folder + " ไม่ได้ / cannot read the folder " + folder + ": " + e.getMessage(), e);
    }
    found.sort(null);
    return found;
  }

  private static void backUp(DataSource dataSource, Path copy, DatabaseLocation location) {
    Path partial = copy.resolveSibling(copy.getFileName() + PARTIAL);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      Files.deleteIfExists(partial);
      s.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
      synced(partial);
      Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException | IOException e) {
      deleteQuietly(partial);
      throw new PersistenceException(
          "สำรองฐานข้อมูล "
              + location
              + " ก่อนปรับโครงสร้างไม่ได้ จึงยังไม่ได้ปรับ / cannot copy the database "
              + location
              + " before migrating it, so it was not migrated: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Replaces the database's file by the one in the copy, in one move, once no process has it open
   * (this one's connections must be released first), and removes the copy.
   */
  static void putBack(DatabaseLocation location, Path copy) {
    Path file = h2File(location).orElseThrow();
    Path mvFile = file.resolveSibling(file.getFileName() + ".mv.db");
    refuseIfOpen(location);
    Path restoring = file.resolveSibling("." + mvFile.getFileName() + ".restoring");
    try {
      unpack(copy, mvFile.getFileName().toString(), restoring);
      Files.move(restoring, mvFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Files.delete(copy);
    } catch (IOException | RuntimeException e) {
      throw new PersistenceException(
          "นำฐานข้อมูล "
              + location
              + " กลับเป็นอย่างก่อนการปรับโครงสร้างที่ไม่เสร็จไม่ได้ สำเนาอยู่ที่ "
              + copy
              + " / cannot put the database "
              + location
              + " back as it was before an unfinished migration; the copy is "
              + copy
              + ": "
              + e.getMessage(),
          e);
    }
    LOG.log(
        Level.WARNING,
        "the database " + location + " was put back as it was before a migration that did not finish"
            + " (from " + copy + "); it is migrated again now");
  }

  /**
   * Refuses when another program, or another part of this one, has the database open. H2 is asked
   * (its sessions, through the location's own URL, so that a process serving the file through
   * {@code AUTO_SERVER} is reached too) rather than the file locked here: on Linux, closing any
   * channel of a file drops every lock this JVM holds on it, H2's own included.
   */
  private static void refuseIfOpen(DatabaseLocation location) {
    boolean open;
    try (Connection c =
            DriverManager.getConnection(
                location.jdbcUrl(), location.user().orElse(""), location.password().orElse(""));
        Statement s = c.createStatement();
        ResultSet sessions = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
      open = !sessions.next() || sessions.getLong(1) > 1;
    } catch (SQLException e) {
      open = true; // cannot tell: never replace a file that may be in use
    }
    if (open) {
      throw new PersistenceException(
          "ฐานข้อมูล "
              + location
              + " กำลังปรับโครงสร้างโดยโปรแกรมอื่น หรือปรับครั้งก่อนไม่เสร็จขณะที่โปรแกรมอื่นเปิดอยู่"
              + " ให้ลองใหม่เมื่อโปรแกรมนั้นทำงานเสร็จหรือหยุดแล้ว / the database "
              + location
              + " is being migrated by another program, or a migration did not finish and another"
              + " program has it open; try again once that program is done or stopped");
    }
  }

  /** Writes the copy's entry {@code name} to {@code target}, on the disk before it returns. */
  private static void unpack(Path copy, String name, Path target) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(copy))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
          synced(target);
          return;
        }
      }
    }
    throw new IOException(copy + " holds no " + name);
  }

  /** Flushes the file to the disk, so that a move after it never names a file a power cut emptied. */
  private static void synced(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot remove " + file + ": " + e.getMessage());
    }
  }
}
