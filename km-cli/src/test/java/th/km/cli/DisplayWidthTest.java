package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void thaiVowelsAndToneMarksAboveAndBelowTakeNoColumn() {
    assertEquals(1, DisplayWidth.of("ที่"));
    assertEquals(2, DisplayWidth.of("น้ำ"), "sara am is a spacing vowel");
    assertEquals(3, DisplayWidth.of("สิ่งนี้"), "ส ง น, and no column for the marks on them");
    assertEquals(11, DisplayWidth.of("บรรลุเป้าหมาย"), "13 characters, two of them marks");
    assertEquals(5, DisplayWidth.of("KM 12"));
    assertEquals(2, DisplayWidth.of("🙂"));
  }

  @Test
  void cuttingKeepsTheMarksOnTheirBaseAndPaddingFillsExactly() {
    String cut = DisplayWidth.truncate("ไม่บรรลุเป้าหมาย", 6);
    assertEquals("ไม่บรร…", cut);
    assertEquals(6, DisplayWidth.of(cut));
    assertEquals(10, DisplayWidth.of(DisplayWidth.left("ที่นี่", 10)));
    assertEquals("   ร้อยละ", DisplayWidth.right("ร้อยละ", 8), "ร อ ย ล ะ take five");
  }
}
