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
 * The three evaluations of the benchmark agree: on five generated organizations, km's evaluator,
 * the DuckDB SQL and the columnar loop give every covered indicator the same value and status, at
 * the start, the middle and the end of the year, so that the benchmark compares like with like.
 */
class EvaluationAgreementTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"2025-11-15", "2026-03-31", "2026-06-30", "2026-09-30"})
  void kmDuckDbAndTheLoopGiveTheSameValuesAndStatuses(String day) throws Exception {
    LocalDate asOf = LocalDate.parse(day);
    long seed = 2569;
    System.out.println("EvaluationAgreementTest seed " + seed + ", as of " + asOf);
    NationalDataset dataset = new NationalDataset(5, seed, NationalDataset.DEFAULT_YEAR);
    Path csv = tmp.resolve("csv");
    Map<String, String> km = new HashMap<>();
    try (EvaluationExport export = new EvaluationExport(csv, asOf)) {
      for (int o = 0; o < dataset.size(); o++) {
        NationalDataset.Organization org = dataset.draw(o);
        export.add(new OrganizationYear(org.plan(), org.records()));
        Evaluation e = Evaluator.evaluate(org.plan(), org.records(), asOf, HolidayFiles.shipped());
        List<IndicatorResult> results = e.results();
        for (int k = 0; k < results.size(); k++) {
          IndicatorResult r = results.get(k);
          km.put(o + "," + k, r.status() + "," + r.value().map(v -> v.toPlainString()).orElse(""));
        }
      }
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
    // Rules of all four covered kinds, about two in five of km's results (64 of 153 at this seed).
    Set<String> rules = new HashSet<>();
    for (String line : Files.readAllLines(csv.resolve("indicator.csv"), StandardCharsets.UTF_8).subList(1, duck.size() + 1)) {
      rules.add(line.split(",")[2]);
    }
    assertEquals(Set.of("C", "O", "P", "R"), rules);
    assertTrue(duck.size() >= 5 * 10, "covered indicators: " + duck.size() + " of " + km.size());
    assertTrue(statuses.size() >= 2, "statuses seen: " + statuses);
  }
}
