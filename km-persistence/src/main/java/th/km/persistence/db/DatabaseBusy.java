package th.km.persistence.db;

import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every pooled connection of the database stayed in use for the whole bounded wait ({@link
 * PoolSettings#waitSeconds}): the server is overloaded, not broken. Nothing was read or written
 * with the connection that was not had, so the work may simply be asked for again; the web server
 * answers it with 503 and {@code Retry-After}. Any other failure of the database is not this.
 *
 * <p>It reaches callers as the cause (perhaps several levels down) of the exception the store
 * threw; {@link #in} finds it.
 */
public final class DatabaseBusy extends SQLTransientConnectionException {

  private static final long serialVersionUID = 1L;

  private final int waitSeconds;

  DatabaseBusy(int connections, int waitSeconds, Throwable cause) {
    super(
        "ทุกการเชื่อมต่อฐานข้อมูล (" + connections + ") ถูกใช้อยู่ตลอด " + waitSeconds + " วินาที / all "
            + connections + " database connections stayed in use for " + waitSeconds + " seconds",
        "08001",
        cause);
    this.waitSeconds = waitSeconds;
  }

  /** How long the request waited for a connection, in seconds: a fair time to wait before retrying. */
  public int waitSeconds() {
    return waitSeconds;
  }

  /** The busy database behind {@code failure}, if that is what it is: it or one of its causes. */
  public static Optional<DatabaseBusy> in(@Nullable Throwable failure) {
    // Bounded, in case a cause chain ever loops.
    for (int depth = 0; failure != null && depth < 32; depth++, failure = failure.getCause()) {
      if (failure instanceof DatabaseBusy busy) {
        return Optional.of(busy);
      }
    }
    return Optional.empty();
  }
}
