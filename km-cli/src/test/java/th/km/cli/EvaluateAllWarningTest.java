package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.RecordImport;
import th.km.persistence.db.BulkImport;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.national.NationalDataset;

/**
 * {@code km evaluate --all} names on stderr an organization that has records of the year but no
 * plan of it (its plan is of the next year), and only that one, in Thai and English.
 */
class EvaluateAllWarningTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path tmp;

  @Test
  void anOrganizationWithRecordsButNoPlanOfTheYearIsNamed() {
    String url = "jdbc:h2:file:" + tmp.resolve("km");
    NationalDataset thisYear = new NationalDataset(2, 7, FiscalYear.ofBuddhistYear(2569));
    NationalDataset nextYear = new NationalDataset(2, 7, FiscalYear.ofBuddhistYear(2570));
    OrganizationCode planned = thisYear.draw(0).plan().organization().code();
    OrganizationCode unplanned = thisYear.draw(1).plan().organization().code();
    assertEquals(unplanned, nextYear.draw(1).plan().organization().code());
    try (Database db = Database.open(DatabaseLocation.of(url, Optional.empty(), Optional.empty()))) {
      BulkImport bulk = db.bulkImport(CLOCK);
      bulk.importYear(thisYear.draw(0).plan(), thisYear.draw(0).records());
      bulk.importYear(nextYear.draw(1).plan(), nextYear.draw(1).records());
      RecordImport imported = db.recordStore().importRecords(thisYear.draw(1).records());
      assertInstanceOf(RecordImport.Imported.class, imported, imported.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            new String[] {
              "evaluate", "--all", "--year", "2569", "--as-of", "2026-09-30", "--db", url,
              "--format", "csv"
            },
            new PrintWriter(out),
            new PrintWriter(err));

    assertEquals(0, exit, err.toString());
    assertTrue(
        err.toString()
            .contains(
                "km: warning: " + unplanned
                    + " has records of FY 2569 but no plan of that year, so it was not evaluated"),
        err.toString());
    assertTrue(
        err.toString().contains("km: คำเตือน: " + unplanned + " มีบันทึกของปีงบประมาณ 2569"),
        err.toString());
    assertFalse(err.toString().contains(planned + " has records of FY"), err.toString());
    assertTrue(out.toString().contains(planned.value()), "the planned one is evaluated");
    assertFalse(out.toString().contains(unplanned.value()), "the other is not");
  }
}
