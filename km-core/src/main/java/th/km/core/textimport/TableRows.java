package th.km.core.textimport;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Issues common to the rows of every table. */
final class TableRows {

  private TableRows() {}

  /** Whether the line may be a table header: a table row that does not start with a number. */
  static boolean mayBeHeader(SourceLine line) {
    if (!line.isTableRow()) {
      return false;
    }
    String first = line.filledCells().getFirst();
    return NumberedItems.parse(first).isEmpty() && NumberedItems.parseNumberCell(first).isEmpty();
  }

  static void rowWithoutHeader(SourceLine row, String tableTh, String tableEn, Issues issues) {
    issues.error(
        row.number(),
        row.content(),
        "แถวนี้ของ" + tableTh + " ไม่มีหัวตารางก่อนหน้า จึงจับคู่คอลัมน์ไม่ได้และไม่ได้นำเข้า",
        "this row of the "
            + tableEn
            + " comes before any table header; its columns cannot be"
            + " mapped and it was not imported");
  }

  /**
   * Reports a header that joins two columns' names in one cell ({@link Columns#joinedCell}): its
   * columns cannot be told apart, so no row under it is read.
   */
  static void joinedHeader(SourceLine header, String cell, Issues issues) {
    issues.error(
        header.number(),
        header.content(),
        "หัวตารางนี้มีหัวคอลัมน์สองคอลัมน์อยู่ในช่องเดียว (\""
            + cell
            + "\" ตัวคั่น Tab หายไป) จึงจับคู่คอลัมน์ไม่ได้ แถวใต้หัวตารางนี้ไม่ได้นำเข้า",
        "this table header has two columns' names in one cell (\""
            + cell
            + "\", the tab between them is lost), so its columns cannot be mapped; the rows under"
            + " it were not imported");
  }

  static void rowUnderJoinedHeader(SourceLine row, int headerLine, Issues issues) {
    issues.error(
        row.number(),
        row.content(),
        "หัวตารางของแถวนี้ (บรรทัด " + headerLine + ") อ่านไม่ได้ จึงจับคู่คอลัมน์ไม่ได้และไม่ได้นำเข้า",
        "the table header of this row (line "
            + headerLine
            + ") cannot be read; its columns cannot be mapped and it was not imported");
  }

  static void rowWithoutNumber(SourceLine row, String tableTh, String tableEn, Issues issues) {
    issues.error(
        row.number(),
        row.content(),
        "แถวนี้ของ" + tableTh + " ไม่มีเลขลำดับ จึงไม่ได้นำเข้า",
        "this row of the " + tableEn + " has no number; it was not imported");
  }

  /**
   * Reports a row that lacks cells of required columns and says whether it may be read: a row with
   * fewer cells than its header cannot be mapped without guessing which cell is missing.
   */
  static <F extends Enum<F>> boolean hasRequiredCells(
      SourceLine row,
      Columns<F> columns,
      List<F> required,
      Function<F, String> thai,
      Issues issues) {
    List<F> missing = columns.missing(row, required);
    if (missing.isEmpty()) {
      return true;
    }
    tooFewCells(
        row,
        missing.stream().map(thai).toList(),
        missing.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList(),
        issues);
    return false;
  }

  static void tooFewCells(
      SourceLine row, List<String> missingTh, List<String> missingEn, Issues issues) {
    issues.error(
        row.number(),
        row.content(),
        "แถวนี้มีช่องน้อยกว่าหัวตาราง (ขาด "
            + String.join(", ", missingTh)
            + ") ไม่รู้ว่าช่องใดหายไป จึงไม่ได้นำเข้า",
        "this row has fewer cells than its header (no "
            + String.join(", ", missingEn)
            + "); which cell is missing cannot be told, so it was not imported");
  }

  static void duplicateNumber(
      SourceLine row, int number, String tableTh, String tableEn, Issues issues) {
    issues.error(
        row.number(),
        row.content(),
        tableTh + " มีแถวลำดับที่ " + number + " ซ้ำ แถวนี้จึงไม่ได้นำเข้า",
        "the " + tableEn + " already has a row numbered " + number + "; this row was not imported");
  }

  static void extraCells(SourceLine row, List<String> extra, Issues issues) {
    issues.warning(
        row.number(),
        String.join(" | ", extra),
        "แถวนี้มีข้อความในช่องที่ไม่มีหัวตาราง จึงไม่ได้นำเข้าข้อความนั้น",
        "this row has text in cells under no header; that text was not imported");
  }
}
