package th.km.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The indicators of {@link IndicatorSpec}, every rule kind, written as one DuckDB SQL query
 * ({@code evaluate.sql} beside this class) over the tables of {@link EvaluationExport}: each
 * indicator's value and status, decided as km's evaluator decides them. Run as its own process by
 * the benchmark: {@code DuckDbEvaluation <database file> <results.csv>} prints the milliseconds of
 * opening the file, reading the query, running it and writing the results.
 */
public final class DuckDbEvaluation {

  /** The query, read from {@code evaluate.sql} beside this class. */
  static String query() throws IOException {
    try (InputStream in = DuckDbEvaluation.class.getResourceAsStream("evaluate.sql")) {
      if (in == null) {
        throw new IOException("evaluate.sql is missing from the test classes");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private DuckDbEvaluation() {}

  /** Loads the CSV tables of the folder into a new DuckDB database file. */
  static void load(Path csv, Path database) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database);
        Statement s = c.createStatement()) {
      table(s, csv, "orgs", "org INTEGER, code VARCHAR, ndiv INTEGER");
      table(s, csv, "staff", "org INTEGER, person INTEGER, cat INTEGER, div INTEGER, pos INTEGER,"
          + " birth INTEGER, retire INTEGER, dfrom INTEGER, duntil INTEGER");
      table(s, csv, "event",
          "org INTEGER, kind INTEGER, sub INTEGER, sub2 INTEGER, day INTEGER, qty BIGINT, rec INTEGER, div INTEGER");
      table(s, csv, "event_person", "rec INTEGER, person INTEGER");
      table(s, csv, "training", "rec INTEGER, dend INTEGER, dret INTEGER");
      table(s, csv, "follow", "org INTEGER, kind INTEGER, rec INTEGER, training INTEGER, day INTEGER, improved INTEGER");
      table(s, csv, "asset", "rec INTEGER, reach INTEGER, pub INTEGER");
      table(s, csv, "publication", "rec INTEGER, channel INTEGER, day INTEGER");
      table(s, csv, "holiday", "day INTEGER");
      table(s, csv, "indicator",
          "org INTEGER, ordinal INTEGER, rule VARCHAR, kind INTEGER, mask BIGINT, mask2 BIGINT, win INTEGER,"
              + " minst INTEGER, chmask BIGINT, unit INTEGER, target BIGINT, pop INTEGER, cats BIGINT,"
              + " days INTEGER, pstart INTEGER, pend INTEGER, as_of INTEGER");
      s.execute("CHECKPOINT");
    }
  }

  private static void table(Statement s, Path dir, String name, String columns) throws SQLException {
    s.execute("CREATE TABLE " + name + " (" + columns + ")");
    s.execute("COPY " + name + " FROM '" + dir.resolve(name + ".csv").toString().replace("'", "''")
        + "' (HEADER true, NULLSTR '')");
  }

  /** Evaluates the indicators of the database: lines of org, ordinal, status and value. */
  static List<String> evaluate(Path database) throws SQLException, IOException {
    List<String> lines = new ArrayList<>();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database, readOnly);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query())) {
      while (r.next()) {
        String value = r.getString(4);
        lines.add(r.getInt(1) + "," + r.getInt(2) + "," + r.getString(3) + "," + (value == null ? "" : value));
      }
    }
    return lines;
  }

  /** {@code <database file> <results.csv>}: evaluates, writes the results, prints the milliseconds. */
  public static void main(String[] args) throws SQLException, IOException {
    long start = System.nanoTime();
    List<String> lines = evaluate(Path.of(args[0]));
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    System.out.println(String.format(Locale.ROOT, "work-ms=%.1f", (System.nanoTime() - start) / 1e6));
  }
}
