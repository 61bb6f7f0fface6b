package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.persistence.jooq.Tables.PLAN_SNAPSHOT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.WriteResult;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AccessEvent;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ReportRound;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.store.PlanStore;
import th.km.core.store.StoredPlan;
import th.km.core.store.StoredYears;
import th.km.persistence.national.NationalDataset;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * The batch's read ({@code km evaluate --all}) gives each organization of a generated dataset what
 * the one-organization read gives it ({@code StoredYears.latest}), and so the same evaluation, on
 * both engines: softly deleted records left out, an organization without a plan of the year none.
 */
class BatchYearsTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
  private static final long SEED = 2569;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyOrganizationReadsAndEvaluatesAsItsOwnRead(Engine engine, @TempDir Path dir) {
    System.out.println("BatchYearsTest seed " + SEED);
    NationalDataset dataset = new NationalDataset(5, SEED, NationalDataset.DEFAULT_YEAR);
    FiscalYear year = NationalDataset.DEFAULT_YEAR;
    DatabaseLocation location = TestDatabases.empty(engine, dir, POSTGRES);
    try (Database db = Database.open(location)) {
      for (int i = 0; i < dataset.size(); i++) {
        NationalDataset.Organization o = dataset.draw(i);
        db.bulkImport(CLOCK).importYear(o.plan(), o.records());
      }
      deleteSome(db, dataset.draw(1));
      // A second version, approved: the latest is read, with its status and times.
      db.planStore(CLOCK).saveDraft(dataset.draw(3).plan());
      db.planStore(CLOCK).approve(dataset.draw(3).plan().organization().code(), year, 2);
    }
    try (Database db = Database.openForReading(location)) {
      List<OrganizationCode> codes = new ArrayList<>();
      db.planStore(CLOCK).organizations().stream().map(Organization::code).forEach(codes::add);
      assertEquals(5, codes.size());
      codes.add(2, OrganizationCode.of("not-registered"));
      FiscalYear other = FiscalYear.ofBuddhistYear(2570);
      long records;
      try (BatchYears batch = db.batchYears(codes, year)) {
        records = sameAsAlone(db, batch, codes, year);
      }
      assertTrue(records > 1000, "the dataset has records to compare: " + records);
      // The first batch stored each latest plan version's snapshot; the batches below read them.
      assertEquals(5, db.dsl().fetchCount(PLAN_SNAPSHOT));
      // One reader, and more readers than processors: the organizations still come in order.
      Database.Connected own = Database.connect(location.forReading());
      try {
        for (int readers : List.of(1, 3)) {
          try (BatchYears batch = BatchYears.start(codes, year, readers, db::batchPlans,
              () -> BatchRecordReads.open(own.dataSource(), db.dsl()))) {
            assertEquals(records, sameAsAlone(db, batch, codes, year), readers + " readers");
          }
        }
      } finally {
        own.release().run();
      }
      samePlansAsThePlanStore(db, location, codes, year);
      try (BatchYears none = db.batchYears(codes.subList(0, 2), other)) {
        assertEquals(Optional.empty(), none.next(), "no plan of that year");
        assertEquals(Optional.empty(), none.next());
      }
      // Closed before every organization is taken: the readers stop.
      try (BatchYears early = db.batchYears(codes, year)) {
        assertTrue(early.next().isPresent());
      }
    }
  }

  /**
   * Each organization's year as the batch gives it is what it reads alone, and so is its
   * evaluation; returns how many records were compared.
   */
  private static long sameAsAlone(
      Database db, BatchYears batch, List<OrganizationCode> codes, FiscalYear year) {
    long records = 0;
    for (OrganizationCode code : codes) {
      Optional<OrganizationYear> together = batch.next();
      Optional<OrganizationYear> alone =
          StoredYears.latest(db.planStore(CLOCK), db.recordStore(), code, year);
      assertEquals(alone, together, code.value());
      if (alone.isPresent()) {
        OrganizationYear y = alone.get();
        records += y.records().all().count();
        assertEquals(
            Evaluator.evaluate(y.plan(), y.records(), AS_OF, HolidayCalendar.none()),
            Evaluator.evaluate(
                together.get().plan(), together.get().records(), AS_OF, HolidayCalendar.none()),
            code.value());
      }
    }
    return records;
  }

  /**
   * The batch's plan read gives each organization's latest plan and its version (number, status,
   * lock, times) equal to the plan store's, and none where the store has none.
   */
  private static void samePlansAsThePlanStore(
      Database db, DatabaseLocation location, List<OrganizationCode> codes, FiscalYear year) {
    PlanStore store = db.planStore(CLOCK);
    int versions = 0;
    try (BatchPlanReads plans = db.batchPlans()) {
      for (FiscalYear y : List.of(year, FiscalYear.ofBuddhistYear(2570))) {
        for (OrganizationCode code : codes) {
          Optional<StoredPlan> expected = store.latest(code, y);
          assertEquals(expected, plans.latest(code, y), code.value() + " " + location);
          versions += expected.map(p -> p.version().number()).orElse(0);
        }
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    assertEquals(6, versions, "five plans and one second version");
  }

  /**
   * Softly deletes a meeting (attendees) and an acknowledgement, which the batch leaves out; and
   * enters an access whose id sorts before the others' though its row is the last, which the
   * batch, whose statements do not sort, must still give last, in row order; and enters M&E notes
   * (items of both kinds, with and without a goal, one softly deleted), which the batch reads with
   * statements of its own.
   */
  private static void deleteSome(Database db, NationalDataset.Organization o) {
    RecordCommands commands = db.recordCommands(CLOCK);
    RecordBook book = RecordBook.of(o.plan().organization().code(), o.plan().fiscalYear());
    List<YearRecord> gone =
        List.of(o.records().meetings().get(0), o.records().acknowledgements().get(0));
    for (YearRecord r : gone) {
      RecordKind kind = r.kind();
      int version = commands.find(book, kind, r.id()).orElseThrow().version();
      WriteResult result =
          commands.delete(book, kind, r.id(), version, "ซ้ำ", Actor.of("batch-years-test"));
      assertInstanceOf(WriteResult.Saved.class, result, result.toString());
    }
    AccessEvent last = o.records().accessEvents().get(0);
    WriteResult added =
        commands.add(book, new AccessEvent("0-entered-last", last.assetId(), last.channel(),
            last.date(), 1), Actor.of("batch-years-test"));
    assertInstanceOf(WriteResult.Saved.class, added, added.toString());
    LocalDate day = LocalDate.of(2026, 3, 31);
    List<MonitoringNote> notes = List.of(
        new MonitoringNote("mn-b", new ReportRound(ReportRound.Kind.ANNUAL, 1), day,
            OptionalInt.empty(), OptionalInt.empty(), List.of("ปัญหา 1", "ปัญหา 2"),
            List.of("ข้อเสนอ 1"), "ผู้บันทึก"),
        new MonitoringNote("mn-a", new ReportRound(ReportRound.Kind.HALF_YEAR, 2), day,
            OptionalInt.of(1), OptionalInt.empty(), List.of(), List.of("ข้อเสนอ 2", "ข้อเสนอ 3"),
            "ผู้บันทึก"),
        new MonitoringNote("mn-c", new ReportRound(ReportRound.Kind.QUARTER, 1), day,
            OptionalInt.empty(), OptionalInt.empty(), List.of("ลบ"), List.of(), "ผู้บันทึก"));
    for (MonitoringNote n : notes) {
      WriteResult note = commands.add(book, n, Actor.of("batch-years-test"));
      assertInstanceOf(WriteResult.Saved.class, note, note.toString());
    }
    WriteResult deleted = commands.delete(book, RecordKind.MONITORING_NOTE, "mn-c", 0, "ซ้ำ",
        Actor.of("batch-years-test"));
    assertInstanceOf(WriteResult.Saved.class, deleted, deleted.toString());
    assertEquals(notes.subList(0, 2),
        db.recordStore().records(book.organization(), book.fiscalYear()).monitoringNotes());
    assertNotEquals(
        o.records(), db.recordStore().records(book.organization(), book.fiscalYear()));
  }
}
