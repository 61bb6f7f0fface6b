package th.km.persistence.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.persistence.PersistenceException;

class HolidayFilesTest {

  private static final HolidayCalendar SHIPPED = HolidayFiles.shipped();

  /** Holidays on the same day every year, with the name the file gives them. */
  private static final Map<MonthDay, String> FIXED =
      Map.ofEntries(
          Map.entry(MonthDay.of(1, 1), "วันขึ้นปีใหม่"),
          Map.entry(MonthDay.of(4, 6), "วันจักรี"),
          Map.entry(MonthDay.of(4, 13), "วันสงกรานต์"),
          Map.entry(MonthDay.of(4, 14), "วันสงกรานต์"),
          Map.entry(MonthDay.of(4, 15), "วันสงกรานต์"),
          Map.entry(MonthDay.of(5, 4), "วันฉัตรมงคล"),
          Map.entry(MonthDay.of(6, 3), "วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี"),
          Map.entry(MonthDay.of(7, 28), "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว"),
          Map.entry(MonthDay.of(8, 12), "วันแม่แห่งชาติ"),
          Map.entry(MonthDay.of(10, 13), "วันนวมินทรมหาราช"),
          Map.entry(MonthDay.of(10, 23), "วันปิยมหาราช"),
          Map.entry(MonthDay.of(12, 5), "วันพ่อแห่งชาติ"),
          Map.entry(MonthDay.of(12, 10), "วันรัฐธรรมนูญ"),
          Map.entry(MonthDay.of(12, 31), "วันสิ้นปี"));

  @Test
  void theShippedFileCoversFiscalYears2568To2570Whole() {
    assertEquals(
        Optional.of(new DateRange(LocalDate.of(2024, 10, 1), LocalDate.of(2027, 12, 31))),
        SHIPPED.coverage());
    for (int fy = 2568; fy <= 2570; fy++) {
      DateRange year = FiscalYear.ofBuddhistYear(fy).range();
      assertTrue(SHIPPED.covers(year.start()) && SHIPPED.covers(year.end()), "FY " + fy);
    }
  }

  @Test
  void theShippedFileHasEveryFixedHolidayOfEveryYear() {
    for (int year = 2025; year <= 2027; year++) {
      for (Map.Entry<MonthDay, String> fixed : FIXED.entrySet()) {
        LocalDate day = fixed.getKey().atYear(year);
        assertEquals(Optional.of(fixed.getValue()), SHIPPED.holidayName(day), day.toString());
      }
    }
  }

  @Test
  void theShippedFileHasTheFourLunarHolidaysOfEveryYear() {
    for (int year = 2025; year <= 2027; year++) {
      for (String name : List.of("วันมาฆบูชา", "วันวิสาขบูชา", "วันอาสาฬหบูชา", "วันเข้าพรรษา")) {
        int y = year;
        long count =
            SHIPPED.holidays().entrySet().stream()
                .filter(e -> e.getKey().getYear() == y && e.getValue().equals(name))
                .count();
        assertEquals(1, count, name + " in " + year);
      }
    }
    assertEquals(Optional.of("วันมาฆบูชา"), SHIPPED.holidayName(LocalDate.of(2026, 3, 3)));
    assertEquals(Optional.of("วันวิสาขบูชา"), SHIPPED.holidayName(LocalDate.of(2026, 5, 31)));
    assertEquals(Optional.of("วันอาสาฬหบูชา"), SHIPPED.holidayName(LocalDate.of(2026, 7, 29)));
    assertEquals(Optional.of("วันเข้าพรรษา"), SHIPPED.holidayName(LocalDate.of(2026, 7, 30)));
  }

  /** A holiday on a weekend gives a substitute (วันหยุดชดเชย) on a working day soon after it. */
  @Test
  void everyWeekendHolidayHasItsSubstituteAndEverySubstituteAHoliday() {
    SHIPPED
        .holidays()
        .forEach(
            (day, name) -> {
              boolean weekend =
                  day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
              if (name.startsWith("วันหยุดชดเชย")) {
                assertFalse(weekend, day + " substitutes on a weekend");
                String original = name.substring("วันหยุดชดเชย".length());
                boolean found =
                    SHIPPED.holidays().headMap(day).tailMap(day.minusDays(5)).containsValue(original);
                assertTrue(found, day + " substitutes for no " + original + " in the days before");
              } else if (weekend) {
                boolean substituted =
                    SHIPPED.holidays().tailMap(day).headMap(day.plusDays(6)).values().stream()
                        .anyMatch(n -> n.equals("วันหยุดชดเชย" + name));
                assertTrue(substituted, day + " " + name + " falls on a weekend without substitute");
              }
            });
  }

  @Test
  void theCabinetsSpecialDaysAreThere() {
    for (LocalDate special :
        List.of(
            LocalDate.of(2024, 12, 30),
            LocalDate.of(2025, 6, 2),
            LocalDate.of(2025, 8, 11),
            LocalDate.of(2026, 1, 2))) {
      assertEquals(
          Optional.of("วันหยุดราชการเพิ่มเป็นกรณีพิเศษ"), SHIPPED.holidayName(special), special.toString());
    }
  }

  @Test
  void loadsAUsersPlainFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("วันหยุด อบต.txt");
    Files.writeString(file, "2026-11-24 วันลอยกระทง  # ประกาศเทศบาล\n", StandardCharsets.UTF_8);
    HolidayCalendar h = HolidayFiles.load(file);
    assertEquals(Optional.of("วันลอยกระทง"), h.holidayName(LocalDate.of(2026, 11, 24)));
  }

  @Test
  void loadsAUsersICalendarFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("holidays.ics");
    Files.writeString(
        file,
        """
        BEGIN:VCALENDAR\r
        BEGIN:VEVENT\r
        DTSTART;VALUE=DATE:20261124\r
        SUMMARY:วันลอยกระทง\r
        END:VEVENT\r
        END:VCALENDAR\r
        """,
        StandardCharsets.UTF_8);
    assertTrue(HolidayFiles.load(file).isHoliday(LocalDate.of(2026, 11, 24)));
  }

  @Test
  void aBadLineNamesFileLineAndProblemInBothLanguages(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "2026-01-01 ปีใหม่\n2026-02-30 ผิด\n", StandardCharsets.UTF_8);
    HolidayFileException e =
        assertThrows(HolidayFileException.class, () -> HolidayFiles.load(file));
    assertTrue(e.getMessage().contains(file + " line 2: there is no day 30 in February"), e.getMessage());
    assertTrue(e.messageTh().contains(file + " บรรทัด 2: ไม่มีวันที่ 30 ในเดือนกุมภาพันธ์"), e.messageTh());
    assertEquals(1, e.problems().size());
    PersistenceException sameForCallersOfThePersistenceLayer = e;
    assertEquals(e.getMessage(), sameForCallersOfThePersistenceLayer.getMessage());
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path file = dir.resolve("nowhere.txt");
    HolidayFileException e =
        assertThrows(HolidayFileException.class, () -> HolidayFiles.load(file));
    assertTrue(e.getMessage().contains(file + " does not exist"), e.getMessage());
    assertTrue(e.messageTh().contains("ไม่พบไฟล์วันหยุด"), e.messageTh());
  }

  @Test
  void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tis620.txt");
    byte[] tis620 = {'2', '0', '2', '6', '-', '0', '1', '-', '0', '1', ' ', (byte) 0xC7, (byte) 0xD1, '\n'};
    Files.write(file, tis620);
    HolidayFileException e =
        assertThrows(HolidayFileException.class, () -> HolidayFiles.load(file));
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }
}
