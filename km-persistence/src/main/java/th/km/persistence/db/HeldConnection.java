package th.km.persistence.db;

import java.sql.Connection;
import java.util.function.Function;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultConnectionProvider;
import org.jspecify.annotations.Nullable;

/**
 * One connection kept from a bulk import's first statement to its end, so that organization after
 * organization runs on the same database session. On PostgreSQL every connection the database's
 * data source gives is a new server process, which authenticates, loads the catalog of every table
 * it touches and plans each foreign key's check anew: measured with the server's CPU time, that
 * cost the bulk import about as much again as all its rows (two or three connections per
 * organization). The statements keep the database's listeners (the write counter that invalidates
 * the web's caches and has H2 store its commits).
 */
final class HeldConnection implements AutoCloseable {
  private final DSLContext database;
  private @Nullable Connection connection;
  private @Nullable DSLContext held;
  private @Nullable HeldStatements statements;

  HeldConnection(DSLContext database) {
    this.database = database;
  }

  /** Statements on the held connection, which is taken from the data source the first time. */
  DSLContext dsl() {
    DSLContext on = held;
    if (on == null) {
      ConnectionProvider source = database.configuration().connectionProvider();
      Connection c = source.acquire();
      if (c == null) {
        throw new IllegalStateException("the database gave no connection");
      }
      connection = c;
      on = database.configuration().derive(new DefaultConnectionProvider(c)).dsl();
      held = on;
    }
    return on;
  }

  /**
   * The statements prepared on the held connection and kept with it ({@link HeldStatements}); they
   * are closed, and new ones prepared, when the connection is given back and another taken.
   */
  HeldStatements statements() {
    dsl();
    HeldStatements kept = statements;
    if (kept == null) {
      Connection c = connection;
      if (c == null) {
        throw new IllegalStateException("the held connection is gone");
      }
      kept = new HeldStatements(c);
      statements = kept;
    }
    return kept;
  }

  /**
   * Runs a query that writes nothing on the held connection; when it fails, runs it once more on a
   * new connection, for the server may have dropped the held one while it was idle (a restart
   * between two organizations). A second failure is thrown.
   */
  <T> T lookUp(Function<DSLContext, T> query) {
    try {
      return query.apply(dsl());
    } catch (DataAccessException dropped) {
      close();
      try {
        return query.apply(dsl());
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }
  }

  /**
   * Gives the connection back (on PostgreSQL closes it); the next statement takes a new one. Called
   * after a failure too, so that a connection the server dropped is not used again.
   */
  @Override
  public void close() {
    Connection c = connection;
    HeldStatements kept = statements;
    connection = null;
    held = null;
    statements = null;
    if (kept != null) {
      kept.close();
    }
    if (c != null) {
      database.configuration().connectionProvider().release(c);
    }
  }
}
