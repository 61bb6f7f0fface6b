package th.km.persistence.db;

import java.util.Locale;
import java.util.Optional;
import org.jooq.SQLDialect;

/** The database engines km runs on, each recognised by the start of its JDBC URL. */
public enum Engine {
  /** H2 in its default mode: the embedded database km uses when none is configured. */
  H2("jdbc:h2:", SQLDialect.H2),
  /** PostgreSQL 15 or newer, for a shared server. */
  POSTGRESQL("jdbc:postgresql:", SQLDialect.POSTGRES);

  private final String urlPrefix;
  private final SQLDialect dialect;

  Engine(String urlPrefix, SQLDialect dialect) {
    this.urlPrefix = urlPrefix;
    this.dialect = dialect;
  }

  /** The engine whose URLs start as this one does, if km supports it. */
  public static Optional<Engine> of(String jdbcUrl) {
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    for (Engine engine : values()) {
      if (lower.startsWith(engine.urlPrefix)) {
        return Optional.of(engine);
      }
    }
    return Optional.empty();
  }

  public String urlPrefix() {
    return urlPrefix;
  }

  SQLDialect dialect() {
    return dialect;
  }
}
