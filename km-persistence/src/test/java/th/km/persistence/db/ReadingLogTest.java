package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.RecordBook;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanCopier;
import th.km.core.reading.AssetRef;
import th.km.core.reading.ReadResult;
import th.km.core.reading.ReaderKey;
import th.km.core.reading.ReadingLog;
import th.km.core.records.AccessEvent;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.YearRecords;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * Reading counts itself: a reader counts once a day however often and however simultaneously they
 * open an asset, the counts are access events in the asset's year that the plan's access
 * indicators count, and an anonymous reader is known by a hash that changes with the day.
 */
class ReadingLogTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);
  private static final RecordBook BOOK = RecordBook.of(BAN_WAEN, YEAR);
  private static final AssetRef MANUAL = new AssetRef(YEAR, "ka-1");

  /** The plan's access indicators, in its own words. */
  private static final List<String> ACCESS_INDICATORS =
      List.of("จำนวนผู้เข้าถึงข้อมูลความรู้ด้านต่าง ๆ", "จำนวนการเข้าถึงข้อมูล ฐานความรู้ด้านต่าง ๆ");

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void fiftyOpensAtOnceByOneReaderOnOneDayAreOneEvent(Engine engine) throws Exception {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      setUp(database);
      ReadingLog log = database.readingLog();
      LocalDate day = LocalDate.of(2026, 2, 10);
      int threads = 50;
      CyclicBarrier start = new CyclicBarrier(threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<ReadResult>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<ReadResult> open =
            () -> {
              start.await(60, TimeUnit.SECONDS);
              return log.read(BAN_WAEN, MANUAL, day, ReaderKey.account("somchai"));
            };
        results.add(pool.submit(open));
      }
      int counted = 0;
      for (Future<ReadResult> f : results) {
        ReadResult r = f.get(120, TimeUnit.SECONDS);
        if (r == ReadResult.COUNTED) {
          counted++;
        } else {
          assertEquals(ReadResult.ALREADY_COUNTED, r);
        }
      }
      pool.shutdown();
      assertEquals(1, counted, "one of the 50 opens counts");
      List<AccessEvent> events = database.recordStore().records(BAN_WAEN, YEAR).accessEvents();
      assertEquals(1, events.size(), "one access event: " + events);
      assertEquals(ReadingLog.CHANNEL, events.get(0).channel());
      assertEquals(day, events.get(0).date());
      assertEquals(1, log.reads(BAN_WAEN, MANUAL, YEAR));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theAccessIndicatorsCountEachReaderOncePerDay(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      KmPlan plan = setUp(database);
      ReadingLog log = database.readingLog();
      int readers = 3;
      int days = 4;
      int opensPerDay = 5;
      for (int d = 0; d < days; d++) {
        LocalDate day = LocalDate.of(2026, 3, 2).plusDays(d);
        for (int r = 0; r < readers; r++) {
          for (int n = 0; n < opensPerDay; n++) {
            ReaderKey reader =
                r == 0
                    ? log.anonymousReader(day, "203.0.113.7", "Mozilla/5.0 (Android)")
                    : ReaderKey.account("reader-" + r);
            ReadResult result = log.read(BAN_WAEN, MANUAL, day, reader);
            assertEquals(n == 0 ? ReadResult.COUNTED : ReadResult.ALREADY_COUNTED, result);
          }
        }
      }
      assertEquals(readers * days, log.reads(BAN_WAEN, MANUAL, YEAR));

      YearRecords records = database.recordStore().records(BAN_WAEN, YEAR);
      List<IndicatorResult> access =
          Evaluator.evaluate(plan, records, LocalDate.of(2026, 3, 31), HolidayFiles.shipped())
              .results()
              .stream()
              .filter(r -> ACCESS_INDICATORS.contains(r.indicatorText()))
              .toList();
      assertEquals(2, access.size(), "the plan's two access indicators");
      for (IndicatorResult r : access) {
        assertEquals(
            0,
            BigDecimal.valueOf((long) readers * days).compareTo(r.value().orElseThrow()),
            r.indicatorText() + " counts " + r.value());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void readsInAYearWithoutAPlanOrOfUnknownAssetsCountNothing(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      setUp(database);
      ReadingLog log = database.readingLog();
      ReaderKey somchai = ReaderKey.account("somchai");
      assertEquals(
          ReadResult.NO_PLAN_OF_THE_DAYS_YEAR,
          log.read(BAN_WAEN, MANUAL, LocalDate.of(2026, 10, 1), somchai),
          "B.E. 2570 has no plan yet: its indicators do not exist to count the read");
      assertEquals(0, log.reads(BAN_WAEN, MANUAL, YEAR.next()));
      assertEquals(
          ReadResult.NOT_RECORDED,
          log.read(BAN_WAEN, new AssetRef(YEAR, "ka-404"), LocalDate.of(2026, 3, 1), somchai));
      assertEquals(
          ReadResult.NOT_RECORDED,
          log.read(OrganizationCode.of("nowhere"), MANUAL, LocalDate.of(2026, 3, 1), somchai));
      assertEquals(0, log.reads(BAN_WAEN, MANUAL, YEAR));
    }
  }

  /**
   * A B.E. 2569 manual is read in 2569 and again on 15 November 2026, in B.E. 2570: each year's
   * access indicators count the reads made in that year, and the year's records stay valid.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void aReadCountsInTheFiscalYearOfTheDayItIsMade(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      KmPlan plan = setUp(database);
      KmPlan nextPlan = PlanCopier.toNextYear(plan);
      database.planStore(Clock.systemUTC()).saveDraft(nextPlan);
      ReadingLog log = database.readingLog();
      LocalDate march = LocalDate.of(2026, 3, 2);
      LocalDate november = LocalDate.of(2026, 11, 15);
      assertEquals(ReadResult.COUNTED, log.read(BAN_WAEN, MANUAL, march, ReaderKey.account("a")));
      assertEquals(ReadResult.COUNTED, log.read(BAN_WAEN, MANUAL, november, ReaderKey.account("a")));
      assertEquals(ReadResult.COUNTED, log.read(BAN_WAEN, MANUAL, november, ReaderKey.account("b")));
      assertEquals(
          ReadResult.ALREADY_COUNTED, log.read(BAN_WAEN, MANUAL, november, ReaderKey.account("b")));
      assertEquals(1, log.reads(BAN_WAEN, MANUAL, YEAR));
      assertEquals(2, log.reads(BAN_WAEN, MANUAL, YEAR.next()));

      YearRecords thisYear = database.recordStore().records(BAN_WAEN, YEAR);
      YearRecords nextYear = database.recordStore().records(BAN_WAEN, YEAR.next());
      assertEquals(List.of(march), thisYear.accessEvents().stream().map(AccessEvent::date).toList());
      assertEquals(
          List.of("2569/ka-1", "2569/ka-1"),
          nextYear.accessEvents().stream().map(AccessEvent::assetId).toList(),
          "the next year's events name the asset with its year");
      assertEquals(List.of(), thisYear.validate(plan), "2569's records hold no event dated outside it");
      assertEquals(List.of(), nextYear.validate(nextPlan), "2570's events refer to 2569's asset");
      assertAccessIndicators(plan, thisYear, LocalDate.of(2026, 9, 30), 1);
      assertAccessIndicators(nextPlan, nextYear, LocalDate.of(2026, 11, 30), 2);
    }
  }

  private static void assertAccessIndicators(
      KmPlan plan, YearRecords records, LocalDate asOf, long expected) {
    List<IndicatorResult> access =
        Evaluator.evaluate(plan, records, asOf, HolidayFiles.shipped()).results().stream()
            .filter(r -> ACCESS_INDICATORS.contains(r.indicatorText()))
            .toList();
    assertEquals(2, access.size(), "the plan's two access indicators of " + records.fiscalYear());
    for (IndicatorResult r : access) {
      assertEquals(
          0,
          BigDecimal.valueOf(expected).compareTo(r.value().orElseThrow()),
          records.fiscalYear() + ": " + r.indicatorText() + " counts " + r.value());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anAnonymousReaderIsAHashThatChangesWithTheDayAndKeepsNoAddress(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      setUp(database);
      ReadingLog log = database.readingLog();
      LocalDate monday = LocalDate.of(2026, 3, 2);
      ReaderKey first = log.anonymousReader(monday, "203.0.113.7", "Firefox");
      assertEquals(first, log.anonymousReader(monday, "203.0.113.7", "Firefox"));
      assertNotEquals(first, log.anonymousReader(monday, "203.0.113.8", "Firefox"));
      assertNotEquals(first, log.anonymousReader(monday, "203.0.113.7", "Chromium"));
      assertNotEquals(first, log.anonymousReader(monday.plusDays(1), "203.0.113.7", "Firefox"));
      assertTrue(first.anonymous());
      assertTrue(!first.value().contains("203.0.113.7"));
      log.read(BAN_WAEN, MANUAL, monday, first);
      // The next day's salt throws away the earlier days' readers and salts.
      log.anonymousReader(monday.plusDays(2), "198.51.100.1", "Firefox");
      assertEquals(0, database.dsl().fetchCount(th.km.persistence.jooq.Tables.KNOWLEDGE_READING));
      assertEquals(1, database.dsl().fetchCount(th.km.persistence.jooq.Tables.READING_SALT));
      assertEquals(1, log.reads(BAN_WAEN, MANUAL, YEAR), "the count itself stays");
    }
  }

  /** The shipped Ban Waen plan and one work manual of its year. */
  static KmPlan setUp(Database database) {
    KmPlan plan = DemoYear.shippedPlan();
    database.planStore(Clock.systemUTC()).saveDraft(plan);
    database
        .recordCommands(Clock.systemUTC())
        .add(
            BOOK,
            KnowledgeAsset.builder()
                .id(MANUAL.assetId())
                .title("คู่มือการปฏิบัติงานการจัดเก็บภาษี")
                .assetKind(AssetKind.WORK_MANUAL)
                .createdOn(LocalDate.of(2026, 1, 5))
                .build(),
            Actor.of("setup"));
    return plan;
  }
}
