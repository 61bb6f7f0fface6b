package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.national.NationalDataset;

/**
 * An H2 bulk import stores the file at each organization's checkpoint rather than at every commit
 * inside it while it runs, and gives the database back with every commit stored again once closed.
 */
class StoreAtCheckpointsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void theWriteDelayIsRaisedWhileTheImportRunsAndPutBackWhenItCloses(@TempDir Path dir) {
    NationalDataset dataset = new NationalDataset(2, 5, NationalDataset.DEFAULT_YEAR);
    try (Database db = Database.open(DatabaseLocation.embedded(dir))) {
      // Two pooled connections opened beforehand: H2 applies its URL's WRITE_DELAY=0 again on
      // every connection it opens, so that this test reads on one it need not open meanwhile.
      db.dsl().connection(one -> db.dsl().connection(two -> {}));
      assertEquals("0", writeDelay(db), "km's URL stores every commit");
      try (BulkImport bulk = db.bulkImport(CLOCK)) {
        for (int i = 0; i < dataset.size(); i++) {
          NationalDataset.Organization o = dataset.draw(i);
          assertInstanceOf(BulkImport.Outcome.Imported.class, bulk.importYear(o.plan(), o.records()));
          assertTrue(bulk.complete(o.plan().organization().code(), o.plan().fiscalYear()));
        }
        assertEquals("1000", writeDelay(db), "stored at each organization's checkpoint meanwhile");
      }
      assertEquals("0", writeDelay(db), "every commit stored again after the import");
    }
  }

  private static String writeDelay(Database db) {
    return db.dsl()
        .fetchValue(
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"
                + " FETCH FIRST ROW ONLY")
        .toString();
  }
}
