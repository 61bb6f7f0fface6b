package th.km.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.km.core.calendar.ThaiDigits;
import th.km.core.target.ParsedTarget.Count;
import th.km.core.target.ParsedTarget.Every;
import th.km.core.target.ParsedTarget.Percentage;
import th.km.core.target.ParsedTarget.Unmeasurable;

class TargetParserTest {

  static Stream<Arguments> knownAnswers() {
    return Stream.of(
        Arguments.of("พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน", new Count(Comparator.AT_LEAST, 5, "คน")),
        Arguments.of("อย่างน้อย 3 ครั้ง", new Count(Comparator.AT_LEAST, 3, "ครั้ง")),
        Arguments.of("ไม่เกิน 2 ครั้ง", new Count(Comparator.AT_MOST, 2, "ครั้ง")),
        Arguments.of("จำนวน 10 เรื่อง", new Count(Comparator.AT_LEAST, 10, "เรื่อง")),
        Arguments.of("เท่ากับ 4 ฉบับ", new Count(Comparator.EQUAL, 4, "ฉบับ")),
        Arguments.of("มากกว่า 4 คน", new Count(Comparator.AT_LEAST, 5, "คน")),
        Arguments.of("น้อยกว่า 3 ครั้ง", new Count(Comparator.AT_MOST, 2, "ครั้ง")),
        Arguments.of("ปีละ 1 ครั้ง", new Count(Comparator.AT_LEAST, 1, "ครั้ง")),
        Arguments.of("ภายใน 15 วัน", new Count(Comparator.AT_MOST, 15, "วัน")),
        Arguments.of("3-5 ครั้ง", new Count(Comparator.BETWEEN, 3, Optional.of(5), "ครั้ง")),
        Arguments.of("พนักงานเข้าร่วมอบรม ไม่น้อย กว่า ๕ คน", new Count(Comparator.AT_LEAST, 5, "คน")),
        Arguments.of("ไม่น้อยกว่าร้อยละ ๙๐", pct(Comparator.AT_LEAST, "90")),
        Arguments.of("อย่างน้อยร้อยละ ๙๐", pct(Comparator.AT_LEAST, "90")),
        Arguments.of(
            "จำนวนบุคลากรที่ทราบเป้าหมาย KM ของเทศบาลไม่น้อยกว่าร้อยละ ๙๐",
            pct(Comparator.AT_LEAST, "90")),
        Arguments.of("ร้อยละ ๑๐๐", pct(Comparator.AT_LEAST, "100")),
        Arguments.of(
            "บุคลากรที่มีการปฏิบัติงานด้วยความวิริยะอุตสาหะรวมถึงบุคลากรที่จะเกษียณอายุราชการและอายุครบ ๖๐ปี บริบูรณ์ ร้อยละ ๑๐๐",
            pct(Comparator.AT_LEAST, "100")),
        Arguments.of("90%", pct(Comparator.AT_LEAST, "90")),
        Arguments.of("ร้อยละ 80 ขึ้นไป", pct(Comparator.AT_LEAST, "80")),
        Arguments.of("ไม่เกินร้อยละ 5", pct(Comparator.AT_MOST, "5")),
        Arguments.of("ร้อยละ 12.5", pct(Comparator.AT_LEAST, "12.5")),
        Arguments.of(
            "ร้อยละ 80-90",
            new Percentage(
                Comparator.BETWEEN, new BigDecimal("80"), Optional.of(new BigDecimal("90")))),
        Arguments.of(
            "ระหว่างร้อยละ 80 ถึง 90",
            new Percentage(
                Comparator.BETWEEN, new BigDecimal("80"), Optional.of(new BigDecimal("90")))),
        Arguments.of(
            "80 - 90%",
            new Percentage(
                Comparator.BETWEEN, new BigDecimal("80"), Optional.of(new BigDecimal("90")))),
        Arguments.of("ครบทุกส่วนราชการ", new Every("ส่วนราชการ")),
        Arguments.of("ทุกส่วนราชการ", new Every("ส่วนราชการ")),
        Arguments.of("ทุกตำแหน่ง", new Every("ตำแหน่ง")),
        Arguments.of("ครบทุกกอง", new Every("กอง")),
        Arguments.of("จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ", new Every("ส่วนราชการ")),
        Arguments.of("บุคลากรทุกสำนัก/กอง", new Every("สำนัก/กอง")),
        Arguments.of("พนักงานทุกตำแหน่งจัดทำคู่มือการปฏิบัติงาน", new Every("ตำแหน่ง")));
  }

  private static Percentage pct(Comparator cmp, String value) {
    return new Percentage(cmp, new BigDecimal(value));
  }

  @ParameterizedTest
  @MethodSource("knownAnswers")
  void readsTheTargetAsWritten(String text, ParsedTarget expected) {
    assertEquals(expected, TargetParser.parse(text), text);
  }

  @ParameterizedTest
  @MethodSource("knownAnswers")
  void readsTheSameTargetInTheOtherDigits(String text, ParsedTarget expected) {
    String other =
        text.equals(ThaiDigits.toArabic(text)) ? ThaiDigits.toThai(text) : ThaiDigits.toArabic(text);
    assertEquals(expected, TargetParser.parse(other), other);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "พนักงานในสังกัด",
        "มีการจัดทำ/บันทึกข้อมูล",
        "มีคู่มือการปฏิบัติงาน",
        "จำนวนการเข้าถึงข้อมูลความรู้ด้านต่าง ๆ",
        "บุคลากรในองค์กรได้รับองค์ความรู้เพิ่มเติม",
        "ร้อยละ",
        "",
        "   ",
        "ประชุมทุกเดือน",
        "ลดความทุกข์ของประชาชน",
        "จำนวนกิจกรรม/โครงการตามแผนพัฒนาท้องถิ่น (๒๕๖๖ -๒๕๗๐) พ.ศ. ๒๕๖๙"
      })
  void findsNothingToMeasureWhereThereIsNoNumberPercentageOrEvery(String text) {
    ParsedTarget parsed = TargetParser.parse(text);
    assertInstanceOf(Unmeasurable.class, parsed, text + " → " + parsed);
    assertFalse(parsed.measurable());
  }

  @Test
  void everyTargetsAreDescribedInEnglishWithoutThaiWhereTheSetIsCommon() {
    assertEquals(
        "every division",
        ((ParsedTarget.Every) TargetParser.parse("ครบทุกส่วนราชการ")).describe().en());
    assertEquals(
        "every position", ((ParsedTarget.Every) TargetParser.parse("ทุกตำแหน่ง")).describe().en());
  }

  @Test
  void aCountWithoutANumberSaysSo() {
    Unmeasurable u =
        (Unmeasurable) TargetParser.parse("จำนวนการเข้าถึงข้อมูลความรู้ด้านต่าง ๆ");
    assertTrue(u.reasonEn().contains("how many"), u.reasonEn());
  }

  @Test
  void splitsANumberedRunAndParsesEachPart() {
    List<ParsedTarget> parsed =
        TargetParser.parseAll("๑. มีคู่มือการปฏิบัติงาน ๒. พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน");
    assertEquals(2, parsed.size(), parsed.toString());
    assertInstanceOf(Unmeasurable.class, parsed.get(0));
    assertEquals(new Count(Comparator.AT_LEAST, 5, "คน"), parsed.get(1));
  }

  @Test
  void splitsArabicItemNumbersToo() {
    assertEquals(
        List.of("มีคู่มือ", "ไม่น้อยกว่า 5 คน", "ร้อยละ 80.5"),
        TargetParser.splitNumbered("1. มีคู่มือ 2. ไม่น้อยกว่า 5 คน 3. ร้อยละ 80.5"));
  }

  @Test
  void keepsATextWithoutARunWhole() {
    assertEquals(List.of("ไม่น้อยกว่า 5 คน"), TargetParser.splitNumbered("ไม่น้อยกว่า 5 คน"));
    assertEquals(
        List.of(new Count(Comparator.AT_LEAST, 5, "คน")),
        TargetParser.parseAll("๑. ไม่น้อยกว่า ๕ คน"));
  }

  @Test
  void describesTargetsInBothLanguages() {
    assertEquals("ไม่น้อยกว่า 5 คน", new Count(Comparator.AT_LEAST, 5, "คน").describe().th());
    assertEquals("at least 90%", pct(Comparator.AT_LEAST, "90").describe().en());
  }

  @Test
  void comparesAchievedValuesWithTheBound() {
    Count atLeastFive = new Count(Comparator.AT_LEAST, 5, "คน");
    assertTrue(atLeastFive.isMetBy(5));
    assertFalse(atLeastFive.isMetBy(4));
    Percentage between =
        new Percentage(Comparator.BETWEEN, new BigDecimal("80"), Optional.of(new BigDecimal("90")));
    assertTrue(between.isMetBy(new BigDecimal("90")));
    assertFalse(between.isMetBy(new BigDecimal("90.1")));
    assertTrue(pct(Comparator.AT_MOST, "5").isMetBy(new BigDecimal("4.99")));
  }

  /** A zero-width space (which Thai text puts between words) once sent the parser round forever. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hanging, not a measurement
  void readsThroughZeroWidthSpaces() {
    assertEquals(
        new Count(Comparator.AT_LEAST, 5, "คน"), TargetParser.parse("ไม่น้อยกว่า\u200B๕\u200B คน"));
    assertEquals(pct(Comparator.AT_LEAST, "90"), TargetParser.parse("\u200B\u200Bร้อยละ ๙๐\u200B"));
  }

  @Test
  void neverThrowsOnArbitraryText() {
    long seed = 20260101L;
    Random random = new Random(seed);
    String alphabet = "๐๑๒๕๙0123456789 .-%/ร้อยละไม่น้อยกว่าเกินทุกคนครั้งจำนวนพ.ศ.ถึงระหว่าง\t\u200B";
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      try {
        TargetParser.parseAll(text).forEach(ParsedTarget::describe);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", case " + i + ": '" + text + "'", e);
      }
    }
  }
}
