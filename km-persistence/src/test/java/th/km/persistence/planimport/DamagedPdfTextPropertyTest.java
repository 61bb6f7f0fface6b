package th.km.persistence.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.textimport.ImportOptions;
import th.km.core.textimport.ImportResult;
import th.km.core.textimport.ImportSummary;
import th.km.core.textimport.PlanTextImporter;

/**
 * Damages the plans' text the way PDF extraction does, at random from a printed seed (rerun one
 * with -Dkm.seed=N): the Thai repairs restore every damaged line exactly; and a table row that lost
 * a tab is reported by the importer, never turned into more goals or activities than there are.
 */
class DamagedPdfTextPropertyTest {

  private static final long SEED = Long.getLong("km.seed", System.nanoTime());
  private static final SourceLocation AT = new SourceLocation.PdfPosition(1, 0, 0);
  private static final String UPPER = "\u0E31\u0E34\u0E35\u0E36\u0E37";
  private static final String TONES = "\u0E48\u0E49\u0E4A\u0E4B\u0E4C";

  @Test
  void repairsRestoreEveryDamagedLine() {
    System.out.println("DamagedPdfTextPropertyTest seed " + SEED + " (rerun with -Dkm.seed=" + SEED + ")");
    Random random = new Random(SEED);
    List<String> lines = new ArrayList<>();
    for (Path file : PlanTexts.all()) {
      for (String line : PlanTexts.read(file).split("\n")) {
        List<ThaiRepair> none = new ArrayList<>();
        if (line.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E4E)
            && ThaiRepairs.repair(line, AT, none).equals(line)) {
          lines.add(line);
        }
      }
    }
    for (int i = 0; i < 500; i++) {
      String line = lines.get(random.nextInt(lines.size()));
      String damaged = line;
      for (int d = 1 + random.nextInt(4); d > 0; d--) {
        damaged = damage(damaged, random);
      }
      List<ThaiRepair> repairs = new ArrayList<>();
      assertEquals(line, ThaiRepairs.repair(damaged, AT, repairs),
          "seed " + SEED + ", damaged: " + damaged.codePoints().mapToObj(Integer::toHexString).toList());
      assertEquals(!damaged.equals(line), !repairs.isEmpty(), "seed " + SEED + ": " + damaged);
    }
  }

  @Test
  void aRowThatLostATabIsReportedNotInvented() {
    System.out.println("DamagedPdfTextPropertyTest seed " + SEED + " (rerun with -Dkm.seed=" + SEED + ")");
    Random random = new Random(SEED);
    for (Path file : PlanTexts.all()) {
      String text = PlanTexts.read(file);
      ImportSummary original = ImportSummary.of(PlanTextImporter.importText(text, ImportOptions.defaults()));
      String[] lines = text.split("\n", -1);
      if (Arrays.stream(lines).noneMatch(DamagedPdfTextPropertyTest::isRowWithTabs)) {
        continue; // a plan without tab rows (pdftotext output) has no tab to lose
      }
      for (int round = 0; round < 5; round++) {
        String[] damaged = lines.clone();
        int row = pickRowWithTabs(damaged, random);
        String[] cells = damaged[row].split("\t", -1);
        int drop = random.nextInt(cells.length - 1);
        damaged[row] = join(cells, drop);
        ImportResult result =
            PlanTextImporter.importText(String.join("\n", damaged), ImportOptions.defaults());
        String where = "seed " + SEED + ", " + file.getFileName() + " line " + (row + 1) + ": " + damaged[row];
        if (result.plan().isEmpty()) {
          assertTrue(result.hasErrors(), where);
          continue;
        }
        ImportSummary s = ImportSummary.of(result);
        assertTrue(s.goals() <= original.goals() && s.activities() <= original.activities()
            && s.form1Rows() <= original.form1Rows(), where + " → " + s.line());
        boolean lost = s.goals() < original.goals() || s.activities() < original.activities()
            || s.form1Rows() < original.form1Rows();
        if (lost) {
          assertTrue(s.errors() + s.warnings() > original.errors() + original.warnings(),
              where + " lost rows silently → " + s.line());
        }
      }
    }
  }

  private static int pickRowWithTabs(String[] lines, Random random) {
    while (true) {
      int i = random.nextInt(lines.length);
      if (isRowWithTabs(lines[i])) {
        return i;
      }
    }
  }

  private static boolean isRowWithTabs(String line) {
    String[] cells = line.split("\t", -1);
    return cells.length > 2 && !cells[1].isBlank();
  }

  private static String join(String[] cells, int withoutTabAfter) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      out.append(cells[c]);
      if (c + 1 < cells.length) {
        out.append(c == withoutTabAfter ? " " : "\t");
      }
    }
    return out.toString();
  }

  /** One damage of PDF extraction, where the line offers a place for it. */
  private static String damage(String line, Random random) {
    List<Integer> places = new ArrayList<>();
    switch (random.nextInt(5)) {
      case 0 -> { // sara am split into nikhahit and sara aa, the tone mark moved between them
        for (int i = 0; i < line.length(); i++) {
          if (line.charAt(i) == '\u0E33') {
            places.add(i);
          }
        }
        if (places.isEmpty()) {
          return line;
        }
        int at = places.get(random.nextInt(places.size()));
        boolean tone = at > 0 && TONES.indexOf(line.charAt(at - 1)) >= 0;
        return tone
            ? line.substring(0, at - 1) + "\u0E4D" + line.charAt(at - 1) + "\u0E32" + line.substring(at + 1)
            : line.substring(0, at) + "\u0E4D\u0E32" + line.substring(at + 1);
      }
      case 1 -> { // tone mark drawn before the upper vowel
        for (int i = 0; i + 1 < line.length(); i++) {
          if (UPPER.indexOf(line.charAt(i)) >= 0 && TONES.indexOf(line.charAt(i + 1)) >= 0) {
            places.add(i);
          }
        }
        if (places.isEmpty()) {
          return line;
        }
        int at = places.get(random.nextInt(places.size()));
        return line.substring(0, at) + line.charAt(at + 1) + line.charAt(at) + line.substring(at + 2);
      }
      case 2 -> { // a tone mark as the font's private-use glyph
        for (int i = 0; i < line.length(); i++) {
          if (TONES.indexOf(line.charAt(i)) >= 0) {
            places.add(i);
          }
        }
        if (places.isEmpty()) {
          return line;
        }
        int at = places.get(random.nextInt(places.size()));
        char pua = (char) ((random.nextBoolean() ? 0xF70A : 0xF713) + TONES.indexOf(line.charAt(at)));
        return line.substring(0, at) + pua + line.substring(at + 1);
      }
      case 3 -> { // a zero-width space anywhere
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + "\u200B" + line.substring(at);
      }
      default -> { // a space before an upper mark
        for (int i = 1; i < line.length(); i++) {
          char c = line.charAt(i);
          char before = line.charAt(i - 1);
          if ((UPPER.indexOf(c) >= 0 || TONES.indexOf(c) >= 0)
              && before >= '\u0E01' && before <= '\u0E4E') {
            places.add(i);
          }
        }
        if (places.isEmpty()) {
          return line;
        }
        int at = places.get(random.nextInt(places.size()));
        return line.substring(0, at) + " " + line.substring(at);
      }
    }
  }
}
