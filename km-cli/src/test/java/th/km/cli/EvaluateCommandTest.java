package th.km.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.testing.CsvRows;

/** {@code km demo-year} and {@code km evaluate} through the command line's entry point. */
class EvaluateCommandTest {

  /** What one run of the command line printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir static Path demo;

  private static String plan;
  private static String records;

  @BeforeAll
  static void writeTheDemoYear() {
    Run run = km("demo-year", "--out", demo.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("./km evaluate --plan"), run.out());
    plan = demo.resolve("plan.json").toString();
    records = demo.toString();
  }

  private static Run evaluate(String asOf, String... more) {
    List<String> args =
        new ArrayList<>(List.of("evaluate", "--plan", plan, "--records", records, "--as-of", asOf));
    args.addAll(List.of(more));
    return km(args.toArray(String[]::new));
  }

  private static final List<String> ACTIVITIES =
      List.of(
          "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2",
          "3.3", "3.4", "3.5", "3.6", "3.7", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6");

  private static final List<String> RULES =
      List.of("training-report", "knowledge-document", "supervisor-review", "evaluation-report");

  @Test
  void theTableShowsEveryActivityAndRuleWithStatusesAndBuddhistEraDates() {
    Run run = evaluate("2026-03-31");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.contains("ณ วันที่ 31 มีนาคม พ.ศ. 2569"), out.lines().limit(3).toList().toString());
    for (int goal = 1; goal <= 4; goal++) {
      assertTrue(out.contains("\nเป้าหมาย KM " + goal + ": "), "goal " + goal);
    }
    for (String a : ACTIVITIES) {
      assertTrue(Pattern.compile("(?m)^" + Pattern.quote(a) + "/1 ").matcher(out).find(), a);
    }
    for (String r : RULES) {
      assertTrue(Pattern.compile("(?m)^" + r + "/1 ").matcher(out).find(), r);
    }
    for (String status : List.of("บรรลุเป้าหมาย", "เป็นไปตามแผน", "มีความเสี่ยง", "รายงานผลเท่านั้น")) {
      assertTrue(out.contains("  " + status + " "), status);
    }
    assertTrue(out.contains("บันทึก: ka-"), "the records behind a number are named");
    assertTrue(out.contains("สรุปผล (roll-ups)"));
  }

  @Test
  void aBuddhistEraAsOfIsTheSameDayAsItsGregorianDate() {
    Run gregorian = evaluate("2026-03-31", "--format", "json");
    Run buddhist = evaluate("2569-03-31", "--format", "json");
    assertEquals(0, buddhist.exitCode(), buddhist.err());
    assertEquals(gregorian.out(), buddhist.out());
    assertTrue(buddhist.err().contains("--as-of 2569-03-31 อ่านเป็น พ.ศ. / read as B.E.: 2026-03-31"), buddhist.err());
    assertTrue(evaluate("31/3/2569").out().contains("ณ วันที่ 31 มีนาคม พ.ศ. 2569"), "B.E. 2569, not 3112");
  }

  @Test
  void theTableColumnsLineUpByDisplayWidth() {
    String out = evaluate("2026-09-30").out();
    List<String> lines = out.lines().toList();
    int valueEnd = -1;
    int rows = 0;
    for (String line : lines) {
      if (line.startsWith("ข้อ ")) {
        String upToValue = line.substring(0, line.indexOf("ค่า") + "ค่า".length());
        valueEnd = DisplayWidth.of(upToValue);
      } else if (valueEnd > 0 && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("เป้าหมาย KM")
          && !line.startsWith("แนวทาง") && !line.startsWith("สรุปผล")) {
        if (line.startsWith("ทั้งองค์กร")) {
          break;
        }
        String prefix = prefixOfWidth(line, valueEnd);
        assertTrue(
            prefix.matches(".*\\s(-|[0-9.]+%?)$") && line.substring(prefix.length()).startsWith("  "),
            "the value column ends at column " + valueEnd + " in: " + line);
        rows++;
      }
    }
    assertEquals(35 + 0, rows, "every indicator has its row");
  }

  @Test
  void jsonHasTheContractedFieldsForEveryIndicator() throws IOException {
    Run run = evaluate("2026-09-30", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("2026-09-30", root.get("asOf").asText());
    assertEquals(2569, root.get("fiscalYear").asInt());
    Set<String> statuses = new HashSet<>();
    Set<String> subjects = new HashSet<>();
    for (JsonNode r : root.get("results")) {
      for (String field :
          List.of("goal", "activity", "indicator", "status", "value", "target", "numerator",
              "denominator", "reason", "records")) {
        assertTrue(r.has(field), field + " in " + r);
      }
      assertTrue(r.get("indicator").has("th"));
      assertTrue(r.get("reason").has("th") && r.get("reason").has("en"));
      statuses.add(r.get("status").asText());
      subjects.add(
          r.get("goal").isNull()
              ? r.get("monitoringRule").asText()
              : r.get("goal").asInt() + "." + r.get("activity").asInt());
    }
    assertTrue(statuses.containsAll(Set.of("MET", "NOT_MET", "REPORT_ONLY")), statuses.toString());
    assertEquals(ACTIVITIES.size() + RULES.size(), subjects.size(), subjects.toString());
    JsonNode organization = root.get("rollups").get("organization");
    assertEquals(root.get("results").size(), organization.get("total").asInt());
    assertTrue(root.get("rollups").get("byGoal").has("4"));
  }

  @Test
  void csvIsOneTableWithAHeaderRowsForResultsAndRollups() {
    Run run = evaluate("2026-09-30", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<List<String>> rows = CsvRows.parse(run.out());
    List<String> header = rows.get(0);
    assertEquals("row", header.get(0));
    assertTrue(rows.stream().allMatch(r -> r.size() == header.size()), "every row has every column");
    long results = rows.stream().filter(r -> r.get(0).equals("result")).count();
    assertEquals(35, results);
    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("rollup") && r.get(1).equals("organization")));
    int status = header.indexOf("status");
    assertTrue(rows.stream().anyMatch(r -> r.get(status).equals("NOT_MET")));
  }

  @Test
  void aUsersHolidayFileWithoutSongkranMakesTheSongkranReportLate(@TempDir Path dir) throws IOException {
    Path holidays = dir.resolve("no-songkran.txt");
    Files.writeString(holidays, "2026-05-01 วันแรงงาน\n", UTF_8);
    JsonNode shipped = trainingReport(evaluate("2026-09-30", "--format", "json"));
    JsonNode without =
        trainingReport(evaluate("2026-09-30", "--format", "json", "--holidays", holidays.toString()));
    assertEquals(18, shipped.get("numerator").asInt(), shipped.toString());
    assertEquals(17, without.get("numerator").asInt(), without.toString());
  }

  @Test
  void aFolderWithOneBadRecordGivesExitTwoAndNoResults(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("year");
    Files.createDirectories(copy);
    try (var files = Files.list(demo)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Path trainings = copy.resolve("trainings.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(trainings, UTF_8));
    lines.set(4, lines.get(4).replaceFirst("\"returned\":\"[0-9-]+\"", "\"returned\":\"2025-01-01\""));
    Files.write(trainings, lines, UTF_8);

    Run run =
        km("evaluate", "--plan", copy.resolve("plan.json").toString(), "--records", copy.toString(),
            "--as-of", "2026-09-30");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out(), "no results from a half-read folder");
    assertTrue(run.err().contains("trainings.jsonl:5: returned:"), run.err());
    assertTrue(run.err().contains("trainings.jsonl บรรทัด 5 ฟิลด์ returned:"), run.err());
  }

  @Test
  void unusableOptionsGiveExitTwo(@TempDir Path dir) {
    Run badDay = evaluate("2026-02-30");
    assertEquals(2, badDay.exitCode());
    assertTrue(badDay.err().contains("--as-of '2026-02-30'"), badDay.err());
    Run badBuddhistDay = evaluate("2569-02-30");
    assertEquals(2, badBuddhistDay.exitCode());
    assertTrue(badBuddhistDay.err().contains("--as-of '2569-02-30' is a day that does not exist"), badBuddhistDay.err());
    Run noFolder =
        km("evaluate", "--plan", plan, "--records", dir.resolve("none").toString(), "--as-of", "2026-03-31");
    assertEquals(2, noFolder.exitCode());
    assertTrue(noFolder.err().contains("does not exist"), noFolder.err());
    Run noPlan =
        km("evaluate", "--plan", dir.resolve("none.json").toString(), "--records", records, "--as-of", "2026-03-31");
    assertEquals(2, noPlan.exitCode());
    assertEquals(2, km("evaluate", "--plan", plan).exitCode(), "missing required options");
  }

  @Test
  void demoYearRefusesAFileAsItsFolder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("file");
    Files.writeString(file, "x", UTF_8);
    Run run = km("demo-year", "--out", file.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("is a file"), run.err());
  }

  private static JsonNode trainingReport(Run run) throws IOException {
    for (JsonNode r : new ObjectMapper().readTree(run.out()).get("results")) {
      if ("training-report".equals(r.get("monitoringRule").asText())) {
        return r;
      }
    }
    throw new AssertionError("no training-report result");
  }

  /** The longest start of the line that takes at most the columns. */
  private static String prefixOfWidth(String line, int columns) {
    int used = 0;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int w = DisplayWidth.columns(cp);
      if (used + w > columns) {
        break;
      }
      used += w;
      i += Character.charCount(cp);
    }
    // Marks written on the last base character belong to it.
    while (i < line.length() && DisplayWidth.columns(line.codePointAt(i)) == 0) {
      i += Character.charCount(line.codePointAt(i));
    }
    return line.substring(0, i);
  }
}
