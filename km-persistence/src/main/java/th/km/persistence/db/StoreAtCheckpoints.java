package th.km.persistence.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Lets H2 store a bulk import's work at the checkpoint after each organization's commit rather
 * than at every commit inside it, for the length of the import. With {@code WRITE_DELAY=0} (km's
 * URL) H2 stores its whole file's unsaved pages at every commit, and an identity column's sequence
 * commits on its own each time its cache of 32 values runs out: an organization's 5,000-odd rows
 * wrote the file some 200 times, over a quarter of the import's samples in a JFR profile (and 40%
 * of the bare batched insert's). The organization is still on disk before it is reported imported: {@link
 * WriteCounter} has H2 write a checkpoint after every transaction that wrote, and a crash before
 * that leaves the organization's transaction uncommitted, which H2 undoes when it opens the file,
 * so that a rerun imports it again.
 *
 * <p>{@code SET WRITE_DELAY} is the database's, not the session's: every other writer of km
 * checkpoints after its commits too (the web's writes go through the same write counter), and the
 * setting is put back when the import is closed (km's URL sets it again whenever the file is
 * opened). A user not allowed to change it (not an admin) imports with the setting as it was.
 */
final class StoreAtCheckpoints {

  /** H2's delay, in milliseconds, before its background writer stores what no checkpoint did. */
  private static final int DELAY_MILLIS = 1_000;

  /** The query of the current write delay, prepared once per import on its held connection. */
  private static final String CURRENT =
      "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
          + " WHERE SETTING_NAME = 'WRITE_DELAY' FETCH FIRST ROW ONLY";

  /** The setting before the import changed it; empty while it is unchanged. */
  private Optional<String> before = Optional.empty();

  /**
   * Raises H2's write delay for the next organization, unless it is raised already or cannot be.
   * Checked before every organization: H2 runs the settings of its URL again whenever a connection
   * is opened (the first checkpoint's, a pool's new one), which puts the delay back to 0.
   */
  void begin(HeldStatements statements) {
    try {
      // H2 lists the setting twice (the URL's and the database's): they agree.
      String current = "0";
      try (ResultSet setting = statements.prepare(CURRENT).executeQuery()) {
        if (setting.next()) {
          current = setting.getString(1).strip();
        }
      }
      if (Integer.parseInt(current) >= DELAY_MILLIS) {
        return;
      }
      statements.prepare("SET WRITE_DELAY " + DELAY_MILLIS).execute();
      if (before.isEmpty()) {
        before = Optional.of(current);
      }
    } catch (SQLException | NumberFormatException notAllowed) {
      // Not an admin, or a setting H2 reports otherwise: the import stores at every commit.
    }
  }

  /** Whether {@link #begin} changed the setting and {@link #end} has not put it back. */
  boolean changed() {
    return before.isPresent();
  }

  /** Puts the write delay back as it was before {@link #begin}, if that changed it. */
  void end(DSLContext dsl) {
    Optional<String> value = before;
    before = Optional.empty();
    if (value.isPresent()) {
      dsl.execute("SET WRITE_DELAY " + Integer.parseInt(value.get()));
    }
  }
}
