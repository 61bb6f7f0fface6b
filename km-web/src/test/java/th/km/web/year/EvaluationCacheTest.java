package th.km.web.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.Status;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.YearRecords;
import th.km.web.DashboardSource;
import th.km.web.TestPlans;
import th.km.web.TestYears;
import th.km.web.YearData;

/** Evaluations are made once per organization, year and day, and made anew after a write. */
class EvaluationCacheTest {

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 15);

  /** A source that counts its reads and whose records a test can replace, as a write would. */
  private static final class CountingSource implements DashboardSource {
    final AtomicInteger reads = new AtomicInteger();
    final AtomicReference<YearRecords> records = new AtomicReference<>(TestYears.banWaenRecords());

    @Override
    public List<FiscalYear> years(OrganizationCode organization) {
      return organization.equals(TestPlans.ORG) ? List.of(TestPlans.FY2569) : List.of();
    }

    @Override
    public Optional<YearData> year(OrganizationCode organization, FiscalYear year) {
      reads.incrementAndGet();
      if (!organization.equals(TestPlans.ORG) || !year.equals(TestPlans.FY2569)) {
        return Optional.empty();
      }
      return Optional.of(new YearData(TestPlans.banWaen(), records.get(), TestYears.HOLIDAYS));
    }
  }

  @Test
  void manyRequestsOfOneDayReadAndEvaluateTheYearOnce() {
    CountingSource source = new CountingSource();
    EvaluationCache cache = new EvaluationCache(source, 10);
    Snapshot first = cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH).orElseThrow();
    for (int i = 0; i < 100; i++) {
      assertSame(first, cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH).orElseThrow());
    }
    assertEquals(1, source.reads.get());
    cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH.plusDays(1));
    assertEquals(2, source.reads.get(), "the next day is evaluated anew");
  }

  @Test
  void aWriteMakesTheNextRequestSeeTheNewRecords() {
    CountingSource source = new CountingSource();
    EvaluationCache cache = new EvaluationCache(source, 10);
    Snapshot before = cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH).orElseThrow();
    assertEquals(Status.NOT_MET, before.evaluation().results().get(0).status(), "one KM committee meeting of two");

    source.records.set(
        YearRecords.builder()
            .from(TestYears.banWaenRecords())
            .addMeetings(
                Meeting.builder()
                    .id("m3")
                    .meetingKind(MeetingKind.KM_COMMITTEE)
                    .title("ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๒/๒๕๖๙")
                    .date(LocalDate.of(2025, 12, 20))
                    .build())
            .build());
    assertSame(before, cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH).orElseThrow(), "not yet told");
    cache.changed(TestPlans.ORG, TestPlans.FY2569);

    Snapshot after = cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH).orElseThrow();
    assertNotSame(before, after);
    assertEquals(Status.MET, after.evaluation().results().get(0).status());
    assertEquals(2, source.reads.get());
  }

  @Test
  void aChangeOfOneYearLeavesTheOthersCached() {
    CountingSource source = new CountingSource();
    EvaluationCache cache = new EvaluationCache(source, 10);
    cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH);
    cache.changed(TestPlans.ORG, FiscalYear.ofBuddhistYear(2570));
    cache.changed(TestPlans.OTHER_ORG, TestPlans.FY2569);
    cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH);
    assertEquals(1, source.reads.get());
  }

  @Test
  void aYearThatDoesNotExistIsNotKept() {
    CountingSource source = new CountingSource();
    EvaluationCache cache = new EvaluationCache(source, 10);
    assertTrue(cache.snapshot(TestPlans.OTHER_ORG, TestPlans.FY2569, MARCH).isEmpty());
    assertTrue(cache.snapshot(TestPlans.OTHER_ORG, TestPlans.FY2569, MARCH).isEmpty());
    assertEquals(2, source.reads.get(), "an absent year is asked again, so that a new plan shows");
  }

  @Test
  void derivedViewsAreComputedOncePerSnapshot() {
    EvaluationCache cache = new EvaluationCache(new CountingSource(), 10);
    AtomicInteger computed = new AtomicInteger();
    Derived<Integer> size = Derived.of("size", s -> computed.incrementAndGet() + s.records().size());
    Snapshot s = cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH).orElseThrow();
    assertEquals(s.get(size), s.get(size));
    assertEquals(1, computed.get());
  }

  @Test
  void theEvaluationsOfAnEarlierCountOfWritesAreDroppedNotKeptUntilTheCacheIsFull() {
    java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    CountingSource counting = new CountingSource();
    th.km.web.DashboardSource source =
        new th.km.web.DashboardSource() {
          @Override
          public List<FiscalYear> years(OrganizationCode organization) {
            return counting.years(organization);
          }

          @Override
          public Optional<YearData> year(OrganizationCode organization, FiscalYear year) {
            return counting.year(organization, year);
          }

          @Override
          public th.km.web.cache.WriteCount writes() {
            return writes::get;
          }
        };
    EvaluationCache cache = new EvaluationCache(source, 512);
    for (int i = 0; i < 50; i++) {
      assertTrue(cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH).isPresent());
      assertTrue(cache.snapshot(TestPlans.ORG, TestPlans.FY2569, MARCH.plusDays(1)).isPresent());
      writes.incrementAndGet();
    }

    assertEquals(2, cache.size(), "only the two days of the last count of writes are kept");
  }
}
