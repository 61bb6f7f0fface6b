package th.km.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of {@link EvaluationExport} read into primitive arrays, one per column, for the
 * hand-coded loop of {@link ColumnarRules}. Run as its own process by the benchmark: {@code
 * ColumnarEvaluation <csv folder> <results.csv>} reads the arrays, then prints the milliseconds of
 * the loop (its indices built, every indicator evaluated) and, apart, those of reading the arrays
 * from the CSV files.
 */
public final class ColumnarEvaluation {

  /** An empty cell: no day, no division, no position. */
  static final int NONE = Integer.MIN_VALUE;

  final int[][] orgs;
  final int[][] staff;
  final int[][] events;
  final long[] eventQty;
  final int[][] eventPersons;
  final int[][] trainings;
  final int[][] follows;
  final int[][] assets;
  final int[][] publications;
  final int[] holidays;
  final long[][] indicators;

  private ColumnarEvaluation(Path dir) throws IOException {
    orgs = ints(dir.resolve("orgs.csv"), 3, 1);
    staff = ints(dir.resolve("staff.csv"), 9, -1);
    events = ints(dir.resolve("event.csv"), 8, 5);
    eventQty = longs(dir.resolve("event.csv"), 5);
    eventPersons = ints(dir.resolve("event_person.csv"), 2, -1);
    trainings = ints(dir.resolve("training.csv"), 3, -1);
    follows = ints(dir.resolve("follow.csv"), 6, -1);
    assets = ints(dir.resolve("asset.csv"), 3, -1);
    publications = ints(dir.resolve("publication.csv"), 3, -1);
    holidays = ints(dir.resolve("holiday.csv"), 1, -1)[0];
    indicators = indicatorRows(dir.resolve("indicator.csv"));
  }

  /** Reads the folder's arrays. */
  static ColumnarEvaluation read(Path dir) throws IOException {
    return new ColumnarEvaluation(dir);
  }

  /** Evaluates every indicator: lines of org, ordinal, status and value. */
  List<String> evaluate() {
    return new ColumnarRules(this).evaluate();
  }

  /** The file's columns as ints, an empty cell {@link #NONE}; the column {@code skip} left out. */
  private static int[][] ints(Path file, int columns, int skip) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int[][] out = new int[columns][lines.size() - 1];
    for (int row = 1; row < lines.size(); row++) {
      String[] cells = lines.get(row).split(",", -1);
      for (int c = 0; c < columns; c++) {
        if (c != skip) {
          out[c][row - 1] = cells[c].isEmpty() ? NONE : Integer.parseInt(cells[c]);
        }
      }
    }
    return out;
  }

  private static long[] longs(Path file, int column) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    long[] out = new long[lines.size() - 1];
    for (int row = 1; row < lines.size(); row++) {
      out[row - 1] = Long.parseLong(lines.get(row).split(",", -1)[column]);
    }
    return out;
  }

  private static long[][] indicatorRows(Path file) throws IOException {
    List<long[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] c = line.split(",", -1);
        long[] row = new long[c.length];
        for (int k = 0; k < c.length; k++) {
          row[k] = k == 2 ? c[k].charAt(0) : Long.parseLong(c[k]);
        }
        rows.add(row);
      }
    }
    return rows.toArray(long[][]::new);
  }

  /**
   * Collects the garbage once after the untimed reading, in this loop's process and in km's
   * evaluator's alike: each holds every organization's data at once (the command streams them), all
   * of it still young after the reading, and the timed pass's first young collection would copy it,
   * a cost of the reading (100 to 200 ms of pause at N=100) counted in the pass.
   */
  static void settle() {
    System.gc();
  }

  /**
   * {@code <csv folder> <results.csv>}: reads the arrays, evaluates, prints the loop's milliseconds
   * ({@code work-ms}) and the reading's ({@code read-ms}).
   */
  public static void main(String[] args) throws IOException {
    long reading = System.nanoTime();
    ColumnarEvaluation columns = read(Path.of(args[0]));
    double readMs = (System.nanoTime() - reading) / 1e6;
    settle();
    long start = System.nanoTime();
    List<String> lines = columns.evaluate();
    double ms = (System.nanoTime() - start) / 1e6;
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    System.out.println(String.format(Locale.ROOT, "work-ms=%.1f read-ms=%.1f", ms, readMs));
  }
}
