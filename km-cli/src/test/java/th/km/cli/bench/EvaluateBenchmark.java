package th.km.cli.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.cli.Main;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Organization;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordStore;
import th.km.core.store.StoredYears;
import th.km.core.testing.BenchmarkSection;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.Database;

/**
 * The batch-evaluation benchmark of {@code ./km-bench evaluate [--orgs N]}: the national dataset
 * of N organizations (100 by default) is generated into an H2 database ({@code km generate --db}),
 * its rows exported to CSV and loaded into a DuckDB file (neither timed), and then, twice, four
 * processes with the same {@code -Xmx} each run under {@code /usr/bin/time -v}: {@code km evaluate
 * --all --format csv} over the H2 database, the DuckDB SQL of {@link DuckDbEvaluation} over the
 * DuckDB file, the loop of {@link ColumnarEvaluation} over the CSV read into arrays, and km's
 * evaluator over the plans and records read into memory ({@link KmEvaluatorRun}). Each reports
 * its work time; {@code time} gives the peak resident memory. Where the JDK has AOT caches, each
 * round then runs km's evaluator and the loop once more, each with its own AOT cache ({@link
 * OwnAotCaches}, trained before the rounds over a small dataset of its own). The section "## Batch
 * evaluation" of docs/benchmarks.md is replaced.
 */
public final class EvaluateBenchmark {

  private static final String HEADING = "## Batch evaluation (km evaluate --all, DuckDB and a loop)";
  private static final String HEAP = "-Xmx512m";
  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
  private static final Pattern WORK = Pattern.compile("work-ms=([0-9.]+)");
  private static final Pattern WARM = Pattern.compile("warm-ms=([0-9.]+)");
  private static final Pattern READ = Pattern.compile("read-ms=([0-9.]+)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): ([0-9]+)");

  private EvaluateBenchmark() {}

  /**
   * One process's figures: its work's milliseconds, its whole wall time, its peak RSS in MB, and the
   * milliseconds it spent reading its input before the work when it tells them apart (the loop), else 0.
   */
  record Measure(double workMs, double wallMs, double rssMb, double readMs) {}

  /** {@code EvaluateBenchmark <benchmarks.md> <command> --jar <km-cli.jar> --aot <km-cli-batch.aot> [--orgs N]}. */
  public static void main(String[] args) throws Exception {
    Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
    String command = args.length > 1 ? args[1] : "./km-bench evaluate";
    int orgs = 100;
    for (int i = 2; i + 1 < args.length; i++) {
      if (args[i].equals("--orgs")) {
        orgs = Integer.parseInt(args[i + 1]);
      }
    }
    KmLaunch launch = KmLaunch.of(args);
    String loadAtStart = load();
    Path dir = Files.createTempDirectory("km-evaluate-bench");
    String url = "jdbc:h2:file:" + dir.resolve("h2").resolve("km");
    generate(url, orgs, 2569);
    Path csv = dir.resolve("csv");
    int[] counts = export(url, csv);
    Path duck = dir.resolve("duck.db");
    DuckDbEvaluation.load(csv, duck);
    Optional<OwnAotCaches> caches = OwnAotCaches.train(dir, launch.jar(), AS_OF.toString());
    List<Measure[]> rounds = new ArrayList<>();
    List<String> loads = new ArrayList<>();
    long[] computed = new long[3];
    List<Double> warms = new ArrayList<>();
    // The first evaluation after an import stores each plan version's snapshot (docs/database.md),
    // which every later one reads: a one-time cost, run and reported apart from the rounds.
    Measure first = run(dir, launch.options(), KmEvaluateRun.class, dir.resolve("first.csv").toString(), "evaluate",
        "--all", "--year", "2569", "--as-of", AS_OF.toString(), "--db", url, "--format", "csv");
    for (int round = 0; round < 2; round++) {
      loads.add(load());
      Measure km = run(dir, launch.options(), KmEvaluateRun.class, dir.resolve("km.csv").toString(), "evaluate", "--all",
          "--year", "2569", "--as-of", AS_OF.toString(), "--db", url, "--format", "csv");
      Measure sql = run(dir, testClassPath(), DuckDbEvaluation.class, duck.toString(), dir.resolve("duck.csv").toString());
      Measure loop = run(dir, testClassPath(), ColumnarEvaluation.class, csv.toString(), dir.resolve("loop.csv").toString());
      Measure evaluator = run(dir, testClassPath(), KmEvaluatorRun.class, url, "2569", AS_OF.toString(),
          dir.resolve("evaluator.csv").toString());
      warms.add(warmMs(dir));
      List<String> duckLines = Files.readAllLines(dir.resolve("duck.csv"), StandardCharsets.UTF_8);
      List<String> loopLines = Files.readAllLines(dir.resolve("loop.csv"), StandardCharsets.UTF_8);
      long kmResults = KmCsvResults.resultCount(dir.resolve("km.csv"));
      List<String> kmLines = KmCsvResults.matching(dir.resolve("km.csv"), csv.resolve("orgs.csv"), duckLines);
      checkEvaluator(dir.resolve("evaluator.csv"), csv.resolve("orgs.csv"), duckLines, kmResults, dir);
      if (!duckLines.equals(loopLines) || !duckLines.equals(kmLines) || kmResults != duckLines.size() + counts[3]) {
        throw new IllegalStateException(String.format(java.util.Locale.ROOT,
            "km, DuckDB and the loop disagree (km %d results, %d left out; DuckDB %d, loop %d; DuckDB and"
                + " the loop equal: %b, km and DuckDB equal: %b); see %s",
            kmResults, counts[3], duckLines.size(), loopLines.size(), duckLines.equals(loopLines),
            duckLines.equals(kmLines), dir));
      }
      if (!Files.readAllLines(dir.resolve("first.csv"), StandardCharsets.UTF_8)
          .equals(Files.readAllLines(dir.resolve("km.csv"), StandardCharsets.UTF_8))) {
        throw new IllegalStateException("km's CSV from the plans' rows (the first run) and from their snapshots"
            + " differ; see " + dir);
      }
      computed = new long[] {kmResults, duckLines.size(), loopLines.size()};
      if (caches.isPresent()) {
        // Then km's evaluator and the loop again, each in its own JVM with its own AOT cache.
        Measure loopCached = run(dir, caches.get().loop(), ColumnarEvaluation.class, csv.toString(),
            dir.resolve("loop-aot.csv").toString());
        Measure evaluatorCached = run(dir, caches.get().evaluator(), KmEvaluatorRun.class, url, "2569",
            AS_OF.toString(), dir.resolve("evaluator-aot.csv").toString());
        checkEvaluator(dir.resolve("evaluator-aot.csv"), csv.resolve("orgs.csv"), duckLines, kmResults, dir);
        if (!duckLines.equals(Files.readAllLines(dir.resolve("loop-aot.csv"), StandardCharsets.UTF_8))) {
          throw new IllegalStateException("the loop with its AOT cache disagrees with DuckDB; see " + dir);
        }
        rounds.add(new Measure[] {km, sql, loop, evaluator, loopCached, evaluatorCached});
      } else {
        rounds.add(new Measure[] {km, sql, loop, evaluator});
      }
    }
    long kmRows;
    try (var lines = Files.lines(dir.resolve("km.csv"))) {
      kmRows = lines.count() - 1;
    }
    String section = EvaluateReport.section(
        command, orgs, counts, computed, kmRows, loadAtStart, loads, rounds, warms, HEAP, AS_OF, launch.describe(), first);
    String existing = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    Files.writeString(output, BenchmarkSection.replace(existing, HEADING, section), StandardCharsets.UTF_8);
    System.out.print(section);
    deleteAll(dir);
  }

  /** Generates the national dataset of {@code orgs} organizations into {@code url} ({@code km generate --db}). */
  static void generate(String url, int orgs, int seed) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int generated = Main.run(new String[] {"generate", "--orgs", Integer.toString(orgs), "--seed",
        Integer.toString(seed), "--db", url},
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true), err);
    if (generated != 0) {
      throw new IllegalStateException("km generate failed with exit code " + generated);
    }
  }

  /**
   * Checks that a {@link KmEvaluatorRun}'s results equal DuckDB's lines and are as many as km's
   * command's ({@code kmResults}).
   */
  private static void checkEvaluator(Path results, Path orgs, List<String> duckLines, long kmResults, Path dir)
      throws IOException {
    List<String> evaluatorLines = KmEvaluatorRun.matching(results, orgs, duckLines);
    long evaluatorResults = Files.readAllLines(results, StandardCharsets.UTF_8).size();
    if (!duckLines.equals(evaluatorLines) || evaluatorResults != kmResults) {
      throw new IllegalStateException(String.format(java.util.Locale.ROOT,
          "km's evaluator with the records in memory (%s) disagrees with DuckDB (%d results, km's"
              + " command %d; equal to DuckDB: %b); see %s",
          results.getFileName(), evaluatorResults, kmResults, duckLines.equals(evaluatorLines), dir));
    }
  }

  /** Deletes the run's folder: the databases and CSV files (kept when the run failed, to look at). */
  private static void deleteAll(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Exports the stored years to CSV; returns the organizations, the record rows, the indicators
   * exported and those left out (their rule cannot be flattened), and the staff rows.
   */
  static int[] export(String url, Path csv) throws IOException {
    FiscalYear year = FiscalYear.ofBuddhistYear(2569);
    int organizations = 0;
    int covered;
    int uncovered;
    try (Database db = Database.open(Optional.of(url));
        EvaluationExport export = new EvaluationExport(csv, AS_OF, HolidayFiles.shipped())) {
      PlanStore plans = db.planStore(java.time.Clock.systemUTC());
      RecordStore records = db.recordStore();
      for (Organization o : plans.organizations()) {
        Optional<th.km.core.evaluation.OrganizationYear> y = StoredYears.latest(plans, records, o.code(), year);
        if (y.isPresent()) {
          export.add(y.get());
          organizations++;
        }
      }
      covered = export.covered();
      uncovered = export.uncovered();
    }
    return new int[] {
      organizations, rows(csv.resolve("event.csv")), covered, uncovered,
      rows(csv.resolve("staff.csv"))
    };
  }

  private static int rows(Path csv) throws IOException {
    try (var lines = Files.lines(csv)) {
      return (int) lines.count() - 1;
    }
  }

  /** The JVM options of DuckDB's and the loop's processes: this run's test class path. */
  private static List<String> testClassPath() {
    return List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"));
  }

  /** Runs one side as its own JVM, with the heap flag and the given options, under /usr/bin/time -v. */
  static Measure run(Path dir, List<String> options, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP));
    cmd.addAll(options);
    cmd.add(main.getName());
    cmd.addAll(List.of(args));
    Path out = dir.resolve("child.out");
    Path err = dir.resolve("child.err");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e6;
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Matcher work = WORK.matcher(stdout);
    Matcher rss = RSS.matcher(stderr);
    if (exit != 0 || !work.find() || !rss.find() || stdout.contains("exit=") && !stdout.contains("exit=0")) {
      throw new IllegalStateException(main.getSimpleName() + " failed (" + exit + "):\n" + stdout + stderr);
    }
    System.err.println("km-bench: " + main.getSimpleName() + " " + work.group(1) + " ms");
    Matcher read = READ.matcher(stdout);
    double readMs = read.find() ? Double.parseDouble(read.group(1)) : 0;
    return new Measure(
        Double.parseDouble(work.group(1)), wall, Long.parseLong(rss.group(1)) / 1024.0, readMs);
  }

  /** The warm milliseconds the last {@link KmEvaluatorRun} printed (its output is kept in the run's folder). */
  private static double warmMs(Path dir) throws IOException {
    Matcher warm = WARM.matcher(Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8));
    if (!warm.find()) {
      throw new IllegalStateException("KmEvaluatorRun printed no warm time");
    }
    return Double.parseDouble(warm.group(1));
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ", 2)[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static String date() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }
}
