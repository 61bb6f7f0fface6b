package th.km.persistence.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each kind of Thai extraction damage is repaired, and recorded with where it was. */
class ThaiRepairsTest {

  private static final SourceLocation AT = new SourceLocation.PdfPosition(3, 412, 72);

  @ParameterizedTest(name = "{2}")
  @CsvSource({
    "ประจ\u0E4D\u0E32ปี, ประจำปี, SARA_AM_SPLIT",
    "น\u0E4D\u0E49\u0E32, น้ำ, SARA_AM_SPLIT",
    "ต\u0E33\u0E32บล, ตำบล, SARA_AM_SPLIT",
    "ท\u0E48\u0E35, ที่, MARK_ORDER",
    "ก\u0E49\u0E38ง, กุ้ง, MARK_ORDER",
    "ที\uF70A, ที่, PRIVATE_USE_GLYPH",
    "ป\uF70Bา, ป้า, PRIVATE_USE_GLYPH",
    "\uF70Fี่ปุ่น, ญี่ปุ่น, PRIVATE_USE_GLYPH",
    "การ\u200Bจัดการ, การจัดการ, ZERO_WIDTH",
    "ที \u0E48ดี, ที่ดี, SPACE_IN_WORD",
    "ประจ \u0E33ปี, ประจำปี, SPACE_IN_WORD",
  })
  void eachDamageIsRepairedAndRecorded(String damaged, String repaired, ThaiRepair.Kind kind) {
    List<ThaiRepair> repairs = new ArrayList<>();
    assertEquals(repaired, ThaiRepairs.repair(damaged, AT, repairs));
    assertEquals(kind, repairs.getFirst().kind());
    assertEquals(AT, repairs.getFirst().location());
    assertEquals("page 3, y 412 pt, x 72 pt", repairs.getFirst().location().describe());
  }

  @Test
  void wellFormedThaiIsLeftAlone() {
    List<ThaiRepair> repairs = new ArrayList<>();
    String text = PlanTexts.read(PlanTexts.TEXT_IMPORT.resolve("nong-bua-2570.txt"));
    assertEquals(text, ThaiRepairs.repair(text, AT, repairs));
    assertEquals(List.of(), repairs);
  }
}
