package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.WriteResult;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.reading.ReadResult;
import th.km.core.reading.ReaderKey;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.MonitoringNote;
import th.km.core.records.RecordKind;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.ReportRound;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordImport;
import th.km.persistence.national.NationalDataset;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * Every public write of km-persistence to the records of a year moves the year's version, so that
 * the batch of {@code km evaluate --all}, which has just stored a fresh snapshot of the year, then
 * reads the records as written: data entry (add, numbered add, correction, withdrawn signature,
 * deletion, restore, an M&amp;E note), a knowledge read's access event, an import of records and
 * the bulk path.
 */
class RecordYearWritesTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);
  private static final FiscalYear YEAR = NationalDataset.DEFAULT_YEAR;
  private static final Actor BY = Actor.of("snapshot-test");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theBatchReadsWhatEveryWriteWrote(Engine engine, @TempDir Path dir) {
    NationalDataset dataset = new NationalDataset(2, 2569, YEAR);
    NationalDataset.Organization o = dataset.draw(0);
    OrganizationCode code = o.plan().organization().code();
    RecordBook book = RecordBook.of(code, YEAR);
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      DSLContext dsl = db.dsl();
      Writes writes = new Writes(db, code);
      writes.check("bulk import", () -> db.bulkImport(CLOCK).importYear(o.plan(), o.records()));
      RecordCommands commands = db.recordCommands(CLOCK);
      String person = o.records().staff().get(0).id();
      writes.check("add", () -> saved(commands.add(book,
          new Acknowledgement("snap-ack-1", person, AcknowledgementTopic.values()[0], DAY), BY)));
      writes.check("numbered add", () -> saved(commands.addNumbered(book,
          new NumberedRecord("snap", RecordKind.RECOGNITION,
              id -> new Recognition(id, person, RecognitionKind.values()[0], DAY)), BY).result()));
      writes.check("correct", () -> saved(commands.correct(book,
          new Acknowledgement("snap-ack-1", person, AcknowledgementTopic.values()[0], DAY.plusDays(1)),
          version(commands, book, RecordKind.ACKNOWLEDGEMENT, "snap-ack-1"), BY)));
      TrainingReport signed = o.records().trainingReports().stream()
          .filter(r -> !r.signOffs().isEmpty())
          .findFirst()
          .orElseThrow();
      writes.check("withdraw a sign-off", () -> saved(commands.withdrawSignOff(book, signed.id(),
          signed.signOffs().size(),
          version(commands, book, RecordKind.TRAINING_REPORT, signed.id()), "ลงนามผิด", BY)));
      String meeting = o.records().meetings().get(0).id();
      writes.check("delete", () -> saved(commands.delete(book, RecordKind.MEETING, meeting,
          version(commands, book, RecordKind.MEETING, meeting), "ซ้ำ", BY)));
      writes.check("restore", () -> saved(commands.restore(book, RecordKind.MEETING, meeting, BY)));
      writes.check("M&E note", () -> saved(commands.add(book,
          new MonitoringNote("snap-note-1", new ReportRound(ReportRound.Kind.ANNUAL, 1), DAY,
              OptionalInt.of(1), OptionalInt.empty(), List.of("ปัญหา"), List.of(), "สมชาย"), BY)));
      String asset = o.records().knowledgeAssets().get(0).id();
      writes.check("knowledge read", () -> assertEquals(ReadResult.COUNTED,
          db.readingLog().read(code, new AssetRef(YEAR, asset), DAY, ReaderKey.account("somchai"))));
      writes.check("import of records", () -> assertInstanceOf(RecordImport.Imported.class,
          db.recordStore().importRecords(YearRecords.builder().organization(code).fiscalYear(YEAR)
              .addRecognitions(new Recognition("snap-rc-9", person, RecognitionKind.values()[0], DAY))
              .build())));
      assertTrue(RecordYearSnapshotsTest.version(dsl, code) >= 10);
    }
  }

  /**
   * Readers of different assets at the same moment each count (the version's bump takes the
   * organization's lock before the reads' inserts, so they take turns rather than deadlock on
   * PostgreSQL), and the batch then reads every access event.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void simultaneousReadsAllCountAndTheBatchSeesThem(Engine engine, @TempDir Path dir)
      throws Exception {
    NationalDataset.Organization o = new NationalDataset(1, 2569, YEAR).draw(0);
    OrganizationCode code = o.plan().organization().code();
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      db.bulkImport(CLOCK).importYear(o.plan(), o.records());
      RecordYearSnapshotsTest.batch(db, code);
      List<String> assets = o.records().knowledgeAssets().stream().map(a -> a.id()).toList();
      int readers = 16;
      CyclicBarrier start = new CyclicBarrier(readers);
      ExecutorService pool = Executors.newFixedThreadPool(readers);
      try {
        List<Future<ReadResult>> results = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
          AssetRef asset = new AssetRef(YEAR, assets.get(i % assets.size()));
          ReaderKey reader = ReaderKey.account("reader" + i);
          results.add(pool.submit(() -> {
            start.await(60, TimeUnit.SECONDS);
            return db.readingLog().read(code, asset, DAY, reader);
          }));
        }
        for (Future<ReadResult> r : results) {
          assertEquals(ReadResult.COUNTED, r.get(120, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
      YearRecords rows = db.recordStore().records(code, YEAR);
      assertEquals(o.records().accessEvents().size() + readers, rows.accessEvents().size());
      assertEquals(rows, RecordYearSnapshotsTest.batch(db, code));
    }
  }

  /** Runs writes, each checked against the batch's read before and after. */
  private static final class Writes {
    private final Database db;
    private final OrganizationCode code;

    Writes(Database db, OrganizationCode code) {
      this.db = db;
      this.code = code;
    }

    /**
     * The write moves the year's version, and the batch then reads what the records' own read
     * gives; the batch's read stores the snapshot of that version, which the next write must make
     * stale.
     */
    void check(String write, Runnable work) {
      long before = RecordYearSnapshotsTest.version(db.dsl(), code);
      work.run();
      long after = RecordYearSnapshotsTest.version(db.dsl(), code);
      assertTrue(after > before, write + " moves the year's version: " + before + " -> " + after);
      Supplier<YearRecords> rows = () -> db.recordStore().records(code, YEAR);
      assertEquals(rows.get(), RecordYearSnapshotsTest.batch(db, code), write);
      assertEquals(after, RecordYearSnapshotsTest.snapshot(db.dsl(), code).getRecordsVersion(),
          write + ": the batch left a snapshot of the version");
      assertEquals(rows.get(), RecordYearSnapshotsTest.batch(db, code), write + ", from it");
    }
  }

  private static int version(RecordCommands commands, RecordBook book, RecordKind kind, String id) {
    return commands.find(book, kind, id).orElseThrow().version();
  }

  private static void saved(WriteResult result) {
    assertInstanceOf(WriteResult.Saved.class, result, result.toString());
  }
}
