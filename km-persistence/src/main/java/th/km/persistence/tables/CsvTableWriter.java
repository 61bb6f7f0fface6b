package th.km.persistence.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV by RFC 4180 (comma separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), in UTF-8 with a byte-order mark: without the
 * mark Excel reads the file in the machine's code page and shows Thai as mojibake. The first line
 * is the header in the table's language; numbers are plain digits and days ISO dates.
 */
public final class CsvTableWriter {

  /** The byte-order mark every file begins with, as a character. */
  public static final char BOM = '\uFEFF';

  private CsvTableWriter() {}

  /** Writes the table to the stream, which it flushes but leaves open. */
  public static void write(Table table, TableLanguage language, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(BOM);
    line(w, table.headers(language));
    for (List<Cell> row : table.rows()) {
      line(w, row.stream().map(c -> c.plain(language)).toList());
    }
    w.flush();
  }

  private static void line(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(fields.get(i)));
    }
    w.write("\r\n");
  }

  /** A field quoted when it holds a comma, a quote or a line break, its quotes doubled. */
  public static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
