package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.WriteResult;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.testing.CrashProcess;
import th.km.persistence.testing.ImportProcess;

/**
 * What a crash right after a commit leaves in H2's file holds that commit, even when the file had
 * free space before its last chunk and while km compacts it (H2FileSpace; docs/reliability.md).
 *
 * <p>A process killed outright leaves its file as the operating system holds it, which a copy made
 * in the same process right after the commit returned reads byte for byte: so each commit's copy is
 * opened as the next start would open the killed file. Without km appending at the file's end, H2
 * 2.5.252 opened these copies at the chunk before the first write and found no meeting.
 */
class H2FileSpaceTest {

  private static final int WRITES = 12;

  @TempDir Path dir;

  @Test
  void everyCommitReportedSavedIsInTheFileItLeavesEvenAcrossCompactions() throws Exception {
    Path data = dir.resolve("data");
    withFreeSpaceBeforeItsLastChunk(data);
    long guests = 0;
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      RecordCommands commands =
          database.recordCommands(Clock.fixed(ImportProcess.AT, ZoneOffset.UTC));
      Actor clerk = Actor.of("clerk");
      for (int n = 1; n <= WRITES; n++) {
        saved(commands.add(CrashProcess.BOOK, CrashProcess.meeting(n, 0), clerk));
        assertEquals(new Stored(n, guests), afterCrash(data, "added-" + n), "after adding " + n);
        saved(commands.correct(CrashProcess.BOOK, CrashProcess.meeting(n, n), 0, clerk));
        guests += n;
        assertEquals(new Stored(n, guests), afterCrash(data, "corrected-" + n), "after " + n);
        if (n % 4 == 0) {
          database.dsl().connection(H2FileSpaceTest::compact);
          assertEquals(new Stored(n, guests), afterCrash(data, "compacted-" + n));
        }
      }
    }
  }

  @Test
  void theFileIsCompactedOnceItHasDoubledWithHalfOfItFreeAndAtClose() throws Exception {
    Path data = dir.resolve("data");
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      ImportProcess.prepare(database);
    }
    Path file = data.resolve("km.mv.db");
    long closed = Files.size(file);
    long growth = 1L << 20;
    H2FileSpace space = new H2FileSpace(growth);
    long largest = 0;
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      // Chunks no version needs are freed at once, not 45 s later: the writes below take seconds.
      database.dsl().execute("SET RETENTION_TIME 0");
      RecordCommands commands =
          database.recordCommands(Clock.fixed(ImportProcess.AT, ZoneOffset.UTC));
      // Each write appends some 20 KB: 150 of them would make 3 MB without a compaction.
      for (int n = 1; n <= 150; n++) {
        saved(commands.add(CrashProcess.BOOK, CrashProcess.meeting(n, 0), Actor.of("clerk")));
        database.dsl().connection(space::afterWrite);
        largest = Math.max(largest, Files.size(file));
      }
      assertTrue(
          largest <= 2 * closed + growth + (512 << 10),
          "the file grew to " + largest + " bytes from " + closed);
    }
    long reopened = Files.size(file);
    assertTrue(reopened < largest, "closed at " + reopened + " bytes, largest " + largest);
    assertEquals(new Stored(150, 0), afterCrash(data, "closed"));
  }

  /**
   * A year imported and closed, then a file with free space before its last chunk, as H2's
   * compaction at close leaves it when it runs out of time (the crash tests' templates under load):
   * a scratch table written and dropped with chunks freed at once and no compaction at close.
   */
  private void withFreeSpaceBeforeItsLastChunk(Path data) throws IOException, SQLException {
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      ImportProcess.prepare(database);
      Path records = Files.createDirectories(dir.resolve("records"));
      DemoYear.write(records);
      ImportProcess.importRecords(ImportProcess.transfer(database), records);
    }
    String url = "jdbc:h2:file:" + data.resolve("km") + ";MAX_COMPACT_TIME=0";
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("SET RETENTION_TIME 0");
      s.execute("CREATE TABLE scratch AS SELECT X, SPACE(500) AS pad FROM SYSTEM_RANGE(1, 2000)");
      s.execute("CHECKPOINT");
      s.execute("DROP TABLE scratch");
      s.execute("CHECKPOINT");
      s.execute("UPDATE meeting SET title = title WHERE 1 = 0");
      s.execute("CHECKPOINT");
    }
  }

  /** What the meetings of the writes are in a database opened from the file as it is now. */
  private Stored afterCrash(Path data, String name) throws IOException, SQLException {
    Path copy = Files.createDirectories(dir.resolve("crash-" + name));
    Files.copy(data.resolve("km.mv.db"), copy.resolve("km.mv.db"));
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("km"));
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*), COALESCE(SUM(other_attendees), 0) FROM meeting"
                    + " WHERE record_id LIKE '" + CrashProcess.PREFIX + "%'")) {
      r.next();
      return new Stored(r.getInt(1), r.getLong(2));
    }
  }

  private static void compact(Connection connection) throws SQLException {
    H2FileSpace.compact(H2FileSpace.store(connection).orElseThrow(), 500);
  }

  private static void saved(WriteResult result) {
    assertTrue(result instanceof WriteResult.Saved, () -> "not saved: " + result);
  }

  private record Stored(int meetings, long guests) {}
}
