package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.km.persistence.national.NationalDataset;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * The one PostgreSQL connection a bulk import keeps for all its organizations: it is one server
 * session however many organizations go in, closing the database ends it, and a session the server
 * ended between two organizations is replaced rather than failing the next one.
 */
class BulkImportConnectionTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);

  private final NationalDataset dataset = new NationalDataset(3, 17, NationalDataset.DEFAULT_YEAR);

  @Test
  void organizationsGoInThroughOneSessionThatClosingTheDatabaseEnds() throws Exception {
    String url = POSTGRES.newDatabase();
    try (Connection observer = DriverManager.getConnection(url)) {
      try (Database db = Database.open(DatabaseLocation.of(url, Optional.empty(), Optional.empty()))) {
        BulkImport bulk = db.bulkImport(CLOCK);
        for (int i = 0; i < dataset.size(); i++) {
          NationalDataset.Organization o = dataset.draw(i);
          assertInstanceOf(BulkImport.Outcome.Imported.class, bulk.importYear(o.plan(), o.records()));
          assertEquals(1, otherSessions(observer), "the bulk import's one session, after " + (i + 1));
        }
      }
      waitForNoOtherSession(observer);
    }
  }

  @Test
  void aSessionTheServerEndedBetweenOrganizationsIsReplaced() throws Exception {
    String url = POSTGRES.newDatabase();
    try (Connection observer = DriverManager.getConnection(url);
        Database db = Database.open(DatabaseLocation.of(url, Optional.empty(), Optional.empty()))) {
      BulkImport bulk = db.bulkImport(CLOCK);
      NationalDataset.Organization first = dataset.draw(0);
      assertInstanceOf(BulkImport.Outcome.Imported.class, bulk.importYear(first.plan(), first.records()));
      try (PreparedStatement end =
          observer.prepareStatement(
              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                  + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
        end.execute();
      }
      NationalDataset.Organization second = dataset.draw(1);
      assertInstanceOf(BulkImport.Outcome.Imported.class, bulk.importYear(second.plan(), second.records()));
      assertEquals(
          second.records(),
          db.recordStore().records(second.plan().organization().code(), second.plan().fiscalYear()));
    }
  }

  private static int otherSessions(Connection observer) throws SQLException {
    try (PreparedStatement count =
            observer.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** A session's server process ends a moment after its client closes it. */
  private static void waitForNoOtherSession(Connection observer) throws Exception {
    for (int tries = 0; tries < 100 && otherSessions(observer) > 0; tries++) {
      Thread.sleep(100);
    }
    assertEquals(0, otherSessions(observer), "no session left open after the database is closed");
  }
}
