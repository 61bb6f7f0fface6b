package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.persistence.jooq.Tables.ACCESS_EVENT;
import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.RECORD_YEAR_SNAPSHOT;
import static th.km.persistence.jooq.Tables.RECORD_YEAR_VERSION;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.persistence.jooq.tables.records.RecordYearSnapshotRecord;
import th.km.persistence.national.NationalDataset;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * The stored snapshot of a year's records: the bulk path stores one per organization that equals
 * the records read back from the rows; the batch reads it while no write came since, and the rows
 * when one did, when it is of another codec or unreadable, then stores it again; and a database
 * opened read-only still gives the batch its records.
 */
class RecordYearSnapshotsTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);
  private static final FiscalYear YEAR = NationalDataset.DEFAULT_YEAR;
  private static final long SEED = 2569;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theBulkPathStoresSnapshotsEqualToTheRows(Engine engine, @TempDir Path dir) {
    System.out.println("RecordYearSnapshotsTest seed " + SEED);
    NationalDataset dataset = new NationalDataset(5, SEED, YEAR);
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      for (int i = 0; i < dataset.size(); i++) {
        NationalDataset.Organization o = dataset.draw(i);
        db.bulkImport(CLOCK).importYear(o.plan(), o.records());
      }
      assertEquals(5, db.dsl().fetchCount(RECORD_YEAR_SNAPSHOT));
      int records = 0;
      for (int i = 0; i < dataset.size(); i++) {
        OrganizationCode code = dataset.draw(i).plan().organization().code();
        YearRecords rows = db.recordStore().records(code, YEAR);
        RecordYearSnapshotRecord snapshot = snapshot(db.dsl(), code);
        assertEquals(RecordYearCodec.VERSION, snapshot.getCodec());
        assertEquals(version(db.dsl(), code), snapshot.getRecordsVersion());
        assertEquals(rows, RecordYearCodec.decode(snapshot.getContent()), code.value());
        assertEquals(rows, batch(db, code), code.value());
        records += rows.size();
      }
      assertTrue(records > 1000, "the dataset has records to compare: " + records);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theBatchReadsTheSnapshotOnlyWhileNoWriteCameSince(Engine engine, @TempDir Path dir) {
    NationalDataset.Organization o = new NationalDataset(1, SEED, YEAR).draw(0);
    OrganizationCode code = o.plan().organization().code();
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      db.bulkImport(CLOCK).importYear(o.plan(), o.records());
      DSLContext dsl = db.dsl();
      YearRecords imported = db.recordStore().records(code, YEAR);
      // A row deleted behind km's back, without the bump every write of km makes: the snapshot,
      // still tagged with the current version, is what the batch reads.
      long organization = organizationId(dsl, code);
      String gone = imported.accessEvents().get(0).id();
      dsl.deleteFrom(ACCESS_EVENT)
          .where(ACCESS_EVENT.ORGANIZATION_ID.eq(organization))
          .and(ACCESS_EVENT.RECORD_ID.eq(gone))
          .execute();
      YearRecords rows = db.recordStore().records(code, YEAR);
      assertNotEquals(imported, rows);
      assertEquals(imported, batch(db, code), "a fresh snapshot is read, not the rows");
      // Once the version moves, the rows are read, and stored as the new version's snapshot.
      dsl.transaction(c -> RecordYearVersions.bump(c.dsl(), organization, YEAR));
      assertEquals(rows, batch(db, code));
      assertEquals(version(dsl, code), snapshot(dsl, code).getRecordsVersion());
      assertEquals(rows, RecordYearCodec.decode(snapshot(dsl, code).getContent()));
      // A snapshot of another codec, or one that cannot be decoded, is read as none.
      dsl.update(RECORD_YEAR_SNAPSHOT).set(RECORD_YEAR_SNAPSHOT.CODEC, 999).execute();
      assertEquals(rows, batch(db, code));
      assertEquals(RecordYearCodec.VERSION, snapshot(dsl, code).getCodec(), "stored again");
      dsl.update(RECORD_YEAR_SNAPSHOT)
          .set(RECORD_YEAR_SNAPSHOT.CONTENT, new byte[] {1, 2, 3})
          .execute();
      assertEquals(rows, batch(db, code));
      assertEquals(rows, RecordYearCodec.decode(snapshot(dsl, code).getContent()));
      // No snapshot at all (a database of an older km, a snapshot deleted): the rows.
      dsl.deleteFrom(RECORD_YEAR_SNAPSHOT).execute();
      assertEquals(rows, batch(db, code));
      assertEquals(1, dsl.fetchCount(RECORD_YEAR_SNAPSHOT));
    }
  }

  /**
   * A bulk import into a year written before (its version past 0, a snapshot of its empty year
   * stored by a batch) raises the version, not restarts it, and replaces the old snapshot with
   * its records tagged with the new version: the batch then reads the imported records.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void aBulkImportIntoAYearWrittenBeforeReplacesItsSnapshot(Engine engine, @TempDir Path dir) {
    NationalDataset.Organization o = new NationalDataset(1, SEED, YEAR).draw(0);
    OrganizationCode code = o.plan().organization().code();
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      DSLContext dsl = db.dsl();
      db.planStore(CLOCK).saveDraft(o.plan());
      long organization = organizationId(dsl, code);
      dsl.transaction(c -> RecordYearVersions.bump(c.dsl(), organization, YEAR));
      dsl.transaction(c -> RecordYearVersions.bump(c.dsl(), organization, YEAR));
      assertEquals(0, batch(db, code).size());
      assertEquals(2, snapshot(dsl, code).getRecordsVersion());
      assertInstanceOf(
          BulkImport.Outcome.Imported.class,
          db.bulkImport(CLOCK).importYear(o.plan(), o.records()));
      YearRecords rows = db.recordStore().records(code, YEAR);
      assertEquals(o.records().size(), rows.size());
      assertEquals(3, version(dsl, code));
      assertEquals(3, snapshot(dsl, code).getRecordsVersion());
      assertEquals(rows, RecordYearCodec.decode(snapshot(dsl, code).getContent()));
      assertEquals(rows, batch(db, code));
    }
  }

  @Test
  void aDatabaseOpenedReadOnlyGivesTheBatchItsRecords(@TempDir Path dir) {
    NationalDataset.Organization o = new NationalDataset(1, SEED, YEAR).draw(0);
    OrganizationCode code = o.plan().organization().code();
    DatabaseLocation location = DatabaseLocation.embedded(dir);
    YearRecords rows;
    try (Database db = Database.open(location)) {
      db.bulkImport(CLOCK).importYear(o.plan(), o.records());
      rows = db.recordStore().records(code, YEAR);
      db.dsl().deleteFrom(RECORD_YEAR_SNAPSHOT).execute();
    }
    // H2 opens a file read-only only without AUTO_SERVER, which km's own URL sets.
    String file = location.jdbcUrl().substring(0, location.jdbcUrl().indexOf(';'));
    DatabaseLocation readOnly = DatabaseLocation.of(
        file + ";ACCESS_MODE_DATA=r", location.user(), location.password());
    try (Database db = Database.openForReading(readOnly)) {
      assertEquals(rows, batch(db, code));
      assertEquals(rows, batch(db, code));
      assertEquals(0, db.dsl().fetchCount(RECORD_YEAR_SNAPSHOT));
    }
  }

  /** The organization's records of the year as the batch of {@code km evaluate --all} reads them. */
  static YearRecords batch(Database db, OrganizationCode code) {
    try (BatchYears batch = db.batchYears(List.of(code), YEAR)) {
      Optional<OrganizationYear> year = batch.next();
      return year.orElseThrow().records();
    }
  }

  static RecordYearSnapshotRecord snapshot(DSLContext dsl, OrganizationCode code) {
    return dsl.selectFrom(RECORD_YEAR_SNAPSHOT)
        .where(RECORD_YEAR_SNAPSHOT.ORGANIZATION_ID.eq(organizationId(dsl, code)))
        .and(RECORD_YEAR_SNAPSHOT.FISCAL_YEAR.eq(YEAR.buddhistYear()))
        .fetchSingle();
  }

  /** The version of the organization's year; 0 before its first write. */
  static long version(DSLContext dsl, OrganizationCode code) {
    return dsl.select(RECORD_YEAR_VERSION.VERSION)
        .from(RECORD_YEAR_VERSION)
        .join(ORGANIZATION).on(ORGANIZATION.ID.eq(RECORD_YEAR_VERSION.ORGANIZATION_ID))
        .where(ORGANIZATION.CODE.eq(code.value()))
        .and(RECORD_YEAR_VERSION.FISCAL_YEAR.eq(YEAR.buddhistYear()))
        .fetchOptional(RECORD_YEAR_VERSION.VERSION)
        .orElse(0L);
  }

  static long organizationId(DSLContext dsl, OrganizationCode code) {
    return dsl.select(ORGANIZATION.ID)
        .from(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(code.value()))
        .fetchSingle(ORGANIZATION.ID);
  }
}
