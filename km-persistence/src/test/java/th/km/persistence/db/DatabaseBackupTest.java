package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditEntry;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;
import th.km.core.store.RecordImport;
import th.km.core.store.StoredPlan;
import th.km.persistence.PersistenceException;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.DatabaseBackup.BackupSummary;
import th.km.persistence.db.DatabaseBackup.RestoreResult;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.testing.ChildJvm;
import th.km.persistence.testing.MutableClock;
import th.km.persistence.testing.PlanWriterProcess;
import th.km.persistence.testing.SamplePlans;

/** Backups of the embedded database restore into an empty one as they were, and only there. */
class DatabaseBackupTest {

  private static final Instant START = Instant.parse("2026-03-06T02:30:00.123456Z");
  private static final OrganizationCode NONG_KHWAI = OrganizationCode.of("nong-khwai");

  @TempDir Path folder;

  private final MutableClock clock = new MutableClock(START);

  @Test
  void aRestoredBackupHoldsEveryPlanVersionAndTheAuditLogAsTheyWere() {
    Path backup = folder.resolve("backups/km.sql.gz");
    Snapshot before;
    BackupSummary summary;
    try (Database original = Database.open(DatabaseLocation.embedded(folder.resolve("a")))) {
      fill(original);
      before = Snapshot.of(original);
      summary = DatabaseBackup.backup(original, backup);
    }
    assertEquals(2, summary.rows("organization"));
    assertEquals(4, summary.rows("plan"));
    assertTrue(summary.bytes() > 0);

    DatabaseLocation empty = DatabaseLocation.embedded(folder.resolve("b"));
    RestoreResult result = DatabaseBackup.restore(empty, backup);

    RestoreResult.Restored restored = assertInstanceOf(RestoreResult.Restored.class, result);
    assertEquals(summary.rows(), restored.rows());
    try (Database copy = Database.open(empty)) {
      assertEquals(before, Snapshot.of(copy));
      // The identity counters came along: new rows do not collide with restored ones.
      clock.advance(Duration.ofHours(1));
      PlanVersion next = copy.planStore(clock).saveDraft(SamplePlans.banWaen());
      assertEquals(4, next.number());
    }
  }

  @Test
  void theShippedYearEvaluatesTheSameAfterBackupAndRestore() {
    KmPlan plan = DemoYear.shippedPlan();
    YearRecords records = DemoYear.generate(plan);
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    Path backup = folder.resolve("km.sql.gz");
    Evaluation before;
    try (Database original = Database.open(DatabaseLocation.embedded(folder.resolve("a")))) {
      original.planStore(clock).saveDraft(plan);
      assertInstanceOf(RecordImport.Imported.class, original.recordStore().importRecords(records));
      before = evaluate(original, asOf);
      DatabaseBackup.backup(original, backup);
    }
    assertFalse(before.results().isEmpty());

    DatabaseLocation empty = DatabaseLocation.embedded(folder.resolve("b"));
    assertInstanceOf(RestoreResult.Restored.class, DatabaseBackup.restore(empty, backup));

    try (Database restored = Database.open(empty)) {
      assertEquals(before, evaluate(restored, asOf));
    }
  }

  private Evaluation evaluate(Database database, LocalDate asOf) {
    KmPlan plan =
        database
            .planStore(clock)
            .latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569)
            .orElseThrow()
            .plan();
    YearRecords records = database.recordStore().records(SamplePlans.BAN_WAEN, SamplePlans.FY2569);
    return Evaluator.evaluate(plan, records, asOf, HolidayFiles.shipped());
  }

  @Test
  void aDatabaseThatKmHasOnlyMigratedCountsAsEmpty() {
    Path backup = folder.resolve("km.sql.gz");
    try (Database original = Database.open(DatabaseLocation.embedded(folder.resolve("a")))) {
      fill(original);
      DatabaseBackup.backup(original, backup);
    }
    DatabaseLocation migrated = DatabaseLocation.embedded(folder.resolve("b"));
    Database.open(migrated).close();

    assertInstanceOf(RestoreResult.Restored.class, DatabaseBackup.restore(migrated, backup));
  }

  @Test
  void aDatabaseWithDataIsRefusedAndLeftAsItWas() {
    Path backup = folder.resolve("km.sql.gz");
    DatabaseLocation location = DatabaseLocation.embedded(folder.resolve("a"));
    Snapshot before;
    try (Database original = Database.open(location)) {
      fill(original);
      DatabaseBackup.backup(original, backup);
      original.planStore(clock).saveDraft(SamplePlans.other("nong-waen", "หนองแหวน"));
      before = Snapshot.of(original);
    }

    RestoreResult result = DatabaseBackup.restore(location, backup);

    RestoreResult.NotEmpty refused = assertInstanceOf(RestoreResult.NotEmpty.class, result);
    assertEquals(3L, refused.rows().get("organization"));
    try (Database same = Database.open(location)) {
      assertEquals(before, Snapshot.of(same));
    }
  }

  @Test
  void aFileThatIsNotAKmBackupIsRefusedAndTheDatabaseStaysEmpty() throws IOException {
    Path text = folder.resolve("notes.txt");
    Files.writeString(text, "CREATE TABLE evil (x INT);\n", StandardCharsets.UTF_8);
    Path foreign = folder.resolve("foreign.sql.gz");
    writeGzip(foreign, "CREATE TABLE evil (x INT);\n");
    DatabaseLocation location = DatabaseLocation.embedded(folder.resolve("b"));

    for (Path file : List.of(text, foreign, folder.resolve("missing.sql.gz"))) {
      RestoreResult result = DatabaseBackup.restore(location, file);

      RestoreResult.NotABackup refused = assertInstanceOf(RestoreResult.NotABackup.class, result);
      assertTrue(refused.reasonEn().contains(file.toString()), refused.reasonEn());
    }
    try (Database database = Database.open(location)) {
      assertEquals(List.of(), database.planStore(clock).organizations());
    }
  }

  @Test
  void aBackupDamagedHalfWayRestoresNothing() throws IOException {
    Path backup = folder.resolve("km.sql.gz");
    try (Database original = Database.open(DatabaseLocation.embedded(folder.resolve("a")))) {
      fill(original);
      DatabaseBackup.backup(original, backup);
    }
    List<String> lines = new ArrayList<>(readGzip(backup));
    int middle = lines.size() / 2;
    lines.add(middle, "INSERT INTO no_such_table VALUES (1);");
    Path damaged = folder.resolve("damaged.sql.gz");
    writeGzip(damaged, String.join("\n", lines));
    DatabaseLocation location = DatabaseLocation.embedded(folder.resolve("b"));

    RestoreResult result = DatabaseBackup.restore(location, damaged);

    assertInstanceOf(RestoreResult.NotABackup.class, result);
    try (Database database = Database.open(location)) {
      assertEquals(List.of(), database.planStore(clock).organizations());
    }
    assertInstanceOf(RestoreResult.Restored.class, DatabaseBackup.restore(location, backup));
  }

  @Test
  void aRestoreKilledHalfWayIsRefusedOnOpeningAndRunsAgain() throws SQLException {
    Path backup = folder.resolve("km.sql.gz");
    try (Database original = Database.open(DatabaseLocation.embedded(folder.resolve("a")))) {
      fill(original);
      DatabaseBackup.backup(original, backup);
    }
    DatabaseLocation location = DatabaseLocation.embedded(folder.resolve("b"));
    // What a restore killed after its first statements leaves: its marker and part of the data.
    Database.Connected raw = Database.connect(location);
    try (Connection c = raw.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE KM_RESTORE_INCOMPLETE (started BOOLEAN)");
      s.execute("CREATE TABLE organization (id BIGINT)");
      s.execute("INSERT INTO organization VALUES (1)");
    } finally {
      raw.release().run();
    }

    PersistenceException refused =
        assertThrows(PersistenceException.class, () -> Database.open(location).close());
    assertTrue(refused.getMessage().contains("./km db restore"), refused.getMessage());

    assertInstanceOf(RestoreResult.Restored.class, DatabaseBackup.restore(location, backup));
    try (Database database = Database.open(location)) {
      assertEquals(2, database.planStore(clock).organizations().size());
    }
  }

  @Test
  void aBackupWhileAnotherProcessWritesThroughAutoServerHoldsWholeSavesOnly() throws Exception {
    Path data = folder.resolve("live");
    List<Path> backups = new ArrayList<>();
    try (ChildJvm writer =
        ChildJvm.start(PlanWriterProcess.class, folder.resolve("writer.err"), data.toString())) {
      writer.awaitLine("ready", Duration.ofSeconds(60));
      writer.awaitLine("saved 3", Duration.ofSeconds(60));
      // This process connects to the writer's database through the server AUTO_SERVER started.
      try (Database live = Database.open(DatabaseLocation.embedded(data))) {
        for (int i = 0; i < 5; i++) {
          Path backup = folder.resolve("live-" + i + ".sql.gz");
          DatabaseBackup.backup(live, backup);
          backups.add(backup);
        }
      }
      int saves = Integer.parseInt(writer.awaitLine("saved", Duration.ofSeconds(60)).substring(6));
      assertTrue(saves > 3, "the writer stopped writing" + writer.stderr());
    }

    List<Integer> versions = new ArrayList<>();
    for (Path backup : backups) {
      DatabaseLocation copy = DatabaseLocation.embedded(folder.resolve("copy-" + versions.size()));
      assertInstanceOf(RestoreResult.Restored.class, DatabaseBackup.restore(copy, backup));
      try (Database database = Database.open(copy)) {
        versions.add(assertWholeSaves(database, backup));
      }
    }
    assertTrue(
        versions.stream().distinct().count() > 1 || versions.get(0) > 3,
        "the backups saw no writes: " + versions);
  }

  /**
   * Checks that every version in the database is complete, with its audit entries and its
   * organization's name, and returns the number of versions.
   */
  private int assertWholeSaves(Database database, Path backup) {
    PlanStore store = database.planStore(clock);
    List<PlanVersion> versions = store.versions(SamplePlans.BAN_WAEN, SamplePlans.FY2569);
    int n = versions.size();
    String where = backup + " holds " + n + " versions";
    assertTrue(n >= 3, where);
    for (int i = 0; i < n; i++) {
      assertEquals(i + 1, versions.get(i).number(), where);
      assertEquals(i < n - 1, versions.get(i).locked(), where);
    }
    StoredPlan latest = store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow();
    assertEquals("บ้านแหวน " + n, latest.plan().organization().name(), where);
    assertEquals(
        "บ้านแหวน " + n, store.organizations().get(0).name(), where + ": organization row torn");
    KmPlan expectedContent =
        KmPlan.builder()
            .from(SamplePlans.banWaen())
            .organization(latest.plan().organization())
            .build();
    assertEquals(expectedContent, latest.plan(), where + ": content torn");
    List<AuditEntry> log = database.auditLog().entries(SamplePlans.BAN_WAEN);
    assertEquals(n, count(log, "plan.save-draft"), where);
    assertEquals(n - 1, count(log, "plan.supersede"), where);
    assertEquals(n - 1, count(log, "organization.update"), where);
    return n;
  }

  private static long count(List<AuditEntry> log, String action) {
    return log.stream().filter(e -> e.action().equals(action)).count();
  }

  /** Two organizations, four versions, one approval, audit entries by two people. */
  private void fill(Database database) {
    PlanStore somchai = database.planStore(clock, Actor.of("somchai"));
    somchai.saveDraft(SamplePlans.banWaen());
    clock.advance(Duration.ofMinutes(5));
    somchai.saveDraft(SamplePlans.edited(SamplePlans.banWaen()));
    clock.advance(Duration.ofMinutes(5));
    database
        .planStore(clock, Actor.of("malai"))
        .approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 2);
    clock.advance(Duration.ofMinutes(5));
    somchai.saveDraft(SamplePlans.banWaen());
    somchai.saveDraft(SamplePlans.other(NONG_KHWAI.value(), "หนองควาย"));
  }

  /** Everything the stores can tell about a database's contents. */
  private record Snapshot(
      List<?> organizations,
      Map<OrganizationCode, List<PlanVersion>> versions,
      Map<OrganizationCode, List<StoredPlan>> latest,
      Map<OrganizationCode, List<AuditEntry>> log) {

    static Snapshot of(Database database) {
      PlanStore store = database.planStore(java.time.Clock.systemUTC());
      List<OrganizationCode> codes = List.of(SamplePlans.BAN_WAEN, NONG_KHWAI);
      Map<OrganizationCode, List<PlanVersion>> versions = new java.util.HashMap<>();
      Map<OrganizationCode, List<StoredPlan>> latest = new java.util.HashMap<>();
      Map<OrganizationCode, List<AuditEntry>> log = new java.util.HashMap<>();
      for (OrganizationCode code : codes) {
        versions.put(code, store.versions(code, SamplePlans.FY2569));
        latest.put(code, store.latest(code, SamplePlans.FY2569).stream().toList());
        log.put(code, database.auditLog().entries(code));
      }
      assertFalse(log.get(SamplePlans.BAN_WAEN).isEmpty(), "the audit log is empty");
      return new Snapshot(store.organizations(), versions, latest, log);
    }
  }

  private static void writeGzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static List<String> readGzip(Path file) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
