package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;

/** Periods as plans write them, read in fiscal year B.E. 2569 (October 2025 to September 2026). */
class PeriodReaderTest {

  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙ | 2025-10 | 2026-09",
        "ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙ | 2025-10 | 2026-09",
        "ต.ค.68 - ก.ย.69 | 2025-10 | 2026-09",
        "ตค 68 - ธค 68 | 2025-10 | 2025-12",
        "มกราคม – มีนาคม ๒๕๖๙ | 2026-01 | 2026-03",
        "มิ.ย. 2569 | 2026-06 | 2026-06",
        "ตลอดปีงบประมาณ | 2025-10 | 2026-09",
        "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙ | 2025-10 | 2026-09",
        "ตลอดปี | 2025-10 | 2026-09",
        "ไตรมาส ๑ | 2025-10 | 2025-12",
        "ไตรมาส ๑-๒ | 2025-10 | 2026-03",
        "ไตรมาสที่ 3 | 2026-04 | 2026-06",
        "ไตรมาส 2 - 4 | 2026-01 | 2026-09"
      })
  void readsWhatIsWritten(String period, String start, String end) {
    PeriodReader.Reading r = PeriodReader.read(period, YEAR);
    assertEquals(
        Optional.of(new MonthRange(YearMonth.parse(start), YearMonth.parse(end))), r.months());
    assertEquals(Optional.empty(), r.ruleEn(), "nothing was supplied by a rule");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ตุลาคม - ธันวาคม | 2025-10 | 2025-12",
        "ม.ค. - มี.ค. | 2026-01 | 2026-03",
        "กันยายน | 2026-09 | 2026-09",
        "พ.ย. - ก.พ. | 2025-11 | 2026-02"
      })
  void monthsWithoutAYearTakeTheFiscalYearsAndSaySo(String period, String start, String end) {
    PeriodReader.Reading r = PeriodReader.read(period, YEAR);
    assertEquals(
        Optional.of(new MonthRange(YearMonth.parse(start), YearMonth.parse(end))), r.months());
    assertTrue(r.ruleEn().orElseThrow().contains("2569"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"ปลายปีงบประมาณ", "ไตรมาส 3-1", "ไตรมาส 5", "ก.ย. - ต.ค.", "ทุกเดือน", "''"})
  void whatNamesNoMonthsIsNotGuessed(String period) {
    assertEquals(Optional.empty(), PeriodReader.read(period, YEAR).months());
  }
}
