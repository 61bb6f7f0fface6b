package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;

/**
 * Damages the fixtures at random (a seeded {@link Random}; the seed is in every message) and checks
 * what must hold for any input: the importer does not fail, every issue points at a line of the
 * input, and every text of the plan is text of the document: nothing is invented.
 */
class ImporterRobustnessTest {

  private static final int CASES = 300;
  private static final List<String> FIXTURES =
      List.of(Fixtures.BAN_WAEN, Fixtures.NONG_BUA, Fixtures.DAMAGED);
  private static final List<String> NOISE =
      List.of(
          "xxxx",
          "๑๒๓",
          "\t\t",
          "เป้าหมาย KM : ",
          "เป้าหมาย KM : ๙. ",
          "ลำดับ\tกิจกรรม",
          "ลำดับ\tกิจกรรม\tระยะเวลา\tตัวชี้วัด",
          "- ",
          "๑.",
          "(",
          "**",
          "ประกาศ ณ วันที่ 99 มกราคม 2569",
          "ประกาศเทศบาลเมือง",
          "ชื่อส่วนราชการ :",
          "แบบฟอร์มที่ ๒ แผนอื่น",
          "คณะกรรมการจัดการความรู้",
          "๑. หัวหน้าคณะกรรมการจัดการความรู้ ได้แก่",
          "ปลัด\tเป็น\tประธานกรรมการ",
          "ให้รายงาน ภายใน ๔๐๐ วัน จนถึง",
          "อย่างน้อยปีละ ๒๐ ครั้ง");

  @Test
  void damagedTextNeverFailsAndNeverInventsText() {
    long base = 20_260_301L;
    for (int c = 0; c < CASES; c++) {
      long seed = base + c;
      Random random = new Random(seed);
      String original = Fixtures.text(FIXTURES.get(random.nextInt(FIXTURES.size())));
      String text = damage(original, random);
      ImportResult result =
          assertDoesNotThrow(
              () -> PlanTextImporter.importText(text, ImportOptions.defaults()), "seed " + seed);
      int lineCount = text.split("\r\n|\r|\n", -1).length;
      for (ImportIssue issue : result.issues()) {
        assertTrue(issue.line() >= 1 && issue.line() <= lineCount, "seed " + seed + ": " + issue);
      }
      result.plan().ifPresent(plan -> assertNothingInvented(plan, text, seed));
    }
  }

  private static void assertNothingInvented(KmPlan plan, String text, long seed) {
    String quotable = PlanTexts.quotable(text);
    for (String t : PlanTexts.of(plan)) {
      assertTrue(quotable.contains(t), "seed " + seed + ": not in the document: " + t);
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (KmGoal goal : plan.goals()) {
      for (PlanActivity a : goal.activities()) {
        String line = lines[a.sourceLine().orElseThrow() - 1];
        for (String t : PlanTexts.ofActivity(a)) {
          assertTrue(line.contains(t), "seed " + seed + ": activity text not on its line: " + t);
        }
      }
    }
  }

  private static String damage(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int damages = 1 + random.nextInt(8);
    for (int d = 0; d < damages && !lines.isEmpty(); d++) {
      int i = random.nextInt(lines.size());
      switch (random.nextInt(7)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, lines.get(i));
        case 2 -> {
          if (i + 1 < lines.size()) {
            lines.set(i, lines.set(i + 1, lines.get(i)));
          }
        }
        case 3 -> {
          String[] cells = lines.get(i).split("\t", -1);
          if (cells.length > 1) {
            int keep = 1 + random.nextInt(cells.length - 1);
            lines.set(i, String.join("\t", Arrays.copyOf(cells, keep)));
          }
        }
        case 4 -> lines.add(i, NOISE.get(random.nextInt(NOISE.size())));
        case 5 -> lines.set(i, ThaiDigits.toArabic(lines.get(i)));
        default -> {
          String[] cells = lines.get(i).split("\t", -1);
          cells[random.nextInt(cells.length)] = "";
          lines.set(i, String.join("\t", cells));
        }
      }
    }
    return String.join("\n", lines);
  }
}
