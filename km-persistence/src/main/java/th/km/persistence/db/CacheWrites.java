package th.km.persistence.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/**
 * One write of a stored snapshot (a cache the batch may rebuild at any time: {@link
 * RecordYearSnapshots}, {@link PlanSnapshots}) on a batch's reading connection, in a transaction of
 * its own: the connection is made writable for it and read-only again after, and a write that fails
 * (a database opened read-only, a concurrent batch storing the same snapshot) is rolled back and
 * reported, never thrown, since the batch reads correctly without it.
 */
final class CacheWrites {

  /** The statements of one write. */
  interface Write {
    void run() throws SQLException;
  }

  private CacheWrites() {}

  /** Runs {@code write} in a transaction of its own; whether it was committed and the connection made read-only again. */
  static boolean apart(Connection connection, Write write) {
    boolean stored = false;
    try {
      // A connection set read-only (PostgreSQL) refuses writes: this one transaction may write.
      connection.setReadOnly(false);
      write.run();
      connection.commit();
      stored = true;
    } catch (SQLException | DataAccessException e) {
      stored = false;
    } finally {
      try {
        if (!stored) {
          connection.rollback();
        }
        connection.setReadOnly(true);
      } catch (SQLException e) {
        stored = false;
      }
    }
    return stored;
  }
}
