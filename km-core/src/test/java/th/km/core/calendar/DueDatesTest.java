package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.testing.CalendarGenerators;

class DueDatesTest {

  /** Songkran 2569 fell on Monday to Wednesday; Chakri Day on Monday 6 April. */
  private static final HolidayCalendar APRIL_2026 =
      HolidayCalendar.of(
          Map.of(
              LocalDate.of(2026, 4, 6), "วันจักรี",
              LocalDate.of(2026, 4, 13), "วันสงกรานต์",
              LocalDate.of(2026, 4, 14), "วันสงกรานต์",
              LocalDate.of(2026, 4, 15), "วันสงกรานต์"));

  @Test
  void theDayOfReturnIsNotCounted() {
    DueDate due = DueDates.reportDue(LocalDate.of(2026, 5, 1), 15, APRIL_2026);
    assertEquals(LocalDate.of(2026, 5, 16), due.nominalLastDay());
    assertEquals(LocalDate.of(2026, 5, 18), due.due(), "16 May 2026 is a Saturday");
    DueDate plain = DueDates.reportDue(LocalDate.of(2026, 5, 5), 15, APRIL_2026);
    assertEquals(LocalDate.of(2026, 5, 20), plain.due(), "a Wednesday, no shift");
    assertFalse(plain.isShifted());
    assertTrue(plain.reasonEn().contains("the 15th day falls on Wednesday 20 May 2026"), plain.reasonEn());
  }

  @Test
  void aWeekendMovesTheDeadlineToMonday() {
    DueDate due = DueDates.reportDue(LocalDate.of(2026, 4, 3), 15, APRIL_2026);
    assertEquals(LocalDate.of(2026, 4, 18), due.nominalLastDay());
    assertEquals(LocalDate.of(2026, 4, 20), due.due());
    assertEquals(List.of("วันเสาร์", "วันอาทิตย์"), due.shiftedOver());
    assertEquals(
        "ครบกำหนด ๑๕ วันในวันเสาร์ที่ ๑๘ เมษายน พ.ศ. ๒๕๖๙ ซึ่งเป็นวันหยุด (วันเสาร์, วันอาทิตย์)"
            + " เลื่อนเป็นวันจันทร์ที่ ๒๐ เมษายน พ.ศ. ๒๕๖๙ ซึ่งเป็นวันเริ่มทำการใหม่ (ป.พ.พ. มาตรา ๑๙๓/๘)",
        due.reasonTh());
    assertEquals(
        "the 15th day falls on Saturday 18 April 2026, a day off (Saturday, Sunday); due Monday"
            + " 20 April 2026, the next working day (Civil and Commercial Code s. 193/8)",
        due.reasonEn());
  }

  @Test
  void songkranMovesTheDeadlineOverTheWholeFestival() {
    DueDate due = DueDates.reportDue(LocalDate.of(2026, 3, 29), 15, APRIL_2026);
    assertEquals(LocalDate.of(2026, 4, 13), due.nominalLastDay());
    assertEquals(LocalDate.of(2026, 4, 16), due.due());
    assertEquals(List.of("วันสงกรานต์", "วันสงกรานต์", "วันสงกรานต์"), due.shiftedOver());
    assertTrue(due.reasonTh().contains("ซึ่งเป็นวันหยุด (วันสงกรานต์ ๓ วัน) เลื่อนเป็นวันพฤหัสบดีที่ ๑๖ เมษายน"), due.reasonTh());
    assertTrue(due.reasonEn().contains("a day off (วันสงกรานต์ (3 days)); due Thursday 16 April 2026"), due.reasonEn());
  }

  @Test
  void aHolidayOnTheFifteenthDayMovesItToTheNextDay() {
    DueDate due = DueDates.reportDue(LocalDate.of(2026, 3, 22), 15, APRIL_2026);
    assertEquals(LocalDate.of(2026, 4, 6), due.nominalLastDay());
    assertEquals(LocalDate.of(2026, 4, 7), due.due());
    assertEquals(List.of("วันจักรี"), due.shiftedOver());
  }

  @Test
  void aReportOnDayFifteenIsOnTimeAndOnDaySixteenLate() {
    LocalDate returned = LocalDate.of(2026, 5, 5);
    assertTrue(DueDates.isOnTime(returned, 15, LocalDate.of(2026, 5, 20), APRIL_2026));
    assertFalse(DueDates.isOnTime(returned, 15, LocalDate.of(2026, 5, 21), APRIL_2026));
    assertTrue(DueDates.isOnTime(returned, 15, returned, APRIL_2026), "early is on time");
  }

  @Test
  void aShiftedDeadlineAcceptsTheNextWorkingDayOnly() {
    LocalDate returned = LocalDate.of(2026, 3, 29);
    assertTrue(DueDates.isOnTime(returned, 15, LocalDate.of(2026, 4, 16), APRIL_2026));
    assertFalse(DueDates.isOnTime(returned, 15, LocalDate.of(2026, 4, 17), APRIL_2026));
  }

  @Test
  void refusesAPeriodOfLessThanOneDay() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DueDates.reportDue(LocalDate.of(2026, 1, 1), 0, APRIL_2026));
    assertTrue(e.getMessage().contains("0 days"), e.getMessage());
  }

  @Test
  void theDueDayIsAlwaysAWorkingDayOnOrAfterTheNominalDay() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      DateRange span = CalendarGenerators.dateRange(random, 200);
      HolidayCalendar holidays =
          CalendarGenerators.holidays(
              random, new DateRange(span.start(), span.end().plusDays(120)), 2 + random.nextInt(8));
      LocalDate returned = CalendarGenerators.dateWithin(random, span);
      int days = 1 + random.nextInt(60);
      DueDate due = DueDates.reportDue(returned, days, holidays);
      String replay = "seed " + seed + ", case " + i + ": returned " + returned + ", " + days + " days";
      assertTrue(holidays.isWorkingDay(due.due()), replay);
      assertEquals(returned.plusDays(days), due.nominalLastDay(), replay);
      assertFalse(due.due().isBefore(due.nominalLastDay()), replay);
      for (LocalDate d = due.nominalLastDay(); d.isBefore(due.due()); d = d.plusDays(1)) {
        assertFalse(holidays.isWorkingDay(d), replay + ": skipped working day " + d);
      }
      assertEquals(
          due.due().toEpochDay() - due.nominalLastDay().toEpochDay(), due.shiftedOver().size(), replay);
      assertTrue(due.isMetBy(due.due()) && !due.isMetBy(due.due().plusDays(1)), replay);
    }
  }
}
