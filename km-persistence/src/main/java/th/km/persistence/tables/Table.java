package th.km.persistence.tables;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * A table ready to be written: which table it is, its columns, and its rows, each with one cell per
 * column.
 *
 * @param name which table: a {@link TableName} of an organization's year, or another titled table
 * @param columns the columns, in order
 * @param rows the rows, in the order the page shows them
 */
public record Table(TableTitle name, List<Column> columns, List<List<Cell>> rows) {

  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (int i = 0; i < rows.size(); i++) {
      checkArgument(
          rows.get(i).size() == columns.size(),
          "table %s: row %s has %s cells for %s columns",
          name.title(TableLanguage.EN),
          i + 1,
          rows.get(i).size(),
          columns.size());
    }
  }

  /** The headers in the language. */
  public List<String> headers(TableLanguage language) {
    return columns.stream().map(c -> c.header(language)).toList();
  }
}
