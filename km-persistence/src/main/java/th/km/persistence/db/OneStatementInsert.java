package th.km.persistence.db;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Many tables' rows into PostgreSQL in two round trips rather than one or two per table: one query
 * takes the ids of the tables whose rows are referred to from the tables' identity sequences, the
 * other inserts every table's rows in one statement, each table by an {@code INSERT ... SELECT}
 * from {@code unnest} of one text array per column in a data-modifying {@code WITH}. PostgreSQL
 * checks the foreign keys at the end of the statement, when every table is in. On a machine whose
 * processors are busy each round trip waits for the server's turn, which made the forty statements
 * of a plan, and the small tables of a year's records, cost more than their rows. Used by {@link
 * PlanRowWriter} and {@link BulkImport}.
 */
final class OneStatementInsert {

  private OneStatementInsert() {}

  /**
   * New ids for {@code counts} rows of each table, from the table's identity sequence, in the
   * order the sequence gave them.
   */
  static Map<Table<?>, List<Long>> takeIds(Connection c, Map<Table<?>, Integer> counts)
      throws SQLException {
    List<Table<?>> tables = new ArrayList<>(counts.keySet());
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < tables.size(); i++) {
      sql.append(i == 0 ? "" : " UNION ALL ")
          .append("SELECT ")
          .append(i)
          .append(" AS t, nextval(pg_get_serial_sequence('")
          .append(tables.get(i).getName())
          .append("', 'id')) AS id FROM generate_series(1, ?)");
    }
    Map<Table<?>, List<Long>> ids = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(sql.append(" ORDER BY 1, 2").toString())) {
      for (int i = 0; i < tables.size(); i++) {
        select.setInt(i + 1, counts.get(tables.get(i)));
        ids.put(tables.get(i), new ArrayList<>());
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.get(tables.get(rows.getInt(1))).add(rows.getLong(2));
        }
      }
    }
    return ids;
  }

  /**
   * Inserts the rows of every table in one statement; the tables whose rows carry their own ids
   * ({@code withIds}) have their id column written too.
   */
  static void insert(
      Connection c, Map<Table<?>, List<TableRecord<?>>> tables, java.util.Set<Table<?>> withIds)
      throws SQLException {
    StringBuilder sql = new StringBuilder("WITH ");
    List<Array> arrays = new ArrayList<>();
    int n = 0;
    for (Map.Entry<Table<?>, List<TableRecord<?>>> e : tables.entrySet()) {
      Table<?> table = e.getKey();
      List<Field<?>> columns = new ArrayList<>();
      if (withIds.contains(table)) {
        columns.add(table.field("id"));
      }
      columns.addAll(BulkRows.columns(table));
      sql.append(n == 0 ? "" : ", ").append("t").append(n++).append(" AS (INSERT INTO ")
          .append(table.getName()).append(" (");
      StringBuilder select = new StringBuilder();
      StringBuilder from = new StringBuilder();
      for (int i = 0; i < columns.size(); i++) {
        Field<?> column = columns.get(i);
        sql.append(i == 0 ? "" : ", ").append(column.getName());
        select.append(i == 0 ? "" : ", ").append("u.c").append(i).append("::").append(type(column));
        from.append(i == 0 ? "" : ", ").append("?::text[]");
        arrays.add(c.createArrayOf("text", texts(e.getValue(), table.indexOf(column))));
      }
      sql.append(") SELECT ").append(select).append(" FROM unnest(").append(from)
          .append(") AS u(");
      for (int i = 0; i < columns.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("c").append(i);
      }
      sql.append("))");
    }
    if (n == 0) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement(sql.append(" SELECT 1").toString())) {
      for (int i = 0; i < arrays.size(); i++) {
        insert.setArray(i + 1, arrays.get(i));
      }
      insert.execute();
    } finally {
      for (Array a : arrays) {
        a.free();
      }
    }
  }

  private static String[] texts(List<TableRecord<?>> rows, int at) {
    String[] texts = new String[rows.size()];
    for (int i = 0; i < texts.length; i++) {
      Object value = rows.get(i).get(at);
      texts[i] =
          switch (value) {
            case null -> null;
            case Boolean b -> b ? "t" : "f";
            default -> value.toString();
          };
    }
    return texts;
  }

  /** The PostgreSQL type a column's text is cast to, by the column's Java type. */
  private static String type(Field<?> column) {
    Class<?> type = column.getType();
    if (type == Long.class) {
      return "bigint";
    } else if (type == Integer.class) {
      return "integer";
    } else if (type == Short.class) {
      return "smallint";
    } else if (type == Boolean.class) {
      return "boolean";
    } else if (type == LocalDate.class) {
      return "date";
    } else if (type == OffsetDateTime.class) {
      return "timestamptz";
    } else if (type == java.math.BigDecimal.class) {
      return "numeric";
    } else if (type == String.class) {
      return "text";
    }
    throw new IllegalArgumentException(
        "column " + column.getName() + " of type " + type.getName() + " has no text cast here");
  }
}
