package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.AuditEntry;
import th.km.core.calendar.FiscalYear;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;
import th.km.core.store.StoredPlan;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.testing.ChildJvm;
import th.km.persistence.testing.ImportProcess;
import th.km.persistence.transfer.FolderTransfer;

/**
 * An import killed with SIGKILL at a random moment leaves the database as it was before the step it
 * was in: the plan import and the records import are each whole or absent, never half-done, and
 * the database is consistent (see {@link DatabaseState}). The import runs in a child JVM; the delay
 * before the kill is drawn from a printed seed ({@link CrashRuns}), over the time a whole import
 * takes on this machine, so that the kills land before, inside and after each of its transactions.
 */
class ImportCrashTest {

  private static final FiscalYear FY2569 = FiscalYear.ofBuddhistYear(2569);

  @TempDir Path folder;

  @Test
  void anImportKilledAtAnyMomentLeavesTheDatabaseAsBeforeOrAfterAWholeStep() throws Exception {
    Path template = folder.resolve("template");
    Path records = folder.resolve("records");
    DemoYear.write(records);
    try (Database database = Database.open(DatabaseLocation.embedded(template))) {
      ImportProcess.prepare(database);
    }

    // The three states a kill may leave: nothing imported, the plan, the plan and the records.
    Map<String, State> allowed = new LinkedHashMap<>();
    Path reference = copy(template, "reference");
    try (Database database = Database.open(DatabaseLocation.embedded(reference))) {
      FolderTransfer transfer = ImportProcess.transfer(database);
      allowed.put("before", State.of(database));
      ImportProcess.importPlan(transfer, ImportProcess.plan());
      allowed.put("plan", State.of(database));
      ImportProcess.importRecords(transfer, records);
      allowed.put("plan and records", State.of(database));
    }

    // One run to the end, to learn how long the import takes here; its result must be the last.
    Path whole = copy(template, "whole");
    long importMillis;
    try (ChildJvm child = child(whole, records, "whole")) {
      importMillis = CrashRuns.measure(child, "records");
    }
    assertState(whole, allowed, "the run that was not killed", List.of("plan and records"));

    List<String> states = List.copyOf(allowed.keySet());
    CrashRuns.repeat(
        "ImportCrashTest",
        folder,
        importMillis * 11 / 10,
        CrashRuns.DEFAULT_RUNS,
        (run, delay) -> {
          Path data = copy(template, "run-" + run);
          List<String> committed;
          try (ChildJvm child = child(data, records, "run-" + run)) {
            committed = CrashRuns.killAfter(child, delay, data);
          }
          // A step the child reported committed before it died must have survived it.
          int done = committed.contains("records") ? 2 : committed.contains("plan") ? 1 : 0;
          String outcome =
              assertState(data, allowed, "after it reported " + committed, states.subList(done, 3));
          deleteDatabase(data);
          return outcome;
        });
  }

  private ChildJvm child(Path data, Path records, String name) throws IOException {
    return ChildJvm.start(
        ImportProcess.class, folder.resolve(name + ".err"), data.toString(), records.toString());
  }

  private static void deleteDatabase(Path data) throws IOException {
    Files.deleteIfExists(data.resolve(DatabaseLocation.DEFAULT_DATABASE_NAME + ".mv.db"));
  }

  /**
   * Opens the database a run left and returns the name of the allowed state it is in; fails, naming
   * the run, when it is in none.
   */
  private static String assertState(
      Path data, Map<String, State> allowed, String where, List<String> acceptable) {
    DatabaseState.of(data);
    State found;
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      found = State.of(database);
    }
    for (String name : acceptable) {
      if (allowed.get(name).equals(found)) {
        return name;
      }
    }
    return fail(
        where
            + ": the database is in none of the states "
            + acceptable
            + "; it has versions "
            + found.versions()
            + " and "
            + found.records().size()
            + " records");
  }

  private Path copy(Path template, String name) throws IOException {
    return CrashRuns.copy(template, folder.resolve(name));
  }

  /** What the stores tell about Ban Waen's year: versions, latest plan, records, audit log. */
  private record State(
      List<PlanVersion> versions,
      Optional<StoredPlan> latest,
      YearRecords records,
      List<AuditEntry> log) {

    static State of(Database database) {
      PlanStore plans = database.planStore(Clock.systemUTC());
      return new State(
          plans.versions(ImportProcess.BAN_WAEN, FY2569),
          plans.latest(ImportProcess.BAN_WAEN, FY2569),
          database.recordStore().records(ImportProcess.BAN_WAEN, FY2569),
          new ArrayList<>(database.auditLog().entries(ImportProcess.BAN_WAEN)));
    }
  }
}
