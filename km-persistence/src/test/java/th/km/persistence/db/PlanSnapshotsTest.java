package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.PLAN;
import static th.km.persistence.jooq.Tables.PLAN_SNAPSHOT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanStore;
import th.km.core.store.StoredPlan;
import th.km.core.testing.IndicatorGenerator;
import th.km.core.testing.PlanGenerator;
import th.km.persistence.jooq.tables.records.PlanRecord;
import th.km.persistence.jooq.tables.records.PlanSnapshotRecord;
import th.km.persistence.national.NationalDataset;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.SamplePlans;

/**
 * The stored snapshot of a plan version: the batch stores one per plan version it reads from the
 * rows and then reads it, and what it stores gives back the plan read from the rows, for the
 * reference plan, the generated plans of {@code km generate} and random plans; one of another
 * codec, corrupted, cut short or of another plan is read as none, the rows are read and it is
 * replaced; a later version or an approval leaves an older version's snapshot equal to its rows;
 * and a database opened read-only still gives the batch its plans.
 */
class PlanSnapshotsTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);
  private static final FiscalYear YEAR = NationalDataset.DEFAULT_YEAR;
  private static final long DATASET_SEED = 2569;
  private static final int RANDOM_PLANS = 60;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void storedSnapshotsReadBackIntoThePlansReadFromTheRows(Engine engine, @TempDir Path dir) {
    long seed = new Random().nextLong();
    System.out.println("PlanSnapshotsTest seed " + seed + "L, dataset seed " + DATASET_SEED);
    Random random = new Random(seed);
    List<KmPlan> plans = new ArrayList<>();
    plans.add(SamplePlans.banWaen());
    NationalDataset dataset = new NationalDataset(12, DATASET_SEED, YEAR);
    for (int i = 0; i < dataset.size(); i++) {
      plans.add(dataset.draw(i).plan());
    }
    for (int i = 0; i < RANDOM_PLANS; i++) {
      plans.add(IndicatorGenerator.withIndicators(random, PlanGenerator.plan(random)));
    }
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      PlanStore store = db.planStore(CLOCK);
      for (KmPlan plan : plans) {
        store.saveDraft(plan);
        OrganizationCode code = plan.organization().code();
        StoredPlan rows = store.latest(code, plan.fiscalYear()).orElseThrow();
        assertEquals(plan, rows.plan(), "the plan store reads back what it saved: seed " + seed);
        // The first read takes the rows and stores them; the second takes the snapshot.
        assertEquals(List.of(0, 1), fromSnapshots(db, code, plan.fiscalYear(), rows, 2), code.value());
        PlanSnapshotRecord snapshot = snapshot(db.dsl(), code, plan.fiscalYear());
        assertEquals(PlanRowsCodec.VERSION, snapshot.getCodec());
        assertEquals(rows.plan(), decoded(db, snapshot), code.value() + ", seed " + seed);
      }
      assertEquals(plans.size(), db.dsl().fetchCount(PLAN_SNAPSHOT));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theBatchReadsAUsableSnapshotAndTheRowsInsteadOfAnyOther(Engine engine, @TempDir Path dir) {
    KmPlan plan = SamplePlans.banWaen();
    OrganizationCode code = plan.organization().code();
    KmPlan other = SamplePlans.other("mae-rim", "เทศบาลตำบลแม่ริม");
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      db.planStore(CLOCK).saveDraft(plan);
      db.planStore(CLOCK).saveDraft(other);
      StoredPlan rows = db.planStore(CLOCK).latest(code, YEAR).orElseThrow();
      StoredPlan otherRows =
          db.planStore(CLOCK).latest(other.organization().code(), YEAR).orElseThrow();
      assertEquals(List.of(0, 1), fromSnapshots(db, code, YEAR, rows, 2));
      assertEquals(
          List.of(0, 1), fromSnapshots(db, other.organization().code(), YEAR, otherRows, 2));
      DSLContext dsl = db.dsl();
      byte[] good = snapshot(dsl, code, YEAR).getContent();
      // One byte changed: the checksum refuses it; the rows are read, and stored again.
      byte[] corrupt = good.clone();
      corrupt[corrupt.length / 2] ^= 0x01;
      setContent(dsl, code, corrupt);
      assertEquals(List.of(0, 1), fromSnapshots(db, code, YEAR, rows, 2), "corrupted");
      assertArrayEquals(good, snapshot(dsl, code, YEAR).getContent());
      // Cut short; of another codec; another organization's plan's: the same.
      setContent(dsl, code, new byte[] {1, 2, 3});
      assertEquals(List.of(0, 1), fromSnapshots(db, code, YEAR, rows, 2), "cut short");
      dsl.update(PLAN_SNAPSHOT).set(PLAN_SNAPSHOT.CODEC, 999).execute();
      assertEquals(List.of(0, 1), fromSnapshots(db, code, YEAR, rows, 2), "another codec");
      assertEquals(PlanRowsCodec.VERSION, snapshot(dsl, code, YEAR).getCodec(), "stored again");
      setContent(dsl, code, snapshot(dsl, other.organization().code(), YEAR).getContent());
      assertEquals(List.of(0, 1), fromSnapshots(db, code, YEAR, rows, 2), "another plan's");
      assertArrayEquals(good, snapshot(dsl, code, YEAR).getContent());
      // None at all (a database of an older km, snapshots deleted): the rows, stored again.
      dsl.deleteFrom(PLAN_SNAPSHOT).execute();
      assertEquals(List.of(0, 1), fromSnapshots(db, code, YEAR, rows, 2), "none");
      assertEquals(1, dsl.fetchCount(PLAN_SNAPSHOT));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void laterVersionsAndApprovalsLeaveAVersionsSnapshotEqualToItsRows(
      Engine engine, @TempDir Path dir) {
    KmPlan first = SamplePlans.banWaen();
    KmPlan second = SamplePlans.edited(first);
    OrganizationCode code = first.organization().code();
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      PlanStore store = db.planStore(CLOCK);
      store.saveDraft(first);
      StoredPlan draft = store.latest(code, YEAR).orElseThrow();
      assertEquals(List.of(0, 1), fromSnapshots(db, code, YEAR, draft, 2));
      store.approve(code, YEAR, 1);
      StoredPlan approved = store.latest(code, YEAR).orElseThrow();
      assertNotEquals(draft.version(), approved.version());
      // From the snapshot, with the version's new status and lock from its row.
      assertEquals(List.of(1), fromSnapshots(db, code, YEAR, approved, 1), "approved");
      store.saveDraft(second);
      StoredPlan latest = store.latest(code, YEAR).orElseThrow();
      assertEquals(2, latest.version().number());
      assertEquals(second, latest.plan());
      assertEquals(List.of(0, 1), fromSnapshots(db, code, YEAR, latest, 2), "version 2");
      // Version 1, superseded and locked: its snapshot still holds what its rows hold.
      PlanRecord one = db.dsl().selectFrom(PLAN).where(PLAN.PLAN_VERSION.eq(1)).fetchSingle();
      PlanSnapshotRecord snapshot =
          db.dsl().selectFrom(PLAN_SNAPSHOT).where(PLAN_SNAPSHOT.PLAN_ID.eq(one.getId())).fetchSingle();
      assertEquals(store.version(code, YEAR, 1).orElseThrow().plan(), decoded(db, snapshot));
      assertEquals(first, decoded(db, snapshot));
      assertEquals(2, db.dsl().fetchCount(PLAN_SNAPSHOT));
    }
  }

  @Test
  void aDatabaseOpenedReadOnlyGivesTheBatchItsPlans(@TempDir Path dir) {
    KmPlan plan = SamplePlans.banWaen();
    OrganizationCode code = plan.organization().code();
    DatabaseLocation location = DatabaseLocation.embedded(dir);
    StoredPlan rows;
    try (Database db = Database.open(location)) {
      db.planStore(CLOCK).saveDraft(plan);
      rows = db.planStore(CLOCK).latest(code, YEAR).orElseThrow();
    }
    // H2 opens a file read-only only without AUTO_SERVER, which km's own URL sets.
    String file = location.jdbcUrl().substring(0, location.jdbcUrl().indexOf(';'));
    DatabaseLocation readOnly =
        DatabaseLocation.of(file + ";ACCESS_MODE_DATA=r", location.user(), location.password());
    try (Database db = Database.openForReading(readOnly)) {
      assertEquals(Optional.of(rows), batch(db, code, YEAR));
      assertEquals(Optional.of(rows), batch(db, code, YEAR));
      assertEquals(0, db.dsl().fetchCount(PLAN_SNAPSHOT));
    }
  }

  /** The organization's latest plan of the year as the batch of {@code km evaluate --all} reads it. */
  private static Optional<StoredPlan> batch(Database db, OrganizationCode code, FiscalYear year) {
    try (BatchPlanReads plans = db.batchPlans()) {
      return plans.latest(code, year);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Reads the organization's latest plan {@code times} through one batch reader, each read equal
   * to {@code expected}; after each, how many of them came from the snapshot.
   */
  private static List<Integer> fromSnapshots(
      Database db, OrganizationCode code, FiscalYear year, StoredPlan expected, int times) {
    List<Integer> counts = new ArrayList<>();
    try (BatchPlanReads plans = db.batchPlans()) {
      for (int i = 0; i < times; i++) {
        assertEquals(Optional.of(expected), plans.latest(code, year), code.value() + " read " + i);
        counts.add(plans.fromSnapshots());
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    return counts;
  }

  /** The plan a stored snapshot gives the batch; fails when it gives none. */
  private static KmPlan decoded(Database db, PlanSnapshotRecord snapshot) {
    PlanRecord row =
        db.dsl().selectFrom(PLAN).where(PLAN.ID.eq(snapshot.getPlanId())).fetchSingle();
    String code =
        db.dsl()
            .select(ORGANIZATION.CODE)
            .from(ORGANIZATION)
            .where(ORGANIZATION.ID.eq(row.getOrganizationId()))
            .fetchSingle()
            .value1();
    try (BatchPlanReads plans = db.batchPlans()) {
      KmPlan plan =
          plans.fromSnapshot(
              snapshot.getContent(),
              row.getId(),
              row.getOrganizationId(),
              PlanContentRows.head(StoredRow.of(row), OrganizationCode.of(code)));
      if (plan == null) {
        throw new AssertionError("the snapshot of plan row " + row.getId() + " gives no plan");
      }
      return plan;
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** The snapshot of the organization's latest plan version of the year. */
  private static PlanSnapshotRecord snapshot(DSLContext dsl, OrganizationCode code, FiscalYear year) {
    return dsl.selectFrom(PLAN_SNAPSHOT)
        .where(PLAN_SNAPSHOT.PLAN_ID.eq(latestPlanId(dsl, code, year)))
        .fetchSingle();
  }

  private static void setContent(DSLContext dsl, OrganizationCode code, byte[] content) {
    int updated =
        dsl.update(PLAN_SNAPSHOT)
            .set(PLAN_SNAPSHOT.CONTENT, content)
            .where(PLAN_SNAPSHOT.PLAN_ID.eq(latestPlanId(dsl, code, YEAR)))
            .execute();
    assertEquals(1, updated);
  }

  private static long latestPlanId(DSLContext dsl, OrganizationCode code, FiscalYear year) {
    return dsl.select(PLAN.ID)
        .from(PLAN)
        .where(PLAN.ORGANIZATION_ID.eq(RecordYearSnapshotsTest.organizationId(dsl, code)))
        .and(PLAN.FISCAL_YEAR.eq(year.buddhistYear()))
        .orderBy(PLAN.PLAN_VERSION.desc())
        .limit(1)
        .fetchSingle()
        .value1();
  }
}
