package th.km.persistence.db;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes many rows of one table fast, on the connection of the caller's transaction: PostgreSQL's
 * COPY through the driver's {@link CopyManager}, H2's batched prepared insert. Rows are jOOQ
 * records built by {@link RecordRows#row}; their id and version columns are left to the table's
 * defaults, as an ordinary insert leaves them.
 */
final class BulkRows {

  /** Rows per H2 batch and per COPY chunk: large enough to amortize, small enough to stay bounded. */
  static final int CHUNK = 5_000;

  private BulkRows() {}

  /** The columns written: every column of the table but its generated id and its version. */
  static List<Field<?>> columns(Table<?> table) {
    List<Field<?>> columns = new ArrayList<>();
    for (Field<?> f : table.fields()) {
      String name = f.getName().toLowerCase(Locale.ROOT);
      if (!name.equals("id") && !name.equals("version")) {
        columns.add(f);
      }
    }
    return columns;
  }

  /** Writes the rows, all of one table, with the engine's fastest bulk statement. */
  static void write(Connection c, Engine engine, Table<?> table, List<? extends TableRecord<?>> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    List<Field<?>> columns = columns(table);
    if (engine == Engine.POSTGRESQL) {
      copy(c, table, columns, rows);
    } else {
      batch(c, table, columns, rows);
    }
  }

  /** The statement both paths share: {@code table (col, col, ...)}. */
  static String target(Table<?> table, List<Field<?>> columns) {
    StringBuilder sql = new StringBuilder(table.getName()).append(" (");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(columns.get(i).getName());
    }
    return sql.append(')').toString();
  }

  private static void copy(
      Connection c, Table<?> table, List<Field<?>> columns, List<? extends TableRecord<?>> rows)
      throws SQLException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    String sql = "COPY " + target(table, columns) + " FROM STDIN";
    StringBuilder text = new StringBuilder(1 << 16);
    int inChunk = 0;
    for (TableRecord<?> row : rows) {
      appendCopyLine(text, row, columns);
      if (++inChunk == CHUNK) {
        copyText(copy, sql, text);
        text.setLength(0);
        inChunk = 0;
      }
    }
    if (inChunk > 0) {
      copyText(copy, sql, text);
    }
  }

  private static void copyText(CopyManager copy, String sql, CharSequence text)
      throws SQLException {
    try (Reader in = new StringReader(text.toString())) {
      copy.copyIn(sql, in);
    } catch (IOException e) {
      throw new SQLException("COPY " + sql + " failed to read its own rows", e);
    }
  }

  /** One row in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
  static void appendCopyLine(StringBuilder out, TableRecord<?> row, List<Field<?>> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object value = row.get(columns.get(i));
      if (value == null) {
        out.append("\\N");
      } else if (value instanceof Boolean b) {
        out.append(b ? 't' : 'f');
      } else {
        escape(out, value.toString());
      }
    }
    out.append('\n');
  }

  private static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
  }

  private static void batch(
      Connection c, Table<?> table, List<Field<?>> columns, List<? extends TableRecord<?>> rows)
      throws SQLException {
    String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
    String sql = "INSERT INTO " + target(table, columns) + " VALUES (" + marks + ")";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      int inBatch = 0;
      for (TableRecord<?> row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          insert.setObject(i + 1, row.get(columns.get(i)));
        }
        insert.addBatch();
        if (++inBatch == CHUNK) {
          insert.executeBatch();
          inBatch = 0;
        }
      }
      if (inBatch > 0) {
        insert.executeBatch();
      }
    }
  }
}
