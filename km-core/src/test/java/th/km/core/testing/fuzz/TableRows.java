package th.km.core.testing.fuzz;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the rows of every table of a database's schema, so that a fuzz test can show that a
 * refused input stored nothing anywhere (the audit log included) without naming the tables: a new
 * table is counted as soon as a migration makes it.
 */
public final class TableRows implements AutoCloseable {

  private final Connection connection;
  private final List<String> tables;

  private TableRows(Connection connection, List<String> tables) {
    this.connection = connection;
    this.tables = tables;
  }

  /** A connection to the database the URL opens, with the tables of its schema listed. */
  public static TableRows open(String jdbcUrl, String user, String password) {
    try {
      Connection c = DriverManager.getConnection(jdbcUrl, user, password);
      List<String> tables = new ArrayList<>();
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet r = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
        while (r.next()) {
          tables.add(r.getString("TABLE_NAME"));
        }
      }
      if (tables.isEmpty()) {
        c.close();
        throw new IllegalStateException("no table in the schema of " + jdbcUrl);
      }
      return new TableRows(c, List.copyOf(tables));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open " + jdbcUrl, e);
    }
  }

  /** The number of rows of each table of the schema, by table name. */
  public Map<String, Long> count() {
    Map<String, Long> rows = new TreeMap<>();
    try (Statement s = connection.createStatement()) {
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
          r.next();
          rows.put(table, r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the rows", e);
    }
    return rows;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
