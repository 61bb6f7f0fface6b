package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.testing.CalendarGenerators;

class DateRangeTest {

  private static final DateRange TEN_DAYS =
      new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10));

  @Test
  void refusesARangeThatEndsBeforeItStarts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DateRange(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1)));
    assertTrue(e.getMessage().contains("2026-04-01"), e.getMessage());
  }

  @Test
  void containsBothEndsAndNothingBeyond() {
    assertTrue(TEN_DAYS.contains(LocalDate.of(2026, 4, 1)));
    assertTrue(TEN_DAYS.contains(LocalDate.of(2026, 4, 10)));
    assertFalse(TEN_DAYS.contains(LocalDate.of(2026, 3, 31)));
    assertFalse(TEN_DAYS.contains(LocalDate.of(2026, 4, 11)));
  }

  @Test
  void countsBothEnds() {
    assertEquals(10, TEN_DAYS.lengthInDays());
    assertEquals(1, DateRange.ofDay(LocalDate.of(2026, 4, 1)).lengthInDays());
    assertEquals(365, FiscalYear.ofBuddhistYear(2569).range().lengthInDays());
    assertEquals(366, FiscalYear.ofBuddhistYear(2567).range().lengthInDays(), "Feb 2024 is leap");
  }

  @Test
  void elapsedShareCountsTheWholeOfTheAsOfDay() {
    assertEquals(0.0, TEN_DAYS.elapsedShare(LocalDate.of(2026, 3, 31)));
    assertEquals(0.1, TEN_DAYS.elapsedShare(LocalDate.of(2026, 4, 1)), 1e-12);
    assertEquals(0.5, TEN_DAYS.elapsedShare(LocalDate.of(2026, 4, 5)), 1e-12);
    assertEquals(1.0, TEN_DAYS.elapsedShare(LocalDate.of(2026, 4, 10)));
    assertEquals(1.0, TEN_DAYS.elapsedShare(LocalDate.of(2027, 1, 1)));
    assertEquals(1.0, DateRange.ofDay(LocalDate.of(2026, 4, 1)).elapsedShare(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void overlapAndWithin() {
    DateRange april = new MonthRange(YearMonth.of(2026, 4), YearMonth.of(2026, 4)).toDateRange();
    assertEquals(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)), april);
    assertTrue(TEN_DAYS.within(april));
    assertFalse(april.within(TEN_DAYS));
    assertTrue(april.overlaps(new DateRange(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 3))));
    assertFalse(april.overlaps(new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3))));
  }

  @Test
  void elapsedShareNeverFallsAsTimePassesAndStaysBetweenZeroAndOne() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      DateRange range = CalendarGenerators.dateRange(random, 800);
      LocalDate a = range.start().plusDays(random.nextInt(1000) - 100L);
      LocalDate b = a.plusDays(random.nextInt(400));
      double shareA = range.elapsedShare(a);
      double shareB = range.elapsedShare(b);
      String replay = "seed " + seed + ", case " + i + ": " + range + " at " + a + " and " + b;
      assertTrue(shareA >= 0.0 && shareA <= 1.0, replay);
      assertTrue(shareB >= shareA, replay);
      assertEquals(range.contains(a) || a.isAfter(range.end()), shareA > 0.0, replay);
    }
  }
}
