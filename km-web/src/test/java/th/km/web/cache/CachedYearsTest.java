package th.km.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.web.DashboardSource;
import th.km.web.TestPlans;
import th.km.web.TestYears;
import th.km.web.YearData;

/**
 * A year's plan and records are read once per count of writes: asked again under the same count
 * they come from memory, and once anything was written they are read anew; a year that does not
 * exist is read every time, so unknown codes leave nothing behind.
 */
class CachedYearsTest {

  /** The test years, counting how often each is read. */
  private static final class CountingSource implements DashboardSource {
    private final DashboardSource years = TestYears.source();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public List<FiscalYear> years(OrganizationCode organization) {
      return years.years(organization);
    }

    @Override
    public Optional<YearData> year(OrganizationCode organization, FiscalYear year) {
      reads.incrementAndGet();
      return years.year(organization, year);
    }
  }

  private final CountingSource source = new CountingSource();
  private final AtomicLong writes = new AtomicLong();
  private final CachedYears cached = new CachedYears(source, writes::get);

  @Test
  void aYearIsReadOncePerCountOfWrites() {
    YearData first = cached.year(TestPlans.ORG, TestPlans.FY2569).orElseThrow();
    assertSame(first, cached.year(TestPlans.ORG, TestPlans.FY2569).orElseThrow());
    assertSame(first, cached.year(TestPlans.ORG, TestPlans.FY2569).orElseThrow());
    assertEquals(1, source.reads.get(), "one read while nothing was written");

    writes.incrementAndGet();
    YearData second = cached.year(TestPlans.ORG, TestPlans.FY2569).orElseThrow();
    assertEquals(2, source.reads.get(), "a write makes the next request read the year anew");
    assertEquals(first, second);
    assertSame(second, cached.year(TestPlans.ORG, TestPlans.FY2569).orElseThrow());
    assertEquals(2, source.reads.get());
  }

  @Test
  void eachOrganizationAndYearIsKeptApart() {
    YearData banWaen = cached.year(TestPlans.ORG, TestPlans.FY2569).orElseThrow();
    YearData other = cached.year(TestPlans.OTHER_ORG, TestPlans.FY2569).orElseThrow();
    assertEquals(TestPlans.ORG, banWaen.plan().organization().code());
    assertEquals(TestPlans.OTHER_ORG, other.plan().organization().code());
    assertSame(other, cached.year(TestPlans.OTHER_ORG, TestPlans.FY2569).orElseThrow());
    assertEquals(2, source.reads.get());
  }

  @Test
  void aYearThatDoesNotExistIsNotKept() {
    FiscalYear absent = FiscalYear.ofBuddhistYear(2500);
    assertTrue(cached.year(TestPlans.ORG, absent).isEmpty());
    assertTrue(cached.year(TestPlans.ORG, absent).isEmpty());
    assertTrue(cached.year(OrganizationCode.of("nowhere"), TestPlans.FY2569).isEmpty());
    assertEquals(3, source.reads.get(), "nothing is kept for a year that is not there");
  }
}
