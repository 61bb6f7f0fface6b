package th.km.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import th.km.core.audit.Actor;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;

/**
 * The {@code --db} option of the commands that use the database, and who the audit log names for
 * their writes. Without {@code --db}, the environment or the default H2 file decides (see
 * docs/database.md).
 */
final class DatabaseOption {

  @Option(
      names = "--db",
      paramLabel = "<jdbc-url>",
      description = {
        "ฐานข้อมูล (ค่าเริ่มต้น: KM_DB_URL หรือไฟล์ H2 data/km)",
        "the database (default: KM_DB_URL, else the H2 file data/km)"
      })
  private @Nullable String url;

  /** The database the user named, or the one the environment or the default gives. */
  DatabaseLocation location() {
    try {
      return DatabaseLocation.fromEnvironment(Optional.ofNullable(url));
    } catch (PersistenceException e) {
      throw new UnusableInputException(e.getMessage(), e.getMessage(), e);
    }
  }

  /** Opens and migrates the database. */
  Database open() {
    return Database.open(location());
  }

  /** Who the audit log names for this command's writes: the operating-system user. */
  static Actor actor() {
    String user = System.getProperty("user.name", "");
    return Actor.of(user.isBlank() ? "km-cli" : "km-cli:" + user);
  }
}
