package th.km.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A plan's text as a plain Word file for the command-line tests: each line a paragraph, each run
 * of tab-separated lines a table with one row per line.
 */
final class Docx {

  private Docx() {}

  static byte[] of(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].contains("\t")) {
          doc.createParagraph().createRun().setText(lines[i]);
          continue;
        }
        List<String[]> rows = new ArrayList<>();
        int columns = 0;
        while (i < lines.length && lines[i].contains("\t")) {
          String[] cells = lines[i++].split("\t", -1);
          rows.add(cells);
          columns = Math.max(columns, cells.length);
        }
        i--;
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).length; c++) {
            table.getRow(r).getCell(c).setText(rows.get(r)[c]);
          }
        }
        doc.createParagraph();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }
}
