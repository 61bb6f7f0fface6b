package th.km.persistence.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes many rows of one table fast, on the connection of the caller's transaction: PostgreSQL's
 * COPY through the driver's {@link CopyManager}, one stream per table whose text is encoded into
 * one reused buffer as it is made; H2's batched prepared insert, one statement per table. Rows are
 * jOOQ records built by {@link RecordRows#row}, read by column position rather than by field;
 * their id and version columns are left to the table's defaults, as an ordinary insert leaves them.
 */
final class BulkRows {

  /** Rows per H2 batch: large enough to amortize, small enough to keep H2's batch bounded. */
  static final int CHUNK = 20_000;

  /**
   * Rows per execution of H2's multi-row insert ({@link #insertSql(Table, int)}): H2 starts and
   * ends a statement, and collects its dependencies, at each execution of a batch, which for one
   * row each cost some 12-17% of a row's CPU time (5,000 rows of {@code access_event}'s shape,
   * measured alternately against 20 and 100 rows per execution).
   */
  static final int GROUP = 20;

  /** Characters of COPY text gathered before they are encoded and sent. */
  private static final int COPY_BUFFER = 1 << 16;

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

  /** The positions of {@link #columns} among the table's fields, as its records hold them. */
  static int[] positions(Table<?> table) {
    List<Field<?>> columns = columns(table);
    int[] at = new int[columns.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = table.indexOf(columns.get(i));
    }
    return at;
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
      batch(c, table, rows);
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
    int[] at = positions(table);
    CopyIn in = copy.copyIn("COPY " + target(table, columns) + " FROM STDIN");
    try {
      StringBuilder text = new StringBuilder(COPY_BUFFER + 4096);
      for (TableRecord<?> row : rows) {
        appendCopyLine(text, row, at);
        if (text.length() >= COPY_BUFFER) {
          send(in, text);
        }
      }
      send(in, text);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static void send(CopyIn in, StringBuilder text) throws SQLException {
    if (text.length() > 0) {
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      text.setLength(0);
    }
  }

  /** One row in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
  static void appendCopyLine(StringBuilder out, TableRecord<?> row, List<Field<?>> columns) {
    int[] at = new int[columns.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = row.getTable().indexOf(columns.get(i));
    }
    appendCopyLine(out, row, at);
  }

  private static void appendCopyLine(StringBuilder out, TableRecord<?> row, int[] at) {
    for (int i = 0; i < at.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object value = row.get(at[i]);
      if (value == null) {
        out.append("\\N");
      } else if (value instanceof Boolean b) {
        out.append(b ? 't' : 'f');
      } else if (value instanceof Number n) {
        out.append(n.toString());
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

  /** The insert of every written column ({@link #columns}) with one parameter each. */
  static String insertSql(Table<?> table) {
    return insertSql(table, 1);
  }

  /** Like {@link #insertSql(Table)}, inserting {@code rows} rows at each execution. */
  static String insertSql(Table<?> table, int rows) {
    List<Field<?>> columns = columns(table);
    String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    return "INSERT INTO " + target(table, columns) + " VALUES "
        + String.join(", ", Collections.nCopies(rows, row));
  }

  private static void batch(Connection c, Table<?> table, List<? extends TableRecord<?>> rows)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(insertSql(table))) {
      batch(insert, table, rows);
    }
  }

  /**
   * Inserts the rows, all of one table, through {@code insert} ({@link #insertSql} of the table),
   * in batches of {@link #CHUNK}. A failed batch is cleared, so that a statement kept for the next
   * organization ({@link HeldStatements}) holds none of this one's rows.
   */
  static void batch(PreparedStatement insert, Table<?> table, List<? extends TableRecord<?>> rows)
      throws SQLException {
    batch(insert, 1, table, rows, null);
  }

  /**
   * Like {@link #batch(PreparedStatement, Table, List)}, the rows {@link #GROUP} at a time through
   * {@code group} ({@link #insertSql(Table, int)} of the table and {@link #GROUP}), the last fewer
   * through {@code single} ({@link #insertSql(Table)}); the same rows in the same order.
   */
  static void batchGrouped(
      PreparedStatement group,
      PreparedStatement single,
      Table<?> table,
      List<? extends TableRecord<?>> rows)
      throws SQLException {
    int grouped = rows.size() - rows.size() % GROUP;
    batch(group, GROUP, table, rows.subList(0, grouped), null);
    batch(single, 1, table, rows.subList(grouped, rows.size()), null);
  }

  /**
   * Like {@link #batch(PreparedStatement, Table, List)} through a statement prepared to give back
   * generated keys: the ids the table's identity column gave the rows, in the rows' order.
   */
  static List<Long> batchWithIds(
      PreparedStatement insert, Table<?> table, List<? extends TableRecord<?>> rows)
      throws SQLException {
    List<Long> ids = new ArrayList<>(rows.size());
    batch(insert, 1, table, rows, ids);
    if (ids.size() != rows.size()) {
      throw new IllegalStateException(
          "the batch into " + table.getName() + " gave " + ids.size() + " ids for "
              + rows.size() + " rows");
    }
    return ids;
  }

  /**
   * The rows through {@code insert}, {@code perExecution} of them bound at each execution (the
   * number of rows a multiple of it).
   */
  private static void batch(
      PreparedStatement insert,
      int perExecution,
      Table<?> table,
      List<? extends TableRecord<?>> rows,
      @Nullable List<Long> ids)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (rows.size() % perExecution != 0) {
      throw new IllegalArgumentException(rows.size() + " rows are not groups of " + perExecution);
    }
    int[] at = positions(table);
    try {
      int inBatch = 0;
      int bound = 0;
      for (TableRecord<?> row : rows) {
        for (int i = 0; i < at.length; i++) {
          insert.setObject(bound + i + 1, row.get(at[i]));
        }
        bound += at.length;
        if (bound < perExecution * at.length) {
          continue;
        }
        bound = 0;
        insert.addBatch();
        if (++inBatch * perExecution >= CHUNK) {
          execute(insert, ids);
          inBatch = 0;
        }
      }
      if (inBatch > 0) {
        execute(insert, ids);
      }
    } catch (SQLException | RuntimeException e) {
      try {
        insert.clearBatch();
      } catch (SQLException cleared) {
        e.addSuppressed(cleared);
      }
      throw e;
    }
  }

  private static void execute(PreparedStatement insert, @Nullable List<Long> ids)
      throws SQLException {
    insert.executeBatch();
    if (ids != null) {
      try (ResultSet keys = insert.getGeneratedKeys()) {
        while (keys.next()) {
          ids.add(keys.getLong(1));
        }
      }
    }
  }
}
