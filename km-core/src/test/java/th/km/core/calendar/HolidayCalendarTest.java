package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.testing.CalendarGenerators;

class HolidayCalendarTest {

  private static final LocalDate SONGKRAN = LocalDate.of(2026, 4, 13);

  private static HolidayCalendar parsed(String text) {
    HolidayParseResult result = HolidayCalendar.parse(text, "test.txt");
    if (result instanceof HolidayParseResult.Rejected r) {
      throw new AssertionError("expected a calendar, got " + r.problems());
    }
    return ((HolidayParseResult.Parsed) result).calendar();
  }

  private static List<HolidayFileProblem> problems(String text) {
    return assertInstanceOf(
            HolidayParseResult.Rejected.class, HolidayCalendar.parse(text, "bad.txt"))
        .problems();
  }

  @Test
  void aCalendarWrittenOutInEitherFormatReadsBackTheSame() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      DateRange over = CalendarGenerators.dateRange(random, 400);
      HolidayCalendar original = CalendarGenerators.holidays(random, over, 5);
      if (original.holidays().isEmpty()) {
        continue;
      }
      StringBuilder plain = new StringBuilder("covers " + over.start() + " " + over.end() + "\n");
      StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\n");
      original
          .holidays()
          .forEach(
              (day, name) -> {
                plain.append(day).append("\t").append(name).append("  # generated\n");
                ics.append("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:")
                    .append(day.toString().replace("-", ""))
                    .append("\r\nSUMMARY:")
                    .append(name)
                    .append("\r\nEND:VEVENT\r\n");
              });
      ics.append("END:VCALENDAR\r\n");
      String replay = "seed " + seed + ", case " + i;
      assertEquals(original, parsed(plain.toString()), replay);
      assertEquals(original.holidays(), parsed(ics.toString()).holidays(), replay);
    }
  }

  @Test
  void weekendsAndHolidaysAreDaysOff() {
    HolidayCalendar h = HolidayCalendar.of(Map.of(SONGKRAN, "วันสงกรานต์"));
    assertFalse(h.isWorkingDay(SONGKRAN), "Monday 13 April 2026 is Songkran");
    assertTrue(h.isHoliday(SONGKRAN));
    assertEquals(Optional.of("วันสงกรานต์"), h.holidayName(SONGKRAN));
    assertFalse(h.isWorkingDay(LocalDate.of(2026, 4, 11)), "Saturday");
    assertFalse(h.isWorkingDay(LocalDate.of(2026, 4, 12)), "Sunday");
    assertFalse(h.isHoliday(LocalDate.of(2026, 4, 12)), "a weekend is not a listed holiday");
    assertTrue(h.isWorkingDay(LocalDate.of(2026, 4, 14)));
    assertEquals(Optional.empty(), h.holidayName(LocalDate.of(2026, 4, 14)));
    assertEquals(LocalDate.of(2026, 4, 14), h.nextWorkingDayOnOrAfter(LocalDate.of(2026, 4, 11)));
    assertEquals(LocalDate.of(2026, 4, 14), h.nextWorkingDayOnOrAfter(LocalDate.of(2026, 4, 14)));
  }

  @Test
  void noneHasOnlyWeekendsAndCoversNothing() {
    HolidayCalendar none = HolidayCalendar.none();
    assertTrue(none.isWorkingDay(LocalDate.of(2026, 1, 1)));
    assertFalse(none.isWorkingDay(LocalDate.of(2026, 1, 3)));
    assertEquals(Optional.empty(), none.firstCovered());
    assertFalse(none.covers(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void coversTheWholeYearsOfItsHolidaysUnlessToldOtherwise() {
    HolidayCalendar h =
        HolidayCalendar.of(Map.of(LocalDate.of(2025, 4, 13), "a", LocalDate.of(2027, 12, 5), "b"));
    assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), h.firstCovered());
    assertEquals(Optional.of(LocalDate.of(2027, 12, 31)), h.lastCovered());
    assertFalse(h.covers(LocalDate.of(2028, 1, 1)));
    DateRange stated = new DateRange(LocalDate.of(2024, 10, 1), LocalDate.of(2027, 12, 31));
    assertEquals(
        Optional.of(stated), HolidayCalendar.of(Map.of(SONGKRAN, "x"), stated).coverage());
    assertThrows(
        IllegalArgumentException.class,
        () -> HolidayCalendar.of(Map.of(LocalDate.of(2028, 1, 1), "x"), stated));
  }

  @Test
  void readsThePlainFormatWithCommentsAndBlankLines() {
    HolidayCalendar h =
        parsed(
            """
            \uFEFF# วันหยุดราชการ 2569
            covers 2026-01-01 2026-12-31

            2026-01-01  วันขึ้นปีใหม่
            2026-04-13\tวันสงกรานต์   # trailing comment
            ๒๐๒๖-๐๔-๑๔ วันสงกรานต์
            2026-12-31
            """);
    assertEquals(4, h.holidays().size());
    assertEquals(Optional.of("วันสงกรานต์"), h.holidayName(SONGKRAN));
    assertEquals(Optional.of("วันสงกรานต์"), h.holidayName(LocalDate.of(2026, 4, 14)));
    assertTrue(h.isHoliday(LocalDate.of(2026, 12, 31)), "a date with no name is still a holiday");
    assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), h.firstCovered());
  }

  @Test
  void anImpossibleDateRejectsTheWholeFile() {
    List<HolidayFileProblem> p = problems("2026-01-01 ปีใหม่\n2026-02-30 ไม่มีวันนี้\n");
    assertEquals(1, p.size());
    HolidayFileProblem problem = p.get(0);
    assertEquals("bad.txt", problem.sourceName());
    assertEquals(2, problem.line());
    assertEquals("2026-02-30 ไม่มีวันนี้", problem.text());
    assertTrue(problem.messageEn().contains("no day 30 in February 2026"), problem.messageEn());
    assertTrue(problem.messageTh().contains("ไม่มีวันที่ 30 ในเดือนกุมภาพันธ์"), problem.messageTh());
    assertTrue(problem.describeEn().startsWith("bad.txt line 2: "), problem.describeEn());
    assertTrue(problem.describeTh().startsWith("bad.txt บรรทัด 2: "), problem.describeTh());
  }

  @Test
  void aLineThatIsNotADateIsAProblem() {
    List<HolidayFileProblem> p = problems("2026-01-01\nวันสงกรานต์ 13 เมษายน\n2026-13-01\n");
    assertEquals(List.of(2, 3), p.stream().map(HolidayFileProblem::line).toList());
    assertTrue(p.get(0).messageEn().contains("is not a date"), p.get(0).messageEn());
    assertTrue(p.get(1).messageEn().contains("no month 13"), p.get(1).messageEn());
  }

  @Test
  void aBuddhistEraYearIsNamedAsSuch() {
    HolidayFileProblem p = problems("2569-04-13 วันสงกรานต์\n").get(0);
    assertTrue(p.messageEn().contains("write the Gregorian year 2026"), p.messageEn());
  }

  @Test
  void theSameDateTwiceNamesBothLines() {
    List<HolidayFileProblem> p =
        problems("2026-04-13 วันสงกรานต์\n# comment\n2026-04-14\n2026-04-13 วันผู้สูงอายุ\n");
    assertEquals(1, p.size());
    assertEquals(4, p.get(0).line());
    assertTrue(p.get(0).messageEn().contains("line 1 and again on line 4"), p.get(0).messageEn());
    assertTrue(p.get(0).messageTh().contains("บรรทัด 1"), p.get(0).messageTh());
  }

  @Test
  void everyProblemIsReportedInLineOrder() {
    List<HolidayFileProblem> p = problems("x\n2026-02-29\n2026-01-01\n2026-01-01\n");
    assertEquals(List.of(1, 2, 4), p.stream().map(HolidayFileProblem::line).toList());
  }

  @Test
  void aFileWithoutHolidaysIsAProblem() {
    assertEquals(1, problems("# nothing here\n\n").size());
    assertEquals(1, problems("").size());
  }

  @Test
  void holidaysOutsideTheStatedCoverageAreProblems() {
    List<HolidayFileProblem> p = problems("covers 2026-01-01 2026-12-31\n2027-01-01 ปีใหม่\n");
    assertEquals(2, p.get(0).line());
    assertTrue(p.get(0).messageEn().contains("outside"), p.get(0).messageEn());
    assertEquals(1, problems("covers 2026-12-31 2026-01-01\n2026-06-01\n").get(0).line());
    assertEquals(1, problems("covers 2026-01-01\n2026-06-01\n").get(0).line());
  }

  @Test
  void readsICalendarWithFoldedLinesAndMultiDayEvents() {
    String ics =
        """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        BEGIN:VEVENT\r
        DTSTART;VALUE=DATE:20260413\r
        DTEND;VALUE=DATE:20260416\r
        SUMMARY:วันสง\r
         กรานต์\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART:20260504\r
        SUMMARY:วันฉัตรมงคล\\, 2569\r
        BEGIN:VALARM\r
        TRIGGER:-PT15M\r
        END:VALARM\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART:20260605T170000Z\r
        DTEND:20260606T170000Z\r
        SUMMARY:a day that starts at midnight Bangkok time\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART;VALUE=DATE:20260701\r
        STATUS:CANCELLED\r
        SUMMARY:cancelled\r
        END:VEVENT\r
        END:VCALENDAR\r
        """;
    HolidayCalendar h = parsed(ics);
    assertEquals(
        List.of(
            LocalDate.of(2026, 4, 13),
            LocalDate.of(2026, 4, 14),
            LocalDate.of(2026, 4, 15),
            LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 6, 6)),
        h.holidays().keySet().asList());
    assertEquals(Optional.of("วันสงกรานต์"), h.holidayName(LocalDate.of(2026, 4, 15)));
    assertEquals(Optional.of("วันฉัตรมงคล, 2569"), h.holidayName(LocalDate.of(2026, 5, 4)));
  }

  @Test
  void iCalendarProblemsNameTheirLines() {
    String ics =
        """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260230
        END:VEVENT
        BEGIN:VEVENT
        SUMMARY:no start
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260101
        RRULE:FREQ=YEARLY
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260501
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260430
        DTEND;VALUE=DATE:20260502
        END:VEVENT
        END:VCALENDAR
        """;
    List<HolidayFileProblem> p = problems(ics);
    assertEquals(List.of(3, 7, 10, 16), p.stream().map(HolidayFileProblem::line).toList());
    assertTrue(p.get(0).messageEn().contains("no day 30 in February"), p.get(0).messageEn());
    assertTrue(p.get(1).messageEn().contains("no DTSTART"), p.get(1).messageEn());
    assertTrue(p.get(2).messageEn().contains("RRULE"), p.get(2).messageEn());
    assertTrue(p.get(3).messageEn().contains("line 13 and again on line 16"), p.get(3).messageEn());
  }
}
