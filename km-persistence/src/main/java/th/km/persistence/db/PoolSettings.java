package th.km.persistence.db;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import th.km.persistence.PersistenceException;

/**
 * How many pooled connections the embedded H2 database keeps, and how long a request waits for one
 * before it is refused as {@link DatabaseBusy} (and the web server answers 503 with {@code
 * Retry-After}) rather than waiting on: H2's pool would wait 30 seconds, past the point where a
 * person or a client has given up.
 *
 * <p>Read, like {@link DatabaseLocation}, from the system properties {@code km.db.pool.size} and
 * {@code km.db.pool.wait}, else the environment variables {@value #SIZE_VARIABLE} and {@value
 * #WAIT_VARIABLE}. PostgreSQL is reached without a pool (a connection per use), so they do not
 * apply to it.
 *
 * @param connections the most connections open at once, at least 1
 * @param waitSeconds the longest wait for a free connection, in whole seconds, at least 1
 */
public record PoolSettings(int connections, int waitSeconds) {

  public static final String SIZE_VARIABLE = "KM_DB_POOL_SIZE";
  public static final String WAIT_VARIABLE = "KM_DB_POOL_WAIT";

  /** H2's own pool size, 10, and a wait of 5 seconds. */
  public static final PoolSettings DEFAULTS = new PoolSettings(10, 5);

  /** The largest value either setting takes: beyond it a number is more likely a typing slip. */
  static final int MOST = 1000;

  public PoolSettings {
    if (connections < 1 || connections > MOST) {
      throw new IllegalArgumentException("connections must be 1 to " + MOST + ", not " + connections);
    }
    if (waitSeconds < 1 || waitSeconds > MOST) {
      throw new IllegalArgumentException("waitSeconds must be 1 to " + MOST + ", not " + waitSeconds);
    }
  }

  /**
   * The settings {@code environment} and {@code properties} (which take precedence) name, each
   * one not named taken from {@link #DEFAULTS}.
   *
   * @throws PersistenceException naming the setting when its value is not a whole number from 1
   *     to 1000
   */
  public static PoolSettings resolve(Map<String, String> environment, Map<String, String> properties) {
    DatabaseLocation.Settings settings = new DatabaseLocation.Settings(environment, properties);
    return new PoolSettings(
        number(settings.get(SIZE_VARIABLE), SIZE_VARIABLE, DEFAULTS.connections()),
        number(settings.get(WAIT_VARIABLE), WAIT_VARIABLE, DEFAULTS.waitSeconds()));
  }

  /** The settings of the operating system's environment and the JVM's system properties. */
  public static PoolSettings fromEnvironment() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
    return resolve(System.getenv(), properties);
  }

  private static int number(Optional<String> value, String variable, int otherwise) {
    if (value.isEmpty()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n >= 1 && n <= MOST) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below with the setting's name, as every other value out of range.
    }
    throw new PersistenceException(
        variable + " ต้องเป็นจำนวนเต็ม 1 ถึง " + MOST + " ไม่ใช่ '" + value.get() + "' / "
            + variable + " must be a whole number from 1 to " + MOST + ", not '" + value.get() + "'");
  }
}
