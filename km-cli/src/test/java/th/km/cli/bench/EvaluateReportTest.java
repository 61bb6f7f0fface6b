package th.km.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.km.cli.bench.EvaluateBenchmark.Measure;

/** The batch-evaluation section's table and goals, with and without the runs that have their own AOT caches. */
class EvaluateReportTest {

  private static final Measure KM = new Measure(900, 1_500, 300, 0);
  private static final Measure DUCK = new Measure(1_000, 1_200, 200, 0);
  private static final Measure LOOP = new Measure(100, 400, 100, 50);
  private static final Measure EVALUATOR = new Measure(400, 2_000, 250, 0);
  private static final Measure LOOP_CACHED = new Measure(80, 300, 90, 40);
  private static final Measure EVALUATOR_CACHED = new Measure(160, 1_600, 240, 0);

  private static String section(Measure... round) {
    return EvaluateReport.section("./km-bench evaluate --orgs 2", 2, new int[] {2, 100, 10, 1, 20},
        new long[] {11, 10, 10}, 12, "1.00", List.of("1.00", "2.00"), List.of(round, round),
        List.of(50.0, 60.0), "-Xmx512m", LocalDate.of(2026, 9, 30), "run as ./km runs it", KM);
  }

  private static List<String> tableRows(String section) {
    return section.lines().filter(l -> l.startsWith("| ")).toList();
  }

  private static int cells(String row) {
    return (int) row.chars().filter(c -> c == '|').count() - 1;
  }

  @Test
  void eachSideWithItsOwnCacheAddsThreeColumnsAndTheGoalOfBoth() {
    String s = section(KM, DUCK, LOOP, EVALUATOR, LOOP_CACHED, EVALUATOR_CACHED);
    List<String> rows = tableRows(s);
    assertEquals(3, rows.size(), s);
    assertTrue(rows.get(0).endsWith(" km evaluator warm ms | loop with its AOT cache ms |"
        + " km evaluator with its AOT cache ms | km evaluator / loop, both cached |"), rows.get(0));
    for (String row : rows) {
      assertEquals(19, cells(row), row);
    }
    assertTrue(rows.get(1).endsWith("| 400.0 | 4.00× | 50.0 | 80.0 | 160.0 | 2.00× |"), rows.get(1));
    assertTrue(s.contains("round 1: time against DuckDB met; km evaluator against the loop: without caches"
        + " not met (4.00×); each with its own AOT cache met (2.00×); RSS met"), s);
    assertTrue(s.contains("km generate --orgs 3 --seed 1"), s);
    assertTrue(s.contains("loop with its AOT cache 300, km evaluator with its AOT cache 1,600"), s);
    assertFalse(s.contains("not measured"), s);
  }

  @Test
  void withoutTheCachedRunsTheColumnsAreLeftOutAndSaidSo() {
    String s = section(KM, DUCK, LOOP, EVALUATOR);
    List<String> rows = tableRows(s);
    assertTrue(rows.get(0).endsWith("| km evaluator warm ms |"), rows.get(0));
    assertTrue(rows.stream().allMatch(row -> cells(row) == 16), String.join("\n", rows));
    assertTrue(s.contains("Each with its own AOT cache: not measured"), s);
    assertTrue(s.contains("round 1: time against DuckDB met; km evaluator against the loop not met (4.00×); RSS met"), s);
    assertFalse(Arrays.stream(s.split("\n")).anyMatch(l -> l.contains("both cached") && l.startsWith("| ")), s);
  }
}
