package th.km.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The covered indicators of {@link IndicatorSpec} evaluated by a hand-coded loop over primitive
 * arrays of the rows of {@link EvaluationExport}, deciding values and statuses as {@link
 * DuckDbEvaluation}'s SQL and km's evaluator do. Rows come in organization order, so each
 * organization is a range of every array. Run as its own process by the benchmark: {@code
 * ColumnarEvaluation <csv folder> <results.csv>} reads the arrays (not timed), then prints the
 * loop's milliseconds.
 */
public final class ColumnarEvaluation {

  private static final int NONE_BEFORE = Integer.MIN_VALUE;
  private static final int NONE_AFTER = Integer.MAX_VALUE;

  private final int[] staffOrg;
  private final int[] staffPerson;
  private final int[] staffCat;
  private final int[] staffFrom;
  private final int[] staffUntil;
  private final int[] eventOrg;
  private final int[] eventKind;
  private final int[] eventSub;
  private final int[] eventDay;
  private final long[] eventQty;
  private final int[] personRec;
  private final int[] personId;
  private final long[][] indicators;

  private ColumnarEvaluation(Path dir) throws IOException {
    int[][] staff = ints(dir.resolve("staff.csv"), 5);
    staffOrg = staff[0];
    staffPerson = staff[1];
    staffCat = staff[2];
    staffFrom = staff[3];
    staffUntil = staff[4];
    int[][] events = ints(dir.resolve("event.csv"), 6);
    eventOrg = events[0];
    eventKind = events[1];
    eventSub = events[2];
    eventDay = events[3];
    eventQty = Arrays.stream(events[4]).asLongStream().toArray();
    int[][] persons = ints(dir.resolve("event_person.csv"), 2);
    personRec = persons[0];
    personId = persons[1];
    indicators = indicatorRows(dir.resolve("indicator.csv"));
  }

  /** Reads the folder's arrays. */
  static ColumnarEvaluation read(Path dir) throws IOException {
    return new ColumnarEvaluation(dir);
  }

  /** Evaluates every indicator: lines of org, ordinal, status and value. */
  List<String> evaluate() {
    int people = 0;
    for (int p : staffPerson) {
      people = Math.max(people, p + 1);
    }
    for (int p : personId) {
      people = Math.max(people, p + 1);
    }
    boolean[] isStaff = new boolean[people];
    for (int p : staffPerson) {
      isStaff[p] = true;
    }
    // The persons each event names, as ranges of the person arrays (rows come in event order).
    int[] personStart = new int[eventOrg.length + 1];
    for (int rec : personRec) {
      personStart[rec + 1]++;
    }
    for (int e = 0; e < eventOrg.length; e++) {
      personStart[e + 1] += personStart[e];
    }
    int orgs = 0;
    for (long[] i : indicators) {
      orgs = Math.max(orgs, (int) i[0] + 1);
    }
    for (int o : staffOrg) {
      orgs = Math.max(orgs, o + 1);
    }
    for (int o : eventOrg) {
      orgs = Math.max(orgs, o + 1);
    }
    int[] staffStart = starts(staffOrg, orgs);
    int[] eventStart = starts(eventOrg, orgs);
    int[] seen = new int[people];
    int[] member = new int[people];
    int stamp = 0;
    List<String> lines = new ArrayList<>(indicators.length);
    for (long[] i : indicators) {
      int org = (int) i[0];
      char rule = (char) i[2];
      int kind = (int) i[3];
      long mask = i[4];
      int unit = (int) i[5];
      long target = i[6];
      long cats = i[7];
      int start = (int) i[8];
      int end = (int) i[9];
      int asOf = (int) i[10];
      int upTo = Math.min(asOf, end);
      long total = end - start + 1;
      long passed = asOf < start ? 0 : asOf >= end ? total : asOf - start + 1;
      stamp++;
      long members = 0;
      if (rule == 'P') {
        for (int s = staffStart[org]; s < staffStart[org + 1]; s++) {
          if ((cats >> staffCat[s] & 1) == 1 && staffUntil[s] >= start && staffFrom[s] <= upTo
              && staffUntil[s] >= upTo) {
            member[staffPerson[s]] = stamp;
            members++;
          }
        }
      }
      long records = 0;
      long quantity = 0;
      long persons = 0;
      long covered = 0;
      int first = NONE_AFTER;
      for (int e = eventStart[org]; e < eventStart[org + 1]; e++) {
        if (eventKind[e] != kind) {
          continue;
        }
        int day = eventDay[e];
        first = Math.min(first, day);
        if ((mask != 0 && (mask >> eventSub[e] & 1) == 0) || day < start || day > upTo) {
          continue;
        }
        records++;
        quantity += eventQty[e];
        for (int k = personStart[e]; k < personStart[e + 1]; k++) {
          int p = personId[k];
          if (isStaff[p] && seen[p] != stamp) {
            seen[p] = stamp;
            persons++;
            if (rule == 'P' && member[p] == stamp) {
              covered++;
            }
          }
        }
      }
      boolean recorded = first <= upTo;
      long v = unit == 0 ? records : unit == 1 ? persons : quantity;
      String status;
      String value;
      switch (rule) {
        case 'R' -> {
          status = "REPORT_ONLY";
          value = recorded ? Long.toString(v) : "";
        }
        case 'C', 'O' -> {
          status = v >= target ? "MET" : passed == total ? "NOT_MET"
              : v >= target * passed / total ? "ON_TRACK" : "AT_RISK";
          value = Long.toString(v);
        }
        default -> {
          if (members == 0 || !recorded) {
            status = "NO_DATA";
            value = "";
          } else {
            status = covered * 100 >= target * members ? "MET" : passed == total ? "NOT_MET"
                : covered * 100 * total >= target * members * passed ? "ON_TRACK" : "AT_RISK";
            long cents = covered * 10000 / members;
            value = cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
          }
        }
      }
      lines.add(org + "," + i[1] + "," + status + "," + value);
    }
    return lines;
  }

  /** Where each organization's rows start in an array sorted by organization; one more at the end. */
  private static int[] starts(int[] org, int orgs) {
    int[] start = new int[orgs + 1];
    for (int o : org) {
      start[o + 1]++;
    }
    for (int k = 0; k < orgs; k++) {
      start[k + 1] += start[k];
    }
    return start;
  }

  private static int[][] ints(Path file, int columns) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int[][] out = new int[columns][lines.size() - 1];
    for (int row = 1; row < lines.size(); row++) {
      String[] cells = lines.get(row).split(",", -1);
      for (int c = 0; c < columns; c++) {
        out[c][row - 1] = cells[c].isEmpty() ? (c == 3 ? NONE_BEFORE : NONE_AFTER) : Integer.parseInt(cells[c]);
      }
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

  /** {@code <csv folder> <results.csv>}: reads the arrays, evaluates, prints the loop's milliseconds. */
  public static void main(String[] args) throws IOException {
    ColumnarEvaluation columns = read(Path.of(args[0]));
    long start = System.nanoTime();
    List<String> lines = columns.evaluate();
    double ms = (System.nanoTime() - start) / 1e6;
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    System.out.println(String.format(Locale.ROOT, "work-ms=%.1f", ms));
  }
}
