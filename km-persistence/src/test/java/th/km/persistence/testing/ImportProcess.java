package th.km.persistence.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import th.km.core.audit.Actor;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.RecordImport;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.transfer.FolderTransfer;
import th.km.persistence.transfer.PlanImport;
import th.km.persistence.transfer.RecordsImport;

/**
 * The import the crash test kills: a new version of Ban Waen's plan, then the demo year's records
 * folder, into the H2 database of a data folder, through {@link FolderTransfer} as {@code km db
 * import-plan} and {@code import-records} do. Run as the main class of a child JVM, it prints
 * {@code opened} once the database is open, then {@code plan} and {@code records} after each import
 * is committed.
 */
public final class ImportProcess {

  /** The time every write of the import is stamped with, so that its results are reproducible. */
  public static final Instant AT = Instant.parse("2026-04-01T03:00:00Z");

  public static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");

  private ImportProcess() {}

  /** The plan version the import saves: the shipped plan, edited. */
  public static KmPlan plan() {
    return SamplePlans.edited(DemoYear.shippedPlan());
  }

  /** What the database holds before the import: the shipped plan as version 1. */
  public static void prepare(Database database) {
    database
        .planStore(Clock.fixed(AT, ZoneOffset.UTC), Actor.of("setup"))
        .saveDraft(DemoYear.shippedPlan());
  }

  /** The import's first step, one transaction. */
  public static void importPlan(FolderTransfer transfer, KmPlan plan) {
    if (!(transfer.importPlan(plan) instanceof PlanImport.Saved)) {
      throw new IllegalStateException("the plan was not saved");
    }
  }

  /** The import's second step, one transaction. */
  public static void importRecords(FolderTransfer transfer, Path records) {
    if (!(transfer.importRecords(BAN_WAEN, records) instanceof RecordsImport.Read read)
        || !(read.result() instanceof RecordImport.Imported)) {
      throw new IllegalStateException("the records were not imported");
    }
  }

  /** The transfer on a database, writing at {@link #AT} as the importer. */
  public static FolderTransfer transfer(Database database) {
    return new FolderTransfer(
        database.planStore(Clock.fixed(AT, ZoneOffset.UTC), Actor.of("importer")),
        database.recordStore(Clock.fixed(AT, ZoneOffset.UTC), Actor.of("importer")));
  }

  /** Arguments: the data folder of the database, the records folder. */
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    Path records = Path.of(args[1]);
    KmPlan plan = plan();
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      FolderTransfer transfer = transfer(database);
      System.out.println("opened");
      System.out.flush();
      importPlan(transfer, plan);
      System.out.println("plan");
      System.out.flush();
      importRecords(transfer, records);
      System.out.println("records");
      System.out.flush();
    }
  }
}
