package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditEntry;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.RecordKind;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * Many people correcting the same records at once lose no update: threads count the guests of two
 * meetings up by read-modify-write, each retrying when told of a conflict. At the end each
 * meeting's count equals the corrections saved on it, its version as well, the audit log holds one
 * entry per saved correction, and conflicts were reported rather than writes lost.
 */
class RecordCommandsConcurrencyTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  private static final RecordBook BOOK = RecordBook.of(BAN_WAEN, FiscalYear.ofBuddhistYear(2569));
  private static final int THREADS = 6;
  private static final int INCREMENTS_PER_THREAD = 6;
  private static final List<String> MEETINGS = List.of("mt-1", "mt-2");

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void concurrentReadModifyWritesLoseNoUpdateAndReportConflicts(Engine engine) throws Exception {
    long seed = new Random().nextLong();
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      database.planStore(Clock.systemUTC()).saveDraft(DemoYear.shippedPlan());
      RecordCommands commands = database.recordCommands(Clock.systemUTC());
      for (String id : MEETINGS) {
        commands.add(BOOK, meeting(id, 0), Actor.of("setup"));
      }

      AtomicInteger[] saved = {new AtomicInteger(), new AtomicInteger()};
      AtomicInteger conflicts = new AtomicInteger();
      // Every thread reads before any writes, so the first round is sure to collide.
      CyclicBarrier firstRead = new CyclicBarrier(THREADS);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(seed + t);
        Actor actor = Actor.of("clerk-" + t);
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                    int which = random.nextInt(MEETINGS.size());
                    boolean first = i == 0;
                    while (true) {
                      Versioned seen =
                          commands
                              .find(BOOK, RecordKind.MEETING, MEETINGS.get(which))
                              .orElseThrow();
                      if (first) {
                        firstRead.await(60, TimeUnit.SECONDS);
                        first = false;
                      }
                      Meeting m = (Meeting) seen.record();
                      Meeting plusOne =
                          Meeting.builder().from(m).otherAttendees(m.otherAttendees() + 1).build();
                      WriteResult result = commands.correct(BOOK, plusOne, seen.version(), actor);
                      if (result instanceof WriteResult.Saved) {
                        saved[which].incrementAndGet();
                        break;
                      }
                      if (!(result instanceof WriteResult.Conflict)) {
                        throw new AssertionError("neither saved nor a conflict: " + result);
                      }
                      conflicts.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
      pool.shutdown();

      String where = "seed " + seed + ", " + engine;
      assertEquals(THREADS * INCREMENTS_PER_THREAD, saved[0].get() + saved[1].get(), where);
      assertTrue(conflicts.get() >= THREADS - 1, where + ": only " + conflicts + " conflicts");
      for (int m = 0; m < MEETINGS.size(); m++) {
        Versioned now = commands.find(BOOK, RecordKind.MEETING, MEETINGS.get(m)).orElseThrow();
        assertEquals(saved[m].get(), ((Meeting) now.record()).otherAttendees(), where);
        assertEquals(saved[m].get(), now.version(), where);
      }
      List<AuditEntry> log = database.auditLog().entries(BAN_WAEN);
      assertEquals(
          THREADS * INCREMENTS_PER_THREAD,
          log.stream().filter(e -> e.action().equals("meeting.correct")).count(),
          where);
    }
  }

  private static Meeting meeting(String id, int guests) {
    return Meeting.builder()
        .id(id)
        .meetingKind(MeetingKind.KNOWLEDGE_SHARING)
        .title("ประชุมแลกเปลี่ยนเรียนรู้ " + id)
        .date(LocalDate.of(2026, 2, 3))
        .otherAttendees(guests)
        .build();
  }
}
