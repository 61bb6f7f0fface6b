package th.km.persistence.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import th.km.persistence.PersistenceException;

/**
 * H2's connection pool with the wait for a free connection bounded by {@link PoolSettings}, and
 * that wait's end reported as {@link DatabaseBusy} instead of H2's bare "Login timeout", so that
 * the overload is told apart from a failure of the database; and the checkpoint after each
 * committed write.
 */
final class BoundedPool implements DataSource {

  /** What H2's pool throws when its wait ran out: {@code SQLException("Login timeout", "08001", 8001)}. */
  private static final String TIMEOUT_STATE = "08001";

  private static final int TIMEOUT_CODE = 8001;

  private final JdbcConnectionPool pool;
  private final JdbcDataSource unpooled;
  private final PoolSettings settings;
  /** The connection of {@link #checkpoint}, opened at the first; guarded by this. */
  private @Nullable Connection checkpoints;
  /** Where H2 writes in its file: at its end, compacted now and then (crash durability). */
  private final H2FileSpace space = new H2FileSpace();

  BoundedPool(JdbcDataSource unpooled, PoolSettings settings) {
    this.unpooled = unpooled;
    this.settings = settings;
    this.pool = JdbcConnectionPool.create(unpooled);
    pool.setMaxConnections(settings.connections());
    pool.setLoginTimeout(settings.waitSeconds());
  }

  /** The most connections the pool holds at once. */
  int connections() {
    return settings.connections();
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      return pool.getConnection();
    } catch (SQLException e) {
      if (TIMEOUT_STATE.equals(e.getSQLState()) && e.getErrorCode() == TIMEOUT_CODE) {
        throw new DatabaseBusy(settings.connections(), settings.waitSeconds(), e);
      }
      throw e;
    }
  }

  /**
   * Writes H2's committed changes to its file before the writer is told they are saved. H2 keeps a
   * commit in memory and stores it a moment later (even with WRITE_DELAY=0 a concurrent store
   * may leave it for later), so a process killed in that moment lost writes it had reported saved
   * (RecordWriteCrashTest found it). PostgreSQL needs nothing: its commit is durable.
   *
   * <p>On a connection of its own, outside the pool: the data is committed, and a checkpoint that
   * waited for a busy pool would either hold the writer back or tell it "busy", and a writer told
   * that would think its write lost and send it again. H2 writes one checkpoint at a time anyway.
   */
  synchronized void checkpoint() {
    try {
      if (checkpoints == null || checkpoints.isClosed()) {
        checkpoints = unpooled.getConnection();
      }
      try (Statement s = checkpoints.createStatement()) {
        s.execute("CHECKPOINT");
      }
      space.afterWrite(checkpoints);
    } catch (SQLException e) {
      throw checkpointFailed(e);
    }
  }

  private static PersistenceException checkpointFailed(SQLException e) {
    return new PersistenceException(
        "บันทึกข้อมูลลงไฟล์ฐานข้อมูลไม่สำเร็จ / cannot write the committed data to the database file: "
            + e.getMessage(),
        e);
  }

  /** Closes the pool's idle connections and the checkpoints' one, and refuses new ones. */
  synchronized void dispose() {
    letCloseCompact();
    pool.dispose();
    if (checkpoints != null) {
      try {
        checkpoints.close();
      } catch (SQLException e) {
        // The database is being let go: a connection that cannot even close is let go with it.
      }
      checkpoints = null;
    }
  }

  /**
   * Lets H2's compaction at close reuse the file's free space (H2FileSpace), through a connection
   * of this pool, which keeps the database open until {@link #dispose} closes them all.
   */
  private void letCloseCompact() {
    try {
      if (checkpoints != null && !checkpoints.isClosed()) {
        H2FileSpace.beforeClose(checkpoints);
        return;
      }
      try (Connection any = pool.getConnection()) {
        H2FileSpace.beforeClose(any);
      }
    } catch (SQLException e) {
      // Closing anyway: the file keeps the space it has, which the next close may give back.
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool's connections all use the pool's user");
  }

  @Override
  public PrintWriter getLogWriter() {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    throw new UnsupportedOperationException("the wait is set by PoolSettings: " + settings);
  }

  @Override
  public int getLoginTimeout() {
    return settings.waitSeconds();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("H2's pool logs through its log writer");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
