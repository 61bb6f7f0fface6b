package th.km.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;

/**
 * Opens the database a command was given with {@code --db}, or else the one the environment names
 * ({@code KM_DB_URL}), or else the default H2 file. A URL km cannot use is unusable input (exit 2);
 * a database that cannot be opened or migrated is a {@link PersistenceException}, which {@link
 * Main} reports as a database failure (exit 3).
 */
final class DatabaseInput {

  /** The help text of every {@code --db} option. */
  static final String HELP =
      "ฐานข้อมูล (JDBC URL) ถ้าไม่ระบุใช้ KM_DB_URL หรือไฟล์ H2 ใน ./data"
          + " / the database as a JDBC URL; default KM_DB_URL, else the H2 file in ./data";

  private DatabaseInput() {}

  static Database open(@Nullable String url) {
    return Database.open(location(url));
  }

  /**
   * Opens the database for a command that only reads it: migrated only when behind, and an H2 file
   * left uncompacted (see {@link Database#openForReading}).
   */
  static Database openForReading(@Nullable String url) {
    return Database.openForReading(location(url));
  }

  /** Where the database is, without opening it. */
  static DatabaseLocation location(@Nullable String url) {
    try {
      return DatabaseLocation.fromEnvironment(Optional.ofNullable(url));
    } catch (PersistenceException e) {
      String[] both = Main.thaiAndEnglish(e.getMessage());
      throw new UnusableInputException(both[0], both[1], e);
    }
  }

  /** Who the audit log names for a command's writes: the operating-system user. */
  static Actor actor() {
    String user = System.getProperty("user.name", "");
    return Actor.of(user.isBlank() ? "km-cli" : "km-cli:" + user);
  }
}
