package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.AuditEntry;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.records.Meeting;
import th.km.core.records.RecordKind;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.testing.ChildJvm;
import th.km.persistence.testing.CrashProcess;
import th.km.persistence.testing.ImportProcess;

/**
 * Record writes killed with SIGKILL at a random moment are each whole or absent: a child JVM adds
 * and corrects meetings one after another as the forms do ({@link CrashProcess}), and after the
 * kill (within the time the first 20 writes take here) the database holds meetings {@code
 * crash-1} to {@code crash-k} with no gap, every one
 * reported saved among them, each with exactly the audit entries of the writes stored, every one
 * but the last corrected, and nothing else changed.
 */
class RecordWriteCrashTest {

  /** The kills land within the time the child takes to open the database and make this many. */
  private static final int WRITES = 20;

  @TempDir Path folder;

  @Test
  void aRecordWriteKilledAtAnyMomentIsStoredWholeWithItsAuditEntryOrNotAtAll() throws Exception {
    Path template = folder.resolve("template");
    try (Database database = Database.open(DatabaseLocation.embedded(template))) {
      ImportProcess.prepare(database);
      Path records = Files.createDirectories(folder.resolve("records"));
      DemoYear.write(records);
      ImportProcess.importRecords(ImportProcess.transfer(database), records);
    }
    DatabaseState before = DatabaseState.of(template);
    long millis;
    Path measured = CrashRuns.copy(template, folder.resolve("measured"));
    try (ChildJvm child =
        ChildJvm.start(CrashProcess.class, folder.resolve("measured.err"), "writes", measured.toString())) {
      child.awaitLine("opened", java.time.Duration.ofMinutes(2));
      long start = System.nanoTime();
      child.awaitLine("corrected " + WRITES, java.time.Duration.ofMinutes(5));
      millis = (System.nanoTime() - start) / 1_000_000;
    }

    CrashRuns.repeat(
        "RecordWriteCrashTest",
        folder,
        millis * 11 / 10,
        CrashRuns.DEFAULT_RUNS,
        (run, delay) -> {
          Path data = CrashRuns.copy(template, folder.resolve("run-" + run));
          List<String> printed;
          try (ChildJvm child =
              ChildJvm.start(
                  CrashProcess.class, folder.resolve("run-" + run + ".err"), "writes", data.toString())) {
            printed = CrashRuns.killAfter(child, delay, data);
          }
          String outcome = check(data, before, last(printed, "added "), last(printed, "corrected "));
          Files.delete(data.resolve(DatabaseLocation.DEFAULT_DATABASE_NAME + ".mv.db"));
          return outcome;
        });
  }

  /** Checks what a killed writer left; the outcome says whether its last write was cut short. */
  private static String check(Path data, DatabaseState before, int added, int corrected) {
    DatabaseState after = DatabaseState.of(data);
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      RecordCommands commands = database.recordCommands(Clock.systemUTC());
      int stored = 0;
      while (commands.find(CrashProcess.BOOK, RecordKind.MEETING, CrashProcess.PREFIX + (stored + 1)).isPresent()) {
        stored++;
      }
      long crashMeetings =
          database.recordStore().records(ImportProcess.BAN_WAEN, CrashProcess.BOOK.fiscalYear())
              .meetings().stream().filter(m -> m.id().startsWith(CrashProcess.PREFIX)).count();
      String seen = "it reported meeting " + added + " added, " + corrected + " corrected";
      assertEquals(stored, crashMeetings, seen + ": the meetings stored have a gap");
      assertTrue(stored >= added, seen + ", but only " + stored + " are stored");
      int correctedStored = 0;
      for (int n = 1; n <= stored; n++) {
        Versioned v = commands.find(CrashProcess.BOOK, RecordKind.MEETING, CrashProcess.PREFIX + n).orElseThrow();
        int guests = ((Meeting) v.record()).otherAttendees();
        if (v.version() == 1) {
          assertEquals(n, guests, seen + ": meeting " + n + " at version 1");
          correctedStored++;
        } else {
          assertEquals(0, v.version(), seen + ": meeting " + n);
          assertEquals(0, guests, seen + ": meeting " + n + " at version 0");
          assertEquals(stored, n, seen + ": meeting " + n + " is not corrected, yet a later one was added");
        }
      }
      assertTrue(correctedStored >= corrected, seen + ", but " + correctedStored + " are corrected");
      List<AuditEntry> log =
          database.auditLog().entries(ImportProcess.BAN_WAEN).stream()
              .filter(e -> e.entityId().contains("/" + CrashProcess.PREFIX))
              .toList();
      long adds = log.stream().filter(e -> e.action().endsWith("add")).count();
      long corrections = log.stream().filter(e -> e.action().endsWith("correct")).count();
      assertEquals(stored, adds, seen + ": one audit entry per meeting stored");
      assertEquals(correctedStored, corrections, seen + ": one audit entry per correction stored");
      assertEquals(before.rows("meeting") + stored, after.rows("meeting"), seen);
      assertEquals(before.rows("audit_log") + adds + corrections, after.rows("audit_log"), seen);
      assertEquals(
          before.totalRows() + stored + adds + corrections, after.totalRows(),
          seen + ": no other table changed");
      assertEquals(before.migrations(), after.migrations(), seen);
      return correctedStored == stored ? "every write whole" : "last meeting added, not yet corrected";
    }
  }

  /** The number in the last line that starts with the prefix, 0 when none does. */
  private static int last(List<String> printed, String prefix) {
    int n = 0;
    for (String line : printed) {
      if (line.startsWith(prefix)) {
        n = Integer.parseInt(line.substring(prefix.length()));
      }
    }
    return n;
  }
}
