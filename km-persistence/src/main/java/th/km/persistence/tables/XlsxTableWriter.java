package th.km.persistence.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an Excel workbook of one sheet with POI's streaming writer (SXSSF), which keeps
 * only a window of rows in memory: the header row bold, frozen and filterable, numbers as numeric
 * cells, days as real date cells shown in the Buddhist era ({@link #DATE_FORMAT}), and each column
 * as wide as its definition says, its text wrapped.
 */
public final class XlsxTableWriter {

  /**
   * The number format of date cells: a day and Thai month name with the year in the Buddhist era,
   * "31 มีนาคม 2569". The value stays a date, so it sorts and computes as one. {@code 107041E} is the
   * legacy locale code Excel of every version and LibreOffice read: Western digits (01), the Thai
   * Buddhist calendar (07), the Thai locale (041E); newer Excel writes the same as {@code
   * [$-th-TH,107]}.
   */
  public static final String DATE_FORMAT = "[$-107041E]d mmmm yyyy";

  /** How many rows the streaming writer keeps in memory before it flushes them to disk. */
  private static final int WINDOW = 200;

  /** Excel's limit on a sheet name's length. */
  private static final int SHEET_NAME_LENGTH = 31;

  private XlsxTableWriter() {}

  /** Writes the table to the stream, which it leaves open. */
  public static void write(Table table, TableLanguage language, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      workbook.setCompressTempFiles(true);
      Styles styles = new Styles(workbook);
      SXSSFSheet sheet = workbook.createSheet(sheetName(table.name().title(language)));
      List<Column> columns = table.columns();
      for (int i = 0; i < columns.size(); i++) {
        sheet.setColumnWidth(i, columns.get(i).width() * 256);
      }
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        org.apache.poi.ss.usermodel.Cell c = header.createCell(i);
        c.setCellValue(columns.get(i).header(language));
        c.setCellStyle(styles.header);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (List<Cell> cells : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < cells.size(); i++) {
          cell(row, i, cells.get(i), language, styles);
        }
      }
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static void cell(Row row, int column, Cell cell, TableLanguage language, Styles styles) {
    switch (cell) {
      case Cell.Text t -> {
        String text = language.pick(t.text());
        if (!text.isEmpty()) {
          org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
          c.setCellValue(text);
          c.setCellStyle(styles.text);
        }
      }
      case Cell.Number n -> {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
        c.setCellValue(n.value().doubleValue());
        c.setCellStyle(styles.number);
      }
      case Cell.Date d -> {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
        c.setCellValue(d.value());
        c.setCellStyle(styles.date);
      }
      case Cell.Blank b -> {}
    }
  }

  /** A sheet name Excel accepts: none of {@code []:*?/\}, at most 31 characters. */
  static String sheetName(String title) {
    String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return clean.length() <= SHEET_NAME_LENGTH ? clean : clean.substring(0, SHEET_NAME_LENGTH).strip();
  }

  /** The cell styles of a workbook, made once: a workbook holds a limited number of them. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle date;

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      text = workbook.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      number = workbook.createCellStyle();
      number.setVerticalAlignment(VerticalAlignment.TOP);
      date = workbook.createCellStyle();
      date.setVerticalAlignment(VerticalAlignment.TOP);
      date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
    }
  }
}
