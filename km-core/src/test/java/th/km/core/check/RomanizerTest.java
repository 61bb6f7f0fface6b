package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizerTest {

  @ParameterizedTest
  @CsvSource({
    "บ้าน, Ban",
    "แหวน, Waen",
    "หวาน, Wan",
    "บ้านแหวน, Ban Waen",
    "บ้านหวาน, Ban Wan",
    "หนอง, Nong",
    "เชียงใหม่, Chiang Mai",
    "สมชาย, Som Chai",
    "ดอนแก้ว, Don Kaeo",
    "หางดง, Hang Dong",
    "คน, Khon",
    "น้ำ, Nam"
  })
  void romanisesSimpleSyllablesByRtgs(String thai, String latin) {
    assertEquals(latin, Romanizer.romanize(thai));
  }

  @ParameterizedTest
  @CsvSource({"BAAN WAN, Ban Wan", "Ban  Waen, BAN WAEN", "Baan-Waen, ban waen"})
  void keysIgnoreCaseSpacesAndDoubledLetters(String a, String b) {
    assertEquals(Romanizer.key(a), Romanizer.key(b));
  }

  @ParameterizedTest
  @CsvSource({"BAAN WAN, Ban Waen", "Ban Wan, Ban Waen"})
  void keysKeepDifferentNamesApart(String a, String b) {
    assertNotEquals(Romanizer.key(a), Romanizer.key(b));
  }
}
