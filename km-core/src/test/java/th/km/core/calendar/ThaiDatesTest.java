package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.km.core.calendar.ThaiDates.Digits;
import th.km.core.calendar.ThaiDates.MonthStyle;
import th.km.core.testing.CalendarGenerators;

class ThaiDatesTest {

  private static final MonthRange FY2569_MONTHS =
      new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2026, 9));

  @Test
  void convertsBetweenEras() {
    assertEquals(2026, ThaiDates.toGregorianYear(2569));
    assertEquals(2569, ThaiDates.toBuddhistYear(2026));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙",
        "ต.ค ๒๕๖๘ - ก.ย. ๒๕๖๙",
        "ต.ค.๒๕๖๘ - ก.ย. ๒๕๖๙",
        "ต.ค. 2568 – ก.ย. 2569",
        "ตุลาคม พ.ศ. ๒๕๖๘ ถึง กันยายน พ.ศ. ๒๕๖๙",
        "ต.ค. 68 - ก.ย. 69",
        "ต.ค. - ก.ย. ๒๕๖๙",
        "  ตค ๒๕๖๘-กย ๒๕๖๙  ",
      })
  void readsTheSeedsWaysOfWritingTheFiscalYear(String text) {
    assertEquals(Optional.of(FY2569_MONTHS), ThaiDates.parseMonthRange(text), text);
  }

  @Test
  void readsASingleMonthAsARangeOfOne() {
    MonthRange july2027 = new MonthRange(YearMonth.of(2027, 7), YearMonth.of(2027, 7));
    assertEquals(Optional.of(july2027), ThaiDates.parseMonthRange("ก.ค. 2570"));
    assertEquals(Optional.of(YearMonth.of(2027, 7)), ThaiDates.parseYearMonth("กรกฎาคม พ.ศ. ๒๕๗๐"));
    assertEquals(Optional.of(YearMonth.of(2027, 7)), ThaiDates.parseYearMonth("ก.ค. 2027"));
  }

  @Test
  void takesTheFirstYearFromTheSecondWhenOnlyOneIsWritten() {
    assertEquals(
        Optional.of(new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2025, 12))),
        ThaiDates.parseMonthRange("ต.ค. - ธ.ค. 2568"));
    assertEquals(
        Optional.of(new MonthRange(YearMonth.of(2025, 11), YearMonth.of(2026, 2))),
        ThaiDates.parseMonthRange("พ.ย. - ก.พ. 2569"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ตลอดปี",
        "ก.ย. ๒๕๖๙ - ต.ค. ๒๕๖๘",
        "ต.ค. ๒๕๖๘ -",
        "ต.ค. 9999 - ก.ย. 2569",
        "ก.ค.",
      })
  void refusesWhatIsNoMonthRange(String text) {
    assertEquals(Optional.empty(), ThaiDates.parseMonthRange(text), text);
  }

  @Test
  void readsDatesInTheirManyForms() {
    LocalDate expected = LocalDate.of(2026, 3, 15);
    for (String text :
        List.of(
            "๑๕ มีนาคม ๒๕๖๙",
            "15 มี.ค. 2569",
            "วันที่ ๑๕ เดือน มีนาคม พ.ศ. ๒๕๖๙",
            "วันที่ 15 มีนาคม พ.ศ 2569",
            "15 มีค 69",
            "15 มีนาคม 2026")) {
      assertEquals(
          Optional.of(new DateReading.Valid(text, expected)), ThaiDates.parseDate(text), text);
    }
  }

  @Test
  void theSeedsDay68OfMarchIsImpossible() {
    String text = "วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙";
    DateReading.Impossible reading =
        assertInstanceOf(DateReading.Impossible.class, ThaiDates.parseDate(text).orElseThrow());
    assertEquals(text, reading.text());
    assertTrue(reading.reasonTh().contains("ไม่มีวันที่ 68 ในเดือนมีนาคม"), reading.reasonTh());
    assertTrue(reading.reasonEn().contains("no day 68 in March (it has 31 days)"), reading.reasonEn());
  }

  @Test
  void the29thOfFebruaryIsImpossibleOutsideLeapYears() {
    assertInstanceOf(
        DateReading.Impossible.class, ThaiDates.parseDate("29 ก.พ. 2569").orElseThrow());
    assertInstanceOf(DateReading.Valid.class, ThaiDates.parseDate("29 ก.พ. 2567").orElseThrow());
  }

  @Test
  void textThatIsNoDateGivesNothing() {
    assertEquals(Optional.empty(), ThaiDates.parseDate("ภายใน ๑๕ วัน"));
    assertEquals(Optional.empty(), ThaiDates.parseDate("มีนาคม ๒๕๖๙"));
  }

  @Test
  void findsEveryDateInALongerText() {
    List<DateReading> found =
        ThaiDates.findDates(
            "ประกาศ ณ วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙ และมีผลตั้งแต่ ๑ ตุลาคม ๒๕๖๘ ถึง 30 ก.ย. 2569");
    assertEquals(3, found.size());
    assertInstanceOf(DateReading.Impossible.class, found.get(0));
    assertEquals(new DateReading.Valid("๑ ตุลาคม ๒๕๖๘", LocalDate.of(2025, 10, 1)), found.get(1));
    assertEquals(new DateReading.Valid("30 ก.ย. 2569", LocalDate.of(2026, 9, 30)), found.get(2));
  }

  @Test
  void formatsDatesMonthsAndRanges() {
    LocalDate d = LocalDate.of(2026, 9, 30);
    assertEquals("๓๐ กันยายน พ.ศ. ๒๕๖๙", ThaiDates.format(d, MonthStyle.FULL, Digits.THAI));
    assertEquals("30 ก.ย. 2569", ThaiDates.format(d, MonthStyle.ABBREVIATED, Digits.ARABIC));
    assertEquals("ต.ค. ๒๕๖๘", ThaiDates.format(YearMonth.of(2025, 10), MonthStyle.ABBREVIATED, Digits.THAI));
    assertEquals("ตุลาคม พ.ศ. ๒๕๖๘", ThaiDates.format(YearMonth.of(2025, 10), MonthStyle.FULL, Digits.THAI));
    assertEquals("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", ThaiDates.format(FY2569_MONTHS, Digits.THAI));
    assertEquals("ต.ค. 2568 - ก.ย. 2569", ThaiDates.format(FY2569_MONTHS, Digits.ARABIC));
    assertEquals(
        "วันจันทร์ที่ ๒๐ เมษายน พ.ศ. ๒๕๖๙",
        ThaiDates.formatWithWeekday(LocalDate.of(2026, 4, 20), Digits.THAI));
  }

  @Test
  void namesEveryWeekday() {
    List<String> names =
        List.of(DayOfWeek.values()).stream().map(ThaiDates::weekdayName).toList();
    assertEquals(
        List.of("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"),
        names);
  }

  @Test
  void whatIsFormattedReadsBackAsTheSameDateOrRange() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      LocalDate d = CalendarGenerators.date(random);
      MonthStyle style = random.nextBoolean() ? MonthStyle.FULL : MonthStyle.ABBREVIATED;
      Digits digits = random.nextBoolean() ? Digits.THAI : Digits.ARABIC;
      String text = ThaiDates.format(d, style, digits);
      String replay = "seed " + seed + ", case " + i + ": " + d + " as «" + text + "»";
      assertEquals(Optional.of(new DateReading.Valid(text, d)), ThaiDates.parseDate(text), replay);
      assertEquals(List.of(new DateReading.Valid(text, d)), ThaiDates.findDates("ณ " + text + " นี้"), replay);
      assertEquals(
          Optional.of(YearMonth.from(d)),
          ThaiDates.parseYearMonth(ThaiDates.format(YearMonth.from(d), style, digits)),
          replay);
      assertEquals(d.getYear(), ThaiDates.toGregorianYear(ThaiDates.toBuddhistYear(d.getYear())), replay);
      MonthRange range = CalendarGenerators.monthRange(random);
      String rangeText = ThaiDates.format(range, digits);
      assertEquals(Optional.of(range), ThaiDates.parseMonthRange(rangeText), replay + ", " + rangeText);
    }
  }
}
