package th.km.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a plan's text as the Word file a municipality would have: each line a paragraph, each run
 * of tab-separated lines a table with one row per line and one cell per column.
 */
final class Docx {

  private Docx() {}

  /** The DOCX of the UTF-8 text. */
  static byte[] of(byte[] utf8Text) {
    String text = new String(utf8Text, StandardCharsets.UTF_8).replace("\r\n", "\n");
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<String[]> rows = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        if (line.contains("\t")) {
          rows.add(line.split("\t", -1));
          continue;
        }
        table(doc, rows);
        doc.createParagraph().createRun().setText(line);
      }
      table(doc, rows);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the rows gathered so far as one table, and forgets them. */
  private static void table(XWPFDocument doc, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.stream().mapToInt(r -> r.length).max().orElseThrow();
    XWPFTable table = doc.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      for (int c = 0; c < columns; c++) {
        String cell = c < rows.get(r).length ? rows.get(r)[c] : "";
        row.getCell(c).setText(cell);
      }
    }
    rows.clear();
  }
}
