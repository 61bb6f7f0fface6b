package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberedItemsTest {

  @Test
  void splitsAListRunTogetherInOneCell() {
    assertEquals(
        List.of("ความรู้ด้านการบริหารงานบุคคล", "ความรู้ด้านกฎหมาย", "นโยบายรัฐบาล"),
        NumberedItems.split(
            "๑. ความรู้ด้านการบริหารงานบุคคล ๒. ความรู้ด้านกฎหมาย ๓. นโยบายรัฐบาล"));
  }

  @Test
  void yearsAndRangesInsideAnItemDoNotSplitIt() {
    assertEquals(
        List.of(
            "จำนวนกิจกรรม/โครงการ (๒๕๖๖ -๒๕๗๐) และ เทศบัญญัติ งบประมาณ พ.ศ. ๒๕๖๙",
            "จำนวนผู้บริหาร"),
        NumberedItems.split(
            "๑. จำนวนกิจกรรม/โครงการ (๒๕๖๖ -๒๕๗๐) และ เทศบัญญัติ งบประมาณ พ.ศ. ๒๕๖๙ ๒."
                + " จำนวนผู้บริหาร"));
  }

  @Test
  void onlyTheNextNumberSplits() {
    assertEquals(
        List.of("มีคู่มือ 3. ฉบับ", "มีรายงาน"),
        NumberedItems.split("1. มีคู่มือ 3. ฉบับ 2. มีรายงาน"),
        "3. before 2. is text of item 1, not a new item");
  }

  @Test
  void arabicAndThaiDigitsAndBracketsAreLists() {
    assertEquals(List.of("ก", "ข"), NumberedItems.split("1. ก 2. ข"));
    assertEquals(List.of("ก", "ข"), NumberedItems.split("๑) ก ๒) ข"));
    assertEquals(List.of("ก", "ข"), NumberedItems.split("1.ก 2.ข"));
  }

  @Test
  void aCellWithoutNumberingIsOneItemAndAnEmptyCellNone() {
    assertEquals(
        List.of("พนักงานมีความรู้ความสามารถ ๒. ในการปฏิบัติงาน"),
        NumberedItems.split("พนักงานมีความรู้ความสามารถ ๒. ในการปฏิบัติงาน"));
    assertEquals(List.of(), NumberedItems.split("  "));
  }

  @Test
  void readsNumberedLinesWithOrWithoutTheDot() {
    assertEquals(
        Optional.of(new NumberedItems.Numbered(4, "การเรียนรู้ เพื่อสร้างความเข้าใจ")),
        NumberedItems.parse("๔ การเรียนรู้ เพื่อสร้างความเข้าใจ"));
    assertEquals(
        Optional.of(new NumberedItems.Numbered(12, "ข้อ")), NumberedItems.parse("12. ข้อ"));
    assertEquals(Optional.empty(), NumberedItems.parse("๒๕๖๙ ปีงบประมาณ"));
    assertEquals(Optional.empty(), NumberedItems.parse("๑."));
  }
}
