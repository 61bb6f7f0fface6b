package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.PersistenceException;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.testing.ChildJvm;
import th.km.persistence.testing.CrashProcess;
import th.km.persistence.testing.ImportProcess;

/**
 * {@code km db backup} and {@code km db restore} killed with SIGKILL at a random moment: a backup
 * leaves the database as it was and its file whole or absent (a partial file only under a hidden
 * temporary name, which the next backup removes); a restore leaves the database empty, restored
 * whole, or refused until the restore is run again, which then restores it whole.
 */
class BackupCrashTest {

  @TempDir Path folder;

  private Path full;
  private DatabaseState fullState;

  @BeforeEach
  void fullDatabase() throws IOException {
    full = folder.resolve("full");
    try (Database database = Database.open(DatabaseLocation.embedded(full))) {
      ImportProcess.prepare(database);
      Path records = Files.createDirectories(folder.resolve("records"));
      DemoYear.write(records);
      ImportProcess.importRecords(ImportProcess.transfer(database), records);
    }
    fullState = DatabaseState.of(full);
  }

  @Test
  void aBackupKilledAtAnyMomentLeavesTheDatabaseAsItWasAndNoPartialFileUnderItsName()
      throws Exception {
    Path whole = folder.resolve("whole").resolve("km.sql.gz");
    long millis;
    try (ChildJvm child = child("backup", full, whole, "whole")) {
      millis = CrashRuns.measure(child, "done");
    }
    assertRestoresToTheFullDatabase(whole);

    CrashRuns.repeat(
        "BackupCrashTest.backup",
        folder,
        millis * 11 / 10,
        CrashRuns.DEFAULT_RUNS,
        (run, delay) -> {
          Path data = CrashRuns.copy(full, folder.resolve("run-" + run));
          Path out = folder.resolve("out-" + run).resolve("km.sql.gz");
          try (ChildJvm child = child("backup", data, out, "run-" + run)) {
            CrashRuns.killAfter(child, delay);
          }
          assertEquals(fullState, DatabaseState.of(data), "the database backed up");
          List<Path> left = files(out.getParent());
          for (Path f : left) {
            String name = f.getFileName().toString();
            assertTrue(
                name.equals("km.sql.gz") || (name.startsWith(".km.sql.gz") && name.endsWith(".part")),
                "a file other than the backup and its hidden temporary file: " + left);
          }
          boolean written = Files.exists(out);
          if (written) {
            assertWholeBackup(out);
          }
          boolean partial = left.size() > (written ? 1 : 0);
          if (partial) {
            // The next backup to the same name removes what a killed one left.
            try (Database database = Database.open(DatabaseLocation.embedded(data))) {
              DatabaseBackup.backup(database, out);
            }
            assertEquals(List.of(out), files(out.getParent()), "after the next backup");
            assertWholeBackup(out);
          }
          Files.delete(data.resolve(DatabaseLocation.DEFAULT_DATABASE_NAME + ".mv.db"));
          return written ? "backup whole" : partial ? "no backup, temporary file removed by the next" : "no backup";
        });
  }

  @Test
  void aRestoreKilledAtAnyMomentLeavesTheDatabaseEmptyWholeOrRefusedUntilRunAgain()
      throws Exception {
    Path backup = folder.resolve("km.sql.gz");
    try (Database database = Database.open(DatabaseLocation.embedded(full))) {
      DatabaseBackup.backup(database, backup);
    }
    long millis;
    try (ChildJvm child = child("restore", folder.resolve("whole"), backup, "whole")) {
      millis = CrashRuns.measure(child, "done");
    }
    assertEquals(fullState, DatabaseState.of(folder.resolve("whole")), "the restore not killed");

    CrashRuns.repeat(
        "BackupCrashTest.restore",
        folder,
        millis * 11 / 10,
        CrashRuns.DEFAULT_RUNS,
        (run, delay) -> {
          Path data = folder.resolve("run-" + run);
          try (ChildJvm child = child("restore", data, backup, "run-" + run)) {
            CrashRuns.killAfter(child, delay, data);
          }
          String outcome;
          DatabaseState state;
          try {
            state = DatabaseState.of(data);
            outcome = state.totalRows() == 0 ? "empty" : "restored whole";
          } catch (PersistenceException refused) {
            assertTrue(refused.getMessage().contains("run ./km db restore <file> again"), refused.getMessage());
            assertInstanceOf(
                DatabaseBackup.RestoreResult.Restored.class,
                DatabaseBackup.restore(DatabaseLocation.embedded(data), backup));
            state = DatabaseState.of(data);
            outcome = "refused, then restored whole when run again";
          }
          if (!outcome.equals("empty")) {
            assertEquals(fullState, state, outcome);
          }
          CrashRuns.deleteTree(data);
          return outcome;
        });
  }

  private ChildJvm child(String operation, Path data, Path file, String name) throws IOException {
    return ChildJvm.start(
        CrashProcess.class, folder.resolve(name + ".err"), operation, data.toString(), file.toString());
  }

  private void assertRestoresToTheFullDatabase(Path backup) {
    Path check = folder.resolve("check");
    assertInstanceOf(
        DatabaseBackup.RestoreResult.Restored.class,
        DatabaseBackup.restore(DatabaseLocation.embedded(check), backup));
    assertEquals(fullState, DatabaseState.of(check));
  }

  /** A whole backup: km's first line, and a gzip stream that ends where it should. */
  private static void assertWholeBackup(Path file) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      assertEquals(DatabaseBackup.HEADER, in.readLine());
      long lines = 1;
      while (in.readLine() != null) {
        lines++;
      }
      assertTrue(lines > 100, file + " has only " + lines + " lines");
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
