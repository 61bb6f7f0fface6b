package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a crash test checks of an H2 database a killed process left: it opens (a killed restore's
 * marker aside) and is migrated, every Flyway migration is recorded as a success, no row points at
 * a row that is not there, and the row count of every table, by which the test tells whether it is
 * as before or as after the operation.
 *
 * @param migrations the applied migrations, oldest first
 * @param rows the row count of every table but Flyway's history, by lower-case name, empty ones too
 */
record DatabaseState(List<String> migrations, Map<String, Long> rows) {

  /**
   * Opens the database of the data folder and reads its state.
   *
   * @throws AssertionError when a migration failed or a foreign key points nowhere
   * @throws th.km.persistence.PersistenceException when the database cannot be opened
   */
  static DatabaseState of(Path data) {
    try (Database database = Database.open(DatabaseLocation.embedded(data))) {
      return database
          .dsl()
          .connectionResult(
              connection -> {
                assertEquals(0, failedMigrations(connection), data + ": a failed migration");
                List<String> orphans = orphans(connection);
                assertEquals(List.of(), orphans, data + ": rows whose foreign key points nowhere");
                return new DatabaseState(database.appliedMigrations(), counts(connection));
              });
    }
  }

  /** The row count of one table. */
  long rows(String table) {
    return rows.getOrDefault(table, 0L);
  }

  /** The number of rows of every table together. */
  long totalRows() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long failedMigrations(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Map<String, Long> counts(Connection connection) throws SQLException {
    Map<String, Long> rows = new TreeMap<>();
    for (String table : tables(connection)) {
      if (table.equalsIgnoreCase("flyway_schema_history")) {
        continue;
      }
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
        r.next();
        rows.put(table.toLowerCase(java.util.Locale.ROOT), r.getLong(1));
      }
    }
    return rows;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  /** One line per foreign key that has rows pointing nowhere: the key and how many. */
  private static List<String> orphans(Connection connection) throws SQLException {
    Map<String, List<String[]>> keys = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT rc.CONSTRAINT_NAME, fk.TABLE_NAME, fk.COLUMN_NAME, pk.TABLE_NAME,"
                    + " pk.COLUMN_NAME FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
                    + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fk"
                    + " ON fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
                    + " AND fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
                    + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE pk"
                    + " ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
                    + " AND pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME"
                    + " AND pk.ORDINAL_POSITION = fk.POSITION_IN_UNIQUE_CONSTRAINT"
                    + " WHERE rc.CONSTRAINT_SCHEMA = 'PUBLIC'"
                    + " ORDER BY rc.CONSTRAINT_NAME, fk.ORDINAL_POSITION")) {
      while (r.next()) {
        keys.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
            .add(new String[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
      }
    }
    if (keys.isEmpty()) {
      throw new AssertionError("no foreign key found: the check would check nothing");
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> key : keys.entrySet()) {
      List<String[]> columns = key.getValue();
      StringBuilder present = new StringBuilder();
      StringBuilder match = new StringBuilder();
      for (String[] c : columns) {
        present.append(present.isEmpty() ? "" : " AND ").append("c.\"").append(c[1]).append("\" IS NOT NULL");
        match.append(match.isEmpty() ? "" : " AND ")
            .append("p.\"").append(c[3]).append("\" = c.\"").append(c[1]).append('"');
      }
      String sql =
          "SELECT COUNT(*) FROM \"" + columns.get(0)[0] + "\" c WHERE " + present
              + " AND NOT EXISTS (SELECT 1 FROM \"" + columns.get(0)[2] + "\" p WHERE " + match + ")";
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery(sql)) {
        r.next();
        if (r.getLong(1) > 0) {
          found.add(key.getKey() + ": " + r.getLong(1));
        }
      }
    }
    return found;
  }
}
