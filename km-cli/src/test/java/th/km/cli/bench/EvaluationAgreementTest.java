package th.km.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.OrganizationYear;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.national.NationalDataset;

/**
 * The three evaluations of the benchmark agree: on generated organizations (five; {@code
 * -Dkm.agreement.orgs=N} for more), km's evaluator, the DuckDB SQL and the columnar loop give every
 * indicator of every organization the same value and status, at the start, the middle and the end
 * of the year, so that the benchmark compares like with like: all seven rule kinds, none left out.
 */
class EvaluationAgreementTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"2025-11-15", "2026-03-31", "2026-06-30", "2026-09-30"})
  void kmDuckDbAndTheLoopGiveTheSameValuesAndStatuses(String day) throws Exception {
    LocalDate asOf = LocalDate.parse(day);
    long seed = 2569;
    System.out.println("EvaluationAgreementTest seed " + seed + ", as of " + asOf);
    int orgs = Integer.getInteger("km.agreement.orgs", 5);
    NationalDataset dataset = new NationalDataset(orgs, seed, NationalDataset.DEFAULT_YEAR);
    Path csv = tmp.resolve("csv");
    Map<String, String> km = new HashMap<>();
    Set<String> kinds = new HashSet<>();
    int uncovered;
    try (EvaluationExport export = new EvaluationExport(csv, asOf, HolidayFiles.shipped())) {
      for (int o = 0; o < dataset.size(); o++) {
        NationalDataset.Organization org = dataset.draw(o);
        export.add(new OrganizationYear(org.plan(), org.records()));
        Evaluation e = Evaluator.evaluate(org.plan(), org.records(), asOf, HolidayFiles.shipped());
        List<IndicatorResult> results = e.results();
        for (int k = 0; k < results.size(); k++) {
          IndicatorResult r = results.get(k);
          km.put(o + "," + k, r.status() + "," + r.value().map(v -> v.toPlainString()).orElse(""));
          kinds.add(r.rule().getClass().getSimpleName());
        }
      }
      uncovered = export.uncovered();
    }
    Path database = tmp.resolve("duck.db");
    DuckDbEvaluation.load(csv, database);
    List<String> duck = DuckDbEvaluation.evaluate(database);
    List<String> loop = ColumnarEvaluation.read(csv).evaluate();

    assertEquals(duck, loop, "the loop evaluates as the SQL does");
    List<String> expected = new ArrayList<>();
    Set<String> statuses = new HashSet<>();
    for (String line : duck) {
      String[] c = line.split(",", -1);
      expected.add(c[0] + "," + c[1] + "," + km.get(c[0] + "," + c[1]));
      statuses.add(c[2]);
    }
    assertEquals(expected, duck, "DuckDB evaluates as km does");
    assertEquals(0, uncovered, "indicators left out of the comparison");
    assertEquals(km.size(), duck.size(), "every indicator of every organization is compared");
    Set<String> rules = new HashSet<>();
    Map<String, Integer> seen = new TreeMap<>();
    List<String> specs = Files.readAllLines(csv.resolve("indicator.csv"), StandardCharsets.UTF_8);
    for (int k = 0; k < duck.size(); k++) {
      String rule = specs.get(k + 1).split(",")[2];
      rules.add(rule);
      seen.merge(rule + " " + duck.get(k).split(",")[2], 1, Integer::sum);
    }
    System.out.println("EvaluationAgreementTest rule and status: " + seen);
    assertEquals(Set.of("C", "O", "P", "V", "D", "B", "R"), rules, "rule kinds compared");
    assertEquals(7, kinds.size(), "rule kinds km evaluated: " + kinds);
    assertTrue(statuses.size() >= 3, "statuses seen: " + statuses);
  }
}
