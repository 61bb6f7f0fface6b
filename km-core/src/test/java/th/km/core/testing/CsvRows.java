package th.km.core.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text back by RFC 4180, for tests of what km writes as CSV: quoted fields may hold
 * commas, quotes and CRLFs; a bare line break or a last record without its CRLF is refused.
 */
public final class CsvRows {

  private CsvRows() {}

  /** The records of {@code csv}, each a list of its fields. */
  public static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            "a bare line break outside quotes at " + i + ": not RFC 4180");
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("the last record does not end with CRLF");
    }
    return rows;
  }
}
