package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.testing.CalendarGenerators;

class ThaiDigitsTest {

  @Test
  void convertsEveryDigitBothWays() {
    assertEquals("๐๑๒๓๔๕๖๗๘๙", ThaiDigits.toThai("0123456789"));
    assertEquals("0123456789", ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙"));
    assertEquals("พ.ศ. ๒๕๖๙ (2026)", ThaiDigits.toThai("พ.ศ. ๒๕๖๙ (2026)").replace("๒๐๒๖", "2026"));
    assertEquals("ปีงบประมาณ พ.ศ. 2569", ThaiDigits.toArabic("ปีงบประมาณ พ.ศ. ๒๕๖๙"));
  }

  @Test
  void readsNumbersInEitherDigitsOrAMix() {
    assertEquals(OptionalInt.of(2569), ThaiDigits.parseInt("๒๕๖๙"));
    assertEquals(OptionalInt.of(2569), ThaiDigits.parseInt(" 2569 "));
    assertEquals(OptionalInt.of(2569), ThaiDigits.parseInt("๒5๖9"));
    assertEquals(OptionalInt.empty(), ThaiDigits.parseInt(""));
    assertEquals(OptionalInt.empty(), ThaiDigits.parseInt("๑๕ วัน"));
    assertEquals(OptionalInt.empty(), ThaiDigits.parseInt("-5"));
    assertEquals(OptionalInt.of(2147483647), ThaiDigits.parseInt("๒๑๔๗๔๘๓๖๔๗"));
    assertEquals(OptionalInt.empty(), ThaiDigits.parseInt("2147483648"), "too large for an int");
    assertEquals(OptionalInt.of(5), ThaiDigits.parseInt("00000000000005"));
  }

  @Test
  void tellsDigitsApartAndSpotsMixedStyles() {
    assertTrue(ThaiDigits.isThaiDigit('๕'));
    assertFalse(ThaiDigits.isThaiDigit('5'));
    assertTrue(ThaiDigits.isDigit('5') && ThaiDigits.isDigit('๕'));
    assertFalse(ThaiDigits.isDigit('ก'));
    assertTrue(ThaiDigits.mixesDigitStyles("วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙"));
    assertFalse(ThaiDigits.mixesDigitStyles("พ.ศ. ๒๕๖๙ ต.ค. ๒๕๖๘"));
    assertFalse(ThaiDigits.mixesDigitStyles("no digits"));
  }

  @Test
  void roundTripsKeepEverythingButTheDigitStyle() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      String text = CalendarGenerators.thaiText(random, 40);
      String replay = "seed " + seed + ", case " + i + ": «" + text + "»";
      String arabic = ThaiDigits.toArabic(text);
      String thai = ThaiDigits.toThai(text);
      assertEquals(arabic, ThaiDigits.toArabic(thai), replay);
      assertEquals(thai, ThaiDigits.toThai(arabic), replay);
      assertEquals(text.length(), thai.length(), replay);
      assertFalse(ThaiDigits.mixesDigitStyles(arabic) || ThaiDigits.mixesDigitStyles(thai), replay);
      String arabicOnly = CalendarGenerators.thaiTextWithArabicDigits(random, 40);
      assertEquals(arabicOnly, ThaiDigits.toArabic(ThaiDigits.toThai(arabicOnly)), replay);
      int n = random.nextInt(Integer.MAX_VALUE);
      assertEquals(OptionalInt.of(n), ThaiDigits.parseInt(ThaiDigits.toThai(Integer.toString(n))), replay);
    }
  }
}
