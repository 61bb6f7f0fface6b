package th.km.cli.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.Organization;
import th.km.core.records.RecordProblem;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.BatchYears;
import th.km.persistence.db.Database;

/**
 * km's evaluator with the records in memory, as its own process: the like-for-like counterpart of
 * the loop of {@link ColumnarEvaluation}. {@code KmEvaluatorRun <jdbc url> <year> <as-of>
 * <results>} reads every organization's plan and records of the year as {@code km evaluate --all}
 * does ({@link Database#batchYears}, the year's stored snapshot) into memory, untimed; then times,
 * on one thread like the loop, what {@code km evaluate --all}'s workers do with them: each year's
 * records validated ({@code YearRecords.validate}) and every indicator evaluated ({@link
 * Evaluator#evaluate}: results and roll-ups built, no text written). It prints that first, cold
 * pass's milliseconds ({@code work-ms}), the reading's ({@code read-ms}), and the fastest of a few
 * passes more once the code is compiled ({@code warm-ms}); the results file has a line {@code
 * code,ordinal,status,value} per indicator, for the benchmark to check against DuckDB and the loop.
 */
public final class KmEvaluatorRun {

  /** The passes timed after the first, the fastest of which is the warm time. */
  private static final int WARM_PASSES = 4;

  /** The records' problems the last pass found (printed with the times). */
  private static int problemsSeen;

  private KmEvaluatorRun() {}

  public static void main(String[] args) throws IOException {
    String url = args[0];
    FiscalYear year = FiscalYear.ofBuddhistYear(Integer.parseInt(args[1]));
    LocalDate asOf = LocalDate.parse(args[2]);
    HolidayCalendar holidays = HolidayFiles.shipped();
    long reading = System.nanoTime();
    List<OrganizationYear> years = read(url, year);
    double readMs = (System.nanoTime() - reading) / 1e6;
    ColumnarEvaluation.settle();

    long start = System.nanoTime();
    List<Evaluation> evaluations = evaluateAll(years, asOf, holidays);
    double ms = (System.nanoTime() - start) / 1e6;
    List<String> lines = lines(evaluations);
    double warm = Double.MAX_VALUE;
    for (int pass = 0; pass < WARM_PASSES; pass++) {
      long again = System.nanoTime();
      List<Evaluation> repeated = evaluateAll(years, asOf, holidays);
      warm = Math.min(warm, (System.nanoTime() - again) / 1e6);
      if (!lines(repeated).equals(lines)) {
        throw new IllegalStateException("a second evaluation of the same years gave other results");
      }
    }
    Files.write(Path.of(args[3]), lines, StandardCharsets.UTF_8);
    System.out.println(String.format(
        Locale.ROOT, "work-ms=%.1f read-ms=%.1f warm-ms=%.1f organizations=%d problems=%d",
        ms, readMs, warm, years.size(), problemsSeen));
  }

  /** Every organization's latest plan of the year with its records, read as the command reads them. */
  private static List<OrganizationYear> read(String url, FiscalYear year) {
    List<OrganizationYear> years = new ArrayList<>();
    try (Database db = Database.open(Optional.of(url))) {
      List<Organization> organizations = db.planStore(Clock.systemUTC()).organizations();
      try (BatchYears batch =
          db.batchYears(organizations.stream().map(Organization::code).toList(), year)) {
        for (int o = 0; o < organizations.size(); o++) {
          batch.next().ifPresent(years::add);
        }
      }
    }
    return years;
  }

  /**
   * What the command's workers do with each year, on this thread: its records validated, its
   * indicators evaluated. The command prints the records' problems and evaluates all the same; here
   * they are counted, and the count is kept so that the work cannot be optimized away.
   */
  private static List<Evaluation> evaluateAll(
      List<OrganizationYear> years, LocalDate asOf, HolidayCalendar holidays) {
    List<Evaluation> evaluations = new ArrayList<>(years.size());
    int problems = 0;
    for (OrganizationYear y : years) {
      List<RecordProblem> found = y.records().validate(y.plan());
      problems += found.size();
      evaluations.add(Evaluator.evaluate(y.plan(), y.records(), asOf, holidays));
    }
    problemsSeen = problems;
    return evaluations;
  }

  /**
   * The lines (org, ordinal, status, value) of the results file that {@code wanted} has, in its
   * order, as {@link KmCsvResults#matching} gives them of km's CSV.
   *
   * @param results this process's results file
   * @param orgsCsv the export's organizations (org, code, ndiv)
   * @param wanted the DuckDB lines, whose org and ordinal pick the results
   */
  static List<String> matching(Path results, Path orgsCsv, List<String> wanted) throws IOException {
    Map<String, String> index = KmCsvResults.organizationsByCode(orgsCsv);
    Map<String, String> km = new HashMap<>();
    for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
      String[] c = line.split(",", -1);
      km.put(index.get(c[0]) + "," + c[1], c[2] + "," + c[3]);
    }
    return KmCsvResults.picked(km, wanted);
  }

  /** A line {@code code,ordinal,status,value} per result, the ordinal counted per organization. */
  private static List<String> lines(List<Evaluation> evaluations) {
    List<String> lines = new ArrayList<>();
    for (Evaluation e : evaluations) {
      List<IndicatorResult> results = e.results();
      for (int k = 0; k < results.size(); k++) {
        IndicatorResult r = results.get(k);
        lines.add(e.organization() + "," + k + "," + r.status().name() + ","
            + r.value().map(BigDecimal::toPlainString).orElse(""));
      }
    }
    return lines;
  }
}
