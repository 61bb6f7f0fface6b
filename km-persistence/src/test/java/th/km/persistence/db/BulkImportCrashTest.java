package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.persistence.national.NationalDataset;
import th.km.persistence.testing.ChildJvm;

/**
 * A bulk import on H2 ({@code km db import --all}, {@code km generate --db}) killed with SIGKILL at
 * a random moment leaves every organization whole or absent: one that the child reported imported
 * is complete, its records and plan equal to what it imported (its checkpoint came before the
 * report), one cut off left not even its organization row, and a rerun on the same database
 * completes every organization. The kills land within the
 * time the whole import takes here ({@link CrashRuns}).
 */
class BulkImportCrashTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);

  /** The organizations the child imports: 3 of the national dataset drawn with seed 17. */
  private static final NationalDataset DATASET =
      new NationalDataset(3, 17, NationalDataset.DEFAULT_YEAR);

  @TempDir Path folder;

  @Test
  void aBulkImportKilledAtAnyMomentLeavesEachOrganizationWholeOrAbsent() throws Exception {
    Path template = folder.resolve("template");
    try (Database database = Database.open(DatabaseLocation.embedded(template))) {
      database.appliedMigrations();
    }
    long millis;
    Path measured = CrashRuns.copy(template, folder.resolve("measured"));
    try (ChildJvm child = child(measured, "measured")) {
      millis = CrashRuns.measure(child, "done");
    }
    assertEquals(DATASET.size(), check(measured, List.of()), "the run that was not killed");

    CrashRuns.repeat(
        "BulkImportCrashTest",
        folder,
        millis * 11 / 10,
        // Each run is a whole bulk import in a child JVM: 20 keeps CI's suite within its hour.
        20,
        (run, delay) -> {
          Path data = CrashRuns.copy(template, folder.resolve("run-" + run));
          List<String> printed;
          try (ChildJvm child = child(data, "run-" + run)) {
            printed = CrashRuns.killAfter(child, delay, data);
          }
          int stored = check(data, printed);
          Files.delete(data.resolve(DatabaseLocation.DEFAULT_DATABASE_NAME + ".mv.db"));
          return stored + " of " + DATASET.size() + " organizations stored when killed";
        });
  }

  private ChildJvm child(Path data, String name) throws java.io.IOException {
    return ChildJvm.start(Importer.class, folder.resolve(name + ".err"), data.toString());
  }

  /**
   * Checks what a killed import left and reruns it; returns how many organizations it had stored.
   */
  private static int check(Path data, List<String> printed) {
    DatabaseState.of(data);
    int stored = 0;
    try (Database database = Database.open(DatabaseLocation.embedded(data));
        BulkImport bulk = database.bulkImport(CLOCK)) {
      List<OrganizationCode> registered =
          database.planStore(CLOCK).organizations().stream().map(Organization::code).toList();
      for (int i = 0; i < DATASET.size(); i++) {
        NationalDataset.Organization o = DATASET.draw(i);
        OrganizationCode code = o.plan().organization().code();
        boolean complete = bulk.complete(code, o.plan().fiscalYear());
        if (printed.contains("imported " + code.value())) {
          assertTrue(complete, code + " was reported imported");
        }
        if (complete) {
          stored++;
          assertWhole(database, o);
        } else {
          assertTrue(!registered.contains(code), code + " was cut off but left its organization");
          Map<RecordKind, Integer> counts =
              database.recordStore().counts(code, o.plan().fiscalYear());
          assertEquals(0, counts.values().stream().mapToInt(Integer::intValue).sum(), code.value());
        }
      }
      for (int i = 0; i < DATASET.size(); i++) {
        NationalDataset.Organization o = DATASET.draw(i);
        BulkImport.Outcome rerun = bulk.importYear(o.plan(), o.records());
        if (!(rerun instanceof BulkImport.Outcome.AlreadyImported)) {
          assertInstanceOf(BulkImport.Outcome.Imported.class, rerun, "the rerun");
        }
        assertWhole(database, o);
      }
    }
    return stored;
  }

  private static void assertWhole(Database database, NationalDataset.Organization o) {
    OrganizationCode code = o.plan().organization().code();
    assertEquals(o.records(), database.recordStore().records(code, o.plan().fiscalYear()), code.value());
    assertEquals(
        List.of(o.plan()),
        database.planStore(CLOCK).versions(code, o.plan().fiscalYear()).stream()
            .map(v -> database.planStore(CLOCK).version(code, o.plan().fiscalYear(), v.number()))
            .map(p -> p.orElseThrow().plan())
            .toList(),
        code + ": one version, the plan imported");
  }

  /**
   * The child: imports the dataset into the H2 database of the data folder as {@code km db import
   * --all} does, printing {@code opened}, {@code imported CODE} after each organization and {@code
   * done}.
   */
  public static final class Importer {
    private Importer() {}

    /** Argument: the data folder. */
    public static void main(String[] args) {
      try (Database database = Database.open(DatabaseLocation.embedded(Path.of(args[0])));
          BulkImport bulk = database.bulkImport(CLOCK)) {
        print("opened");
        for (int i = 0; i < DATASET.size(); i++) {
          NationalDataset.Organization o = DATASET.draw(i);
          BulkImport.Outcome outcome = bulk.importYear(o.plan(), o.records());
          if (!(outcome instanceof BulkImport.Outcome.Imported)) {
            throw new IllegalStateException("not imported: " + outcome);
          }
          print("imported " + o.plan().organization().code().value());
        }
      }
      print("done");
    }

    private static void print(String line) {
      System.out.println(line);
      System.out.flush();
    }
  }
}
