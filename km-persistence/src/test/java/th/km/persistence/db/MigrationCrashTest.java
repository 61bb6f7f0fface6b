package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.testing.ChildJvm;
import th.km.persistence.testing.CrashProcess;

/**
 * km opening a database that is behind, killed with SIGKILL at a random moment of its migration:
 * the next open always succeeds, with every migration applied once, the data there before the
 * migration kept, and no copy left beside the file. Before km copied the file first, a kill between
 * two of a migration's statements left the file unusable: H2 commits each DDL statement by itself,
 * and the next migration stopped on a column already there.
 */
class MigrationCrashTest {

  /** Each run starts a JVM and migrates: a few seconds. */
  private static final int RUNS = 8;

  @TempDir Path folder;

  @Test
  void anUpgradeKilledAtAnyMomentLeavesADatabaseTheNextOpenMigratesWithItsData() throws Exception {
    Path template = MigrationBackupTest.oldDatabase(folder.resolve("template"), "before");
    crashRuns("MigrationCrashTest.upgrade", template, List.of("before"));
  }

  @Test
  void aFirstMigrationKilledAtAnyMomentLeavesADatabaseTheNextOpenMigrates() throws Exception {
    Path template = Files.createDirectories(folder.resolve("new"));
    crashRuns("MigrationCrashTest.new", template, List.of());
  }

  private void crashRuns(String test, Path template, List<String> organizations) throws Exception {
    long millis;
    Path whole = copy(template, folder.resolve("whole"));
    try (ChildJvm child = child(whole, "whole")) {
      millis = CrashRuns.measure(child, "done");
    }
    String latest = Migrations.latest().orElseThrow();
    CrashRuns.repeat(
        test,
        folder,
        millis * 11 / 10,
        RUNS,
        (run, delay) -> {
          Path data = copy(template, folder.resolve("run-" + run));
          try (ChildJvm child = child(data, "run-" + run)) {
            CrashRuns.killAfter(child, delay, data);
          }
          boolean copyLeft =
              MigrationBackupTest.files(data).stream().anyMatch(n -> n.contains(".before-migration-to-V"));
          try (Database database = Database.open(DatabaseLocation.embedded(data))) {
            List<String> applied = database.appliedMigrations();
            assertEquals(latest, applied.getLast());
            assertEquals(applied.stream().distinct().toList(), applied, "each migration applied once");
          }
          assertEquals(organizations, MigrationBackupTest.organizations(data));
          assertEquals(List.of("km.mv.db"), MigrationBackupTest.files(data), "what is left beside it");
          CrashRuns.deleteTree(data);
          return copyLeft ? "stopped mid-migration, put back and migrated" : "migrated by the next open";
        });
  }

  private ChildJvm child(Path data, String name) throws IOException {
    return ChildJvm.start(CrashProcess.class, folder.resolve(name + ".err"), "migrate", data.toString());
  }

  /** The template's database file, if it has one, in a new folder. */
  private static Path copy(Path template, Path target) throws IOException {
    Files.createDirectories(target);
    Path file = template.resolve(DatabaseLocation.DEFAULT_DATABASE_NAME + ".mv.db");
    if (Files.exists(file)) {
      Files.copy(file, target.resolve(file.getFileName()));
    }
    return target;
  }
}
