package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.AuditEntry;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanStatus;
import th.km.core.store.StoredPlan;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.planfile.PlanJson;

class DbCopyBackupRestoreTest {

  private static final String SHIPPED = "/th/km/persistence/demo/ban-waen-2569.plan.json";
  private static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  private static final FiscalYear FY2569 = FiscalYear.ofBuddhistYear(2569);
  private static final FiscalYear FY2570 = FiscalYear.ofBuddhistYear(2570);

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private static KmPlan shippedPlan() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(DbCopyBackupRestoreTest.class.getResourceAsStream(SHIPPED))) {
      return PlanJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED);
    }
  }

  private String url(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
  }

  private static Database open(String url) {
    return Database.open(DatabaseLocation.of(url, Optional.empty(), Optional.empty()));
  }

  @Test
  void copyPlanSavesNextYearsFirstDraftFromTheApprovedPlan() throws IOException {
    String db = url("km");
    try (Database database = open(db)) {
      database.planStore(Clock.systemUTC()).saveDraft(shippedPlan());
      database.planStore(Clock.systemUTC()).approve(BAN_WAEN, FY2569, 1);
    }

    Run r = run("db", "copy-plan", "--org", "ban-waen", "--from", "2569", "--db", db);

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("version 1 (approved), to a draft for 2570, version 1"), r.out());
    try (Database database = open(db)) {
      StoredPlan copy =
          database.planStore(Clock.systemUTC()).latest(BAN_WAEN, FY2570).orElseThrow();
      assertEquals(PlanStatus.DRAFT, copy.version().status());
      assertEquals("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", copy.plan().title());
      assertEquals(shippedPlan().goals().size(), copy.plan().goals().size());
      assertEquals(shippedPlan().monitoringIndicators(), copy.plan().monitoringIndicators());
      assertEquals(
          shippedPlan().goals().get(0).activities().get(0).indicators(),
          copy.plan().goals().get(0).activities().get(0).indicators());
      assertTrue(!copy.plan().monitoringIndicators().isEmpty(), "the shipped plan has indicators");
      List<AuditEntry> log = database.auditLog().entries(BAN_WAEN, "plan", "ban-waen/2570/1");
      assertEquals(1, log.size());
      assertTrue(log.get(0).actor().name().startsWith("km-cli"), log.get(0).actor().name());
    }
  }

  @Test
  void copyPlanNeverOverwritesAYearThatHasAPlan() throws IOException {
    String db = url("km");
    try (Database database = open(db)) {
      database.planStore(Clock.systemUTC()).saveDraft(shippedPlan());
    }
    assertEquals(
        0, run("db", "copy-plan", "--org", "ban-waen", "--from", "2569", "--db", db).exit());

    Run again = run("db", "copy-plan", "--org", "ban-waen", "--from", "2569", "--db", db);

    assertEquals(2, again.exit());
    assertTrue(again.err().contains("already has a plan for fiscal year B.E. 2570"), again.err());
    assertTrue(again.err().contains("มีแผนปีงบประมาณ พ.ศ. 2570 อยู่แล้ว"), again.err());
  }

  @Test
  void copyPlanOfAnUnknownOrganizationOrYearSaysSo() {
    String db = url("km");

    Run unknown = run("db", "copy-plan", "--org", "nong-khwai", "--from", "2569", "--db", db);
    Run badYear = run("db", "copy-plan", "--org", "ban-waen", "--from", "69", "--db", db);

    assertEquals(2, unknown.exit());
    assertTrue(
        unknown.err().contains("no plan of nong-khwai for fiscal year B.E. 2569"), unknown.err());
    assertEquals(2, badYear.exit());
    assertTrue(badYear.err().contains("fiscal year '69'"), badYear.err());
  }

  @Test
  void aBackupThatCannotBeWrittenSaysSoInBothLanguagesWithoutTheTemporaryFile() {
    Run backup = run("db", "backup", "/proc/km.sql.gz", "--db", url("source"));
    assertEquals(3, backup.exit(), backup.err());
    assertTrue(backup.err().contains("cannot write the backup file /proc/km.sql.gz"), backup.err());
    assertTrue(backup.err().contains("เขียนไฟล์สำรองข้อมูล /proc/km.sql.gz ไม่ได้"), backup.err());
    assertFalse(backup.err().contains(".part"), backup.err());
  }

  @Test
  void backupThenRestoreIntoAnEmptyDatabaseAndNeverIntoAFullOne() throws IOException {
    String source = url("source");
    try (Database database = open(source)) {
      database.planStore(Clock.systemUTC()).saveDraft(shippedPlan());
    }
    Path file = dir.resolve("backups/km.sql.gz");

    Run backup = run("db", "backup", file.toString(), "--db", source);
    Run restore = run("db", "restore", file.toString(), "--db", url("target"));
    Run again = run("db", "restore", file.toString(), "--db", url("target"));

    assertEquals(0, backup.exit(), backup.err());
    assertTrue(Files.size(file) > 0);
    assertTrue(backup.out().contains("1 organizations, 1 plan versions"), backup.out());
    assertEquals(0, restore.exit(), restore.err());
    try (Database database = open(url("target"))) {
      assertEquals(
          shippedPlan(),
          database.planStore(Clock.systemUTC()).latest(BAN_WAEN, FY2569).orElseThrow().plan());
    }
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("is not empty (1 organizations, 1 plan versions"), again.err());
    assertTrue(again.err().contains("มีข้อมูลอยู่แล้ว"), again.err());
  }

  @Test
  void aFileThatIsNotABackupIsRefusedWithExit2() throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, "{}", StandardCharsets.UTF_8);

    Run r = run("db", "restore", file.toString(), "--db", url("target"));

    assertEquals(2, r.exit());
    assertTrue(r.err().contains("is not a km backup"), r.err());
  }

  @Test
  void postgresqlIsBackedUpAndRestoredWithItsOwnTools() {
    String pg = "jdbc:postgresql://localhost:1/km";

    Run backup = run("db", "backup", dir.resolve("x").toString(), "--db", pg);
    Run restore = run("db", "restore", dir.resolve("x").toString(), "--db", pg);

    assertEquals(2, backup.exit());
    assertTrue(backup.err().contains("pg_dump"), backup.err());
    assertEquals(2, restore.exit());
    assertTrue(restore.err().contains("pg_restore"), restore.err());
  }
}
