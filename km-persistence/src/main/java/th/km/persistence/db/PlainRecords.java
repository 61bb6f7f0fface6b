package th.km.persistence.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * A generated table's rows read through plain JDBC into its jOOQ records, for the batch's read
 * path ({@code km evaluate --all}): the SQL is written from the columns' names, not rendered by
 * jOOQ, because rendering a generated table's name sets up the schema ({@code DefaultSchema}) and
 * with it every generated table of km, each spinning a lambda that no AOT cache keeps.
 */
final class PlainRecords {

  private PlainRecords() {}

  /** {@code SELECT} every column of the table, in the table's order, {@code FROM} it. */
  static String selectAll(Table<?> table) {
    StringBuilder sql = new StringBuilder("SELECT ");
    Field<?>[] fields = table.fields();
    for (int i = 0; i < fields.length; i++) {
      sql.append(i == 0 ? "" : ", ").append(name(fields[i]));
    }
    return sql.append(" FROM ").append(table.getName()).toString();
  }

  /** The column's name as SQL: unquoted, as km's jOOQ settings render it ({@link Database}). */
  static String name(Field<?> field) {
    return field.getName();
  }

  /** The columns' names as SQL, separated by commas. */
  static String name(List<Field<?>> fields) {
    StringBuilder sql = new StringBuilder();
    for (Field<?> f : fields) {
      sql.append(sql.isEmpty() ? "" : ", ").append(name(f));
    }
    return sql.toString();
  }

  /** The table's record of the current row of a {@link #selectAll} query, columns by index. */
  static <R extends Record> R record(DSLContext dsl, Table<R> table, Field<?>[] fields, ResultSet r)
      throws SQLException {
    R record = dsl.newRecord(table);
    for (int i = 0; i < fields.length; i++) {
      set(record, fields[i], r, i + 1);
    }
    return record;
  }

  private static <T> void set(Record record, Field<T> field, ResultSet r, int column)
      throws SQLException {
    record.set(field, r.getObject(column, field.getType()));
  }
}
