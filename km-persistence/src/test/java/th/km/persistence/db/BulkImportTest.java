package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordImport;
import th.km.persistence.national.NationalDataset;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * The bulk path on both engines: every record of a generated organization is stored and reads back
 * equal, a rerun skips it, an organization whose plan got in but not its records is finished, and a
 * year already holding records is refused, not doubled.
 */
class BulkImportTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(Engine.class)
  void storesEveryRecordAndARerunSkipsIt(Engine engine, @TempDir Path dir) {
    NationalDataset dataset = new NationalDataset(3, 11, NationalDataset.DEFAULT_YEAR);
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      BulkImport bulk = db.bulkImport(CLOCK);
      for (int i = 0; i < dataset.size(); i++) {
        NationalDataset.Organization o = dataset.draw(i);
        BulkImport.Outcome outcome = bulk.importYear(o.plan(), o.records());
        assertEquals(new BulkImport.Outcome.Imported(o.plan().organization().code(), o.records().size()), outcome);
        YearRecords stored = db.recordStore().records(o.plan().organization().code(), o.plan().fiscalYear());
        assertEquals(o.records(), stored, "the records read back equal the records imported");
        assertEquals(o.plan(), db.planStore(CLOCK).latest(o.plan().organization().code(), o.plan().fiscalYear()).orElseThrow().plan());
        assertTrue(bulk.complete(o.plan().organization().code(), o.plan().fiscalYear()));
      }
      NationalDataset.Organization first = dataset.draw(0);
      assertEquals(
          new BulkImport.Outcome.AlreadyImported(first.plan().organization().code()),
          bulk.importYear(first.plan(), first.records()));
      Map<RecordKind, Integer> counts = db.recordStore().counts(first.plan().organization().code(), first.plan().fiscalYear());
      assertEquals(first.records().size(), counts.values().stream().mapToInt(Integer::intValue).sum(), "nothing doubled");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anOrganizationCutOffAfterItsPlanIsFinishedByTheRerun(Engine engine, @TempDir Path dir) {
    NationalDataset.Organization o = new NationalDataset(2, 3, NationalDataset.DEFAULT_YEAR).draw(1);
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      db.planStore(CLOCK).saveDraft(o.plan());
      BulkImport bulk = db.bulkImport(CLOCK);
      assertFalse(bulk.complete(o.plan().organization().code(), o.plan().fiscalYear()));
      assertInstanceOf(BulkImport.Outcome.Imported.class, bulk.importYear(o.plan(), o.records()));
      assertEquals(1, db.planStore(CLOCK).versions(o.plan().organization().code(), o.plan().fiscalYear()).size(), "the plan is not saved twice");
      assertEquals(o.records(), db.recordStore().records(o.plan().organization().code(), o.plan().fiscalYear()));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aYearThatAlreadyHoldsRecordsIsRefusedWhole(Engine engine, @TempDir Path dir) {
    NationalDataset.Organization o = new NationalDataset(2, 3, NationalDataset.DEFAULT_YEAR).draw(0);
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      db.planStore(CLOCK).saveDraft(o.plan());
      YearRecords some =
          YearRecords.builder().organization(o.records().organization()).fiscalYear(o.records().fiscalYear())
              .addStaff(o.records().staff().get(0)).build();
      assertInstanceOf(RecordImport.Imported.class, db.recordStore().importRecords(some));
      BulkImport.Outcome outcome = db.bulkImport(CLOCK).importYear(o.plan(), o.records());
      assertEquals(new BulkImport.Outcome.HasRecords(o.plan().organization().code(), 1), outcome);
      assertEquals(some, db.recordStore().records(o.plan().organization().code(), o.plan().fiscalYear()));
    }
  }

  /**
   * A year whose plan was stored already writes only the records, which go around jOOQ: the import
   * still counts as a write, so that H2 writes the organization to the file at the checkpoint after
   * its commit, before it is reported imported.
   */
  @Test
  void recordsUnderAPlanStoredBeforeCountAsAWriteSoThatH2StoresThem(@TempDir Path dir) {
    NationalDataset dataset = new NationalDataset(2, 3, NationalDataset.DEFAULT_YEAR);
    try (Database db = Database.open(TestDatabases.empty(Engine.H2, dir, POSTGRES));
        BulkImport bulk = db.bulkImport(CLOCK)) {
      for (int i = 0; i < dataset.size(); i++) {
        db.planStore(CLOCK).saveDraft(dataset.draw(i).plan());
      }
      for (int i = 0; i < dataset.size(); i++) {
        NationalDataset.Organization o = dataset.draw(i);
        long before = db.writes().current();
        assertInstanceOf(BulkImport.Outcome.Imported.class, bulk.importYear(o.plan(), o.records()));
        assertTrue(db.writes().current() > before, "organization " + i + " counted as a write");
      }
    }
  }
}
