package th.km.cli.bench;

import java.io.IOException;
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
 * The covered indicators of {@link IndicatorSpec} written as one DuckDB SQL query over the tables
 * of {@link EvaluationExport}: each indicator's value and status, decided as km's evaluator decides
 * them (records from the period's start to the as-of day or its end; at-least targets met early,
 * on track while the expected number so far, rounded down, is reached; a percentage with no
 * members or nothing recorded of its kind has no data). Run as its own process by the benchmark:
 * {@code DuckDbEvaluation <database file> <results.csv>} prints the query's milliseconds.
 */
public final class DuckDbEvaluation {

  private static final String QUERY =
      """
      WITH i AS (
        SELECT *, pend - pstart + 1 AS total, least(as_of, pend) AS upto,
          CASE WHEN as_of < pstart THEN 0 WHEN as_of >= pend THEN pend - pstart + 1
               ELSE as_of - pstart + 1 END AS passed
        FROM indicator),
      first_day AS (SELECT org, kind, min(day) AS first FROM event GROUP BY org, kind),
      picked AS (
        SELECT i.org, i.ordinal, e.rec, e.qty FROM i JOIN event e ON e.org = i.org AND e.kind = i.kind
        WHERE (i.mask = 0 OR (i.mask >> e.sub) & 1 = 1) AND e.day >= i.pstart AND e.day <= i.upto),
      counts AS (SELECT org, ordinal, count(*) AS n, sum(qty) AS q FROM picked GROUP BY org, ordinal),
      persons AS (
        SELECT pk.org, pk.ordinal, count(DISTINCT ep.person) AS n
        FROM picked pk JOIN event_person ep ON ep.rec = pk.rec JOIN staff s ON s.person = ep.person
        GROUP BY pk.org, pk.ordinal),
      members AS (
        SELECT i.org, i.ordinal, s.person FROM i JOIN staff s ON s.org = i.org
        WHERE i.rule = 'P' AND (i.cats >> s.cat) & 1 = 1 AND coalesce(s.duntil >= i.pstart, true)
          AND coalesce(s.dfrom <= i.upto, true) AND coalesce(s.duntil >= i.upto, true)),
      pop AS (SELECT org, ordinal, count(*) AS n FROM members GROUP BY org, ordinal),
      covered AS (
        SELECT pk.org, pk.ordinal, count(DISTINCT ep.person) AS n
        FROM picked pk JOIN event_person ep ON ep.rec = pk.rec
          JOIN members m ON m.org = pk.org AND m.ordinal = pk.ordinal AND m.person = ep.person
        GROUP BY pk.org, pk.ordinal),
      measured AS (
        SELECT i.org, i.ordinal, i.rule, i.target, i.passed, i.total,
          CASE i.unit WHEN 0 THEN coalesce(c.n, 0) WHEN 1 THEN coalesce(p.n, 0) ELSE coalesce(c.q, 0) END AS v,
          coalesce(f.first <= i.upto, false) AS recorded,
          coalesce(pop.n, 0) AS den, coalesce(cv.n, 0) AS num
        FROM i LEFT JOIN counts c ON c.org = i.org AND c.ordinal = i.ordinal
          LEFT JOIN persons p ON p.org = i.org AND p.ordinal = i.ordinal
          LEFT JOIN pop ON pop.org = i.org AND pop.ordinal = i.ordinal
          LEFT JOIN covered cv ON cv.org = i.org AND cv.ordinal = i.ordinal
          LEFT JOIN first_day f ON f.org = i.org AND f.kind = i.kind)
      SELECT org, ordinal,
        CASE
          WHEN rule = 'R' THEN 'REPORT_ONLY'
          WHEN rule IN ('C', 'O') THEN
            CASE WHEN v >= target THEN 'MET' WHEN passed = total THEN 'NOT_MET'
                 WHEN v >= target * passed // total THEN 'ON_TRACK' ELSE 'AT_RISK' END
          WHEN den = 0 OR NOT recorded THEN 'NO_DATA'
          WHEN num * 100 >= target * den THEN 'MET'
          WHEN passed = total THEN 'NOT_MET'
          WHEN num * 100 * total >= target * den * passed THEN 'ON_TRACK'
          ELSE 'AT_RISK' END AS status,
        CASE
          WHEN rule = 'R' THEN CASE WHEN recorded THEN v::VARCHAR END
          WHEN rule IN ('C', 'O') THEN v::VARCHAR
          WHEN den = 0 OR NOT recorded THEN NULL
          ELSE ((num * 10000 // den) // 100)::VARCHAR || '.'
               || lpad(((num * 10000 // den) % 100)::VARCHAR, 2, '0') END AS value
      FROM measured ORDER BY org, ordinal
      """;

  private DuckDbEvaluation() {}

  /** Loads the CSV tables of the folder into a new DuckDB database file. */
  static void load(Path csv, Path database) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database);
        Statement s = c.createStatement()) {
      table(s, csv, "orgs", "org INTEGER, code VARCHAR");
      table(s, csv, "staff", "org INTEGER, person INTEGER, cat INTEGER, dfrom INTEGER, duntil INTEGER");
      table(s, csv, "event", "org INTEGER, kind INTEGER, sub INTEGER, day INTEGER, qty BIGINT, rec INTEGER");
      table(s, csv, "event_person", "rec INTEGER, person INTEGER");
      table(s, csv, "indicator",
          "org INTEGER, ordinal INTEGER, rule VARCHAR, kind INTEGER, mask BIGINT, unit INTEGER,"
              + " target BIGINT, cats BIGINT, pstart INTEGER, pend INTEGER, as_of INTEGER");
      s.execute("CHECKPOINT");
    }
  }

  private static void table(Statement s, Path dir, String name, String columns) throws SQLException {
    s.execute("CREATE TABLE " + name + " (" + columns + ")");
    s.execute("COPY " + name + " FROM '" + dir.resolve(name + ".csv").toString().replace("'", "''")
        + "' (HEADER true, NULLSTR '')");
  }

  /** Evaluates the indicators of the database: lines of org, ordinal, status and value. */
  static List<String> evaluate(Path database) throws SQLException {
    List<String> lines = new ArrayList<>();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database, readOnly);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(QUERY)) {
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
