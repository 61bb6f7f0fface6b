package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.km.core.testing.CalendarGenerators;

class FiscalYearTest {

  private static final FiscalYear FY2569 = FiscalYear.ofBuddhistYear(2569);

  private static LocalDate read(String thaiDate) {
    DateReading reading = ThaiDates.parseDate(thaiDate).orElseThrow();
    if (reading instanceof DateReading.Valid valid) {
      return valid.date();
    }
    throw new AssertionError(thaiDate + " read as " + reading);
  }

  @Test
  void fiscalYear2569RunsFromOctober2025ToSeptember2026() {
    assertEquals(LocalDate.of(2025, 10, 1), FY2569.firstDay());
    assertEquals(LocalDate.of(2026, 9, 30), FY2569.lastDay());
    assertEquals(2026, FY2569.gregorianEndYear());
    assertEquals(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)), FY2569.range());
    assertEquals(new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2026, 9)), FY2569.months());
    assertEquals(12, FY2569.months().monthCount());
    assertEquals("FY B.E. 2569", FY2569.toString());
  }

  @ParameterizedTest(name = "{0} is in fiscal year {1}")
  @CsvSource({
    "30 กันยายน 2568, 2568",
    "30 กันยายน 2025, 2568",
    "๓๐ ก.ย. ๒๕๖๘, 2568",
    "1 ตุลาคม 2568, 2569",
    "1 ตุลาคม 2025, 2569",
    "๑ ต.ค. ๒๕๖๘, 2569",
    "30 กันยายน 2569, 2569",
    "30 กันยายน 2026, 2569",
    "1 ตุลาคม 2569, 2570",
    "1 ตุลาคม 2026, 2570",
    "31 ธันวาคม 2568, 2569",
    "1 มกราคม 2569, 2569",
  })
  void theBoundaryIsTheFirstOfOctoberInEitherEra(String date, int fiscalYear) {
    LocalDate d = read(date);
    assertEquals(FiscalYear.ofBuddhistYear(fiscalYear), FiscalYear.containing(d), date);
    assertTrue(FiscalYear.ofBuddhistYear(fiscalYear).contains(d), date);
    assertFalse(FiscalYear.ofBuddhistYear(fiscalYear + 1).contains(d), date);
    assertFalse(FiscalYear.ofBuddhistYear(fiscalYear - 1).contains(d), date);
  }

  @Test
  void refusesYearsThatAreNotBuddhistEra() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.ofBuddhistYear(2026));
    assertTrue(e.getMessage().contains("2026"), e.getMessage());
  }

  @Test
  void nextPreviousAndOrder() {
    assertEquals(FiscalYear.ofBuddhistYear(2570), FY2569.next());
    assertEquals(FiscalYear.ofBuddhistYear(2568), FY2569.previous());
    assertTrue(FY2569.compareTo(FY2569.next()) < 0);
    assertEquals(FY2569.lastDay().plusDays(1), FY2569.next().firstDay());
  }

  @Test
  void quartersRunFromOctober() {
    assertEquals(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)), FY2569.quarter(1));
    assertEquals(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), FY2569.quarter(2));
    assertEquals(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)), FY2569.quarter(3));
    assertEquals(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), FY2569.quarter(4));
    assertThrows(IllegalArgumentException.class, () -> FY2569.quarter(0));
    assertThrows(IllegalArgumentException.class, () -> FY2569.quarter(5));
  }

  @Test
  void halvesSplitAtApril() {
    assertEquals(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31)), FY2569.half(1));
    assertEquals(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)), FY2569.half(2));
    assertThrows(IllegalArgumentException.class, () -> FY2569.half(3));
  }

  @ParameterizedTest(name = "{0} is fiscal month {1}, quarter {2}")
  @CsvSource({
    "2025-10, 1, 1", "2025-11, 2, 1", "2025-12, 3, 1",
    "2026-01, 4, 2", "2026-02, 5, 2", "2026-03, 6, 2",
    "2026-04, 7, 3", "2026-05, 8, 3", "2026-06, 9, 3",
    "2026-07, 10, 4", "2026-08, 11, 4", "2026-09, 12, 4",
  })
  void fiscalMonthsAndQuarters(String month, int index, int quarter) {
    YearMonth ym = YearMonth.parse(month);
    assertEquals(index, FiscalYear.fiscalMonthIndex(ym));
    assertEquals(quarter, FiscalYear.quarterOf(ym.atDay(1)));
    assertEquals(quarter, FiscalYear.quarterOf(ym.atEndOfMonth()));
  }

  @Test
  void everyDayLiesInTheFiscalYearQuarterAndHalfThatContainIt() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      LocalDate d =
          i % 2 == 0 ? CalendarGenerators.date(random) : CalendarGenerators.dateNearFiscalBoundary(random);
      String replay = "seed " + seed + ", case " + i + ": " + d;
      FiscalYear fy = FiscalYear.containing(d);
      assertTrue(fy.contains(d), replay);
      assertTrue(fy.range().contains(d) && fy.months().contains(d), replay);
      assertFalse(fy.next().contains(d) || fy.previous().contains(d), replay);
      assertTrue(fy.quarter(FiscalYear.quarterOf(d)).contains(d), replay);
      assertTrue(fy.half(FiscalYear.quarterOf(d) <= 2 ? 1 : 2).contains(d), replay);
      assertEquals(fy.firstDay(), fy.previous().lastDay().plusDays(1), replay);
      assertEquals(d.getMonthValue() >= 10 ? d.getYear() + 544 : d.getYear() + 543, fy.buddhistYear(), replay);
    }
  }
}
