package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table rows and headers that lost a tab, as PDF extraction loses them: each is reported on its
 * line, and no row is read that the undamaged plan does not give (the damage that
 * DamagedPdfTextPropertyTest found at random, kept here as plain cases).
 */
class LostTabImportTest {

  private static final String BUA_YAI = "corpus/12-bua-yai-broken-rows.txt";

  /** The plan with one tab of a line turned into a space: the tab after the cell {@code after}. */
  private static String withoutTabAfter(String text, int line, String after) {
    String[] lines = text.split("\n", -1);
    String damaged = lines[line - 1].replace(after + "\t", after + " ");
    assertTrue(!damaged.equals(lines[line - 1]), "line " + line + " has no tab after " + after);
    lines[line - 1] = damaged;
    return String.join("\n", lines);
  }

  private static List<String> issues(ImportResult result, int line) {
    return result.issues().stream()
        .filter(i -> i.line() == line)
        .map(i -> i.severity() + " " + i.messageEn())
        .toList();
  }

  @Test
  void aForm1HeaderThatJoinedTwoColumnsIsReportedAndItsRowsAreNotRead() {
    String text = Fixtures.text(BUA_YAI);
    ImportSummary original = ImportSummary.of(Fixtures.importFixture(BUA_YAI));
    assertEquals(1, original.form1Rows(), "the second row of Form 1 has a cell too few");

    // seed 29328011394392: "ตัวชี้วัด ผู้รับผิดชอบ" in one cell mapped the responsible column to
    // the KPI cells and the knowledge column to the responsible ones, so the row with a cell
    // missing fitted the header and was read: 2 Form 1 rows where the plan has 1.
    ImportResult result =
        PlanTextImporter.importText(withoutTabAfter(text, 42, "ตัวชี้วัด"), ImportOptions.defaults());
    ImportSummary damaged = ImportSummary.of(result);

    assertEquals(0, damaged.form1Rows(), damaged.line());
    assertEquals(original.goals(), damaged.goals());
    assertEquals(original.activities(), damaged.activities());
    assertEquals(
        List.of(
            "ERROR this table header has two columns' names in one cell (\"ตัวชี้วัด ผู้รับผิดชอบ\","
                + " the tab between them is lost), so its columns cannot be mapped; the rows under"
                + " it were not imported"),
        issues(result, 42));
    for (int row : List.of(43, 44)) {
      assertEquals(
          List.of(
              "ERROR the table header of this row (line 42) cannot be read; its columns cannot be"
                  + " mapped and it was not imported"),
          issues(result, row),
          "line " + row);
    }
  }

  @Test
  void everyTabOfTheForm1HeaderLostGivesNoRowAndAnErrorOnTheHeader() {
    String text = Fixtures.text(BUA_YAI);
    for (String cell : List.of("กิจกรรม", "เป้าประสงค์", "ตัวชี้วัด", "ผู้รับผิดชอบ")) {
      ImportResult result =
          PlanTextImporter.importText(withoutTabAfter(text, 42, cell), ImportOptions.defaults());
      assertEquals(0, ImportSummary.of(result).form1Rows(), cell);
      assertEquals(1, issues(result, 42).size(), cell + ": " + issues(result, 42));
    }
  }

  @Test
  void oneWordNamingTwoColumnsIsStillOneColumn() {
    String text = Fixtures.text(BUA_YAI);
    String slashed = text.replace("ตัวชี้วัด\tผู้รับผิดชอบ", "ตัวชี้วัด/ผู้รับผิดชอบ\tผู้รับผิดชอบ");
    ImportResult result = PlanTextImporter.importText(slashed, ImportOptions.defaults());
    assertEquals(List.of(), issues(result, 42));
  }
}
