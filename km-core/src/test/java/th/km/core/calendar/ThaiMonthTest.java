package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ThaiMonthTest {

  @ParameterizedTest(name = "{1} / {2} is {0}")
  @CsvSource({
    "JANUARY, มกราคม, ม.ค.",
    "FEBRUARY, กุมภาพันธ์, ก.พ.",
    "MARCH, มีนาคม, มี.ค.",
    "APRIL, เมษายน, เม.ย.",
    "MAY, พฤษภาคม, พ.ค.",
    "JUNE, มิถุนายน, มิ.ย.",
    "JULY, กรกฎาคม, ก.ค.",
    "AUGUST, สิงหาคม, ส.ค.",
    "SEPTEMBER, กันยายน, ก.ย.",
    "OCTOBER, ตุลาคม, ต.ค.",
    "NOVEMBER, พฤศจิกายน, พ.ย.",
    "DECEMBER, ธันวาคม, ธ.ค.",
  })
  void readsEveryFullNameAndAbbreviationWithOrWithoutDots(
      Month month, String fullName, String abbreviation) {
    ThaiMonth expected = ThaiMonth.of(month);
    assertEquals(fullName, expected.fullName());
    assertEquals(abbreviation, expected.abbreviation());
    String noDots = abbreviation.replace(".", "");
    String lastDotMissing = abbreviation.substring(0, abbreviation.length() - 1);
    String firstDotMissing = abbreviation.replaceFirst("\\.", "");
    for (String written :
        new String[] {
          fullName, abbreviation, noDots, lastDotMissing, firstDotMissing, " " + abbreviation + " "
        }) {
      assertEquals(Optional.of(expected), ThaiMonth.parse(written), written);
    }
  }

  @ParameterizedTest
  @EnumSource(Month.class)
  void mapsEveryMonthBothWays(Month month) {
    assertEquals(month, ThaiMonth.of(month).month());
  }

  @Test
  void rejectsWhatIsNoMonth() {
    for (String word : new String[] {"", ".", "ตุลา", "October", "ต.ค.ค.", "มกรา คม"}) {
      assertEquals(Optional.empty(), ThaiMonth.parse(word), word);
    }
  }
}
