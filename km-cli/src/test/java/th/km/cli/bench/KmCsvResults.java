package th.km.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code km evaluate --all --format csv}'s output back as the benchmark's result lines, so
 * that the benchmark checks on the whole dataset that km, DuckDB and the loop agree: the k-th
 * result row of an organization is its indicator of ordinal k.
 */
final class KmCsvResults {

  private KmCsvResults() {}

  /**
   * The lines (org, ordinal, status, value) of km's results that {@code wanted} has, in its order.
   *
   * @param kmCsv km's CSV output
   * @param orgsCsv the export's organizations (org, code, ndiv)
   * @param wanted the DuckDB lines, whose org and ordinal pick km's results
   */
  static List<String> matching(Path kmCsv, Path orgsCsv, List<String> wanted) throws IOException {
    Map<String, String> index = organizationsByCode(orgsCsv);
    List<List<String>> rows = parse(Files.readString(kmCsv, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int organization = header.indexOf("organization");
    int row = header.indexOf("row");
    int status = header.indexOf("status");
    int value = header.indexOf("value");
    Map<String, String> km = new HashMap<>();
    Map<String, Integer> ordinals = new HashMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.get(row).equals("result")) {
        String org = index.get(r.get(organization));
        int ordinal = ordinals.merge(org, 1, Integer::sum) - 1;
        km.put(org + "," + ordinal, r.get(status) + "," + r.get(value));
      }
    }
    return picked(km, wanted);
  }

  /** The export's organization numbers by organization code ({@code orgs.csv}: org, code, ndiv). */
  static Map<String, String> organizationsByCode(Path orgsCsv) throws IOException {
    Map<String, String> index = new HashMap<>();
    List<String> orgs = Files.readAllLines(orgsCsv, StandardCharsets.UTF_8);
    for (String line : orgs.subList(1, orgs.size())) {
      String[] c = line.split(",", -1);
      index.put(c[1], c[0]);
    }
    return index;
  }

  /**
   * The lines (org, ordinal, status, value) that {@code wanted} names by its org and ordinal, in
   * its order, from {@code results} ("org,ordinal" to "status,value").
   */
  static List<String> picked(Map<String, String> results, List<String> wanted) {
    List<String> out = new ArrayList<>(wanted.size());
    for (String line : wanted) {
      String[] c = line.split(",", -1);
      out.add(c[0] + "," + c[1] + "," + results.get(c[0] + "," + c[1]));
    }
    return out;
  }

  /** How many indicator results ({@code row} = {@code result}) km's CSV output holds. */
  static long resultCount(Path kmCsv) throws IOException {
    List<List<String>> rows = parse(Files.readString(kmCsv, StandardCharsets.UTF_8));
    int row = rows.get(0).indexOf("row");
    return rows.subList(1, rows.size()).stream().filter(r -> r.get(row).equals("result")).count();
  }

  /** The rows of an RFC 4180 text: quoted cells may hold commas, quotes and line breaks. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (ch != '\r') {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
