package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthRangeTest {

  private static final MonthRange FY2569 = new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2026, 9));

  @Test
  void spansWholeMonths() {
    assertEquals(LocalDate.of(2025, 10, 1), FY2569.firstDay());
    assertEquals(LocalDate.of(2026, 9, 30), FY2569.lastDay());
    assertEquals(12, FY2569.monthCount());
    assertEquals(FiscalYear.ofBuddhistYear(2569).range(), FY2569.toDateRange());
    MonthRange february2024 = new MonthRange(YearMonth.of(2024, 2), YearMonth.of(2024, 2));
    assertEquals(LocalDate.of(2024, 2, 29), february2024.lastDay());
    assertEquals(1, february2024.monthCount());
  }

  @Test
  void containsAndWithin() {
    assertTrue(FY2569.contains(LocalDate.of(2026, 9, 30)));
    assertFalse(FY2569.contains(LocalDate.of(2026, 10, 1)));
    MonthRange q1 = new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2025, 12));
    assertTrue(q1.within(FY2569));
    assertFalse(FY2569.within(q1));
  }

  @Test
  void refusesARangeThatEndsBeforeItStarts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new MonthRange(YearMonth.of(2026, 9), YearMonth.of(2025, 10)));
    assertTrue(e.getMessage().contains("2025-10"), e.getMessage());
  }
}
