package th.km.cli.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import th.km.cli.bench.EvaluateBenchmark.Measure;

/** Writes the batch-evaluation benchmark's section of docs/benchmarks.md from its measures. */
final class EvaluateReport {

  private EvaluateReport() {}

  static String section(
      String command,
      int orgs,
      int[] counts,
      long[] computed,
      long kmRows,
      String loadAtStart,
      List<String> loads,
      List<Measure[]> rounds,
      List<Double> warms,
      String heap,
      LocalDate asOf,
      String kmLaunch,
      EvaluateBenchmark.Measure first) {
    StringBuilder s = new StringBuilder();
    s.append("## Batch evaluation (km evaluate --all, DuckDB and a loop)\n\n")
        .append("- Command: `").append(command).append("` (writes this section; `--orgs N` for another size)\n")
        .append("- Date: ").append(EvaluateBenchmark.date()).append("; machine: ")
        .append(Runtime.getRuntime().availableProcessors()).append(" processors, Java ")
        .append(Runtime.version()).append("; 1-minute load average when the run began: ")
        .append(loadAtStart).append(" (above 1 means other work shared the processors)\n")
        .append(f("- Dataset: `km generate --orgs %d --seed 2569 --db jdbc:h2:file:…`: %d organizations,"
            + " %,d staff and %,d records (meetings, M&E reports, acknowledgements, accesses, trainings,"
            + " training reports, supervisor ratings, recognitions, knowledge assets); evaluated as of %s%n",
            orgs, counts[0], counts[4], counts[1], asOf))
        .append(f("- km: `km evaluate --all --year 2569 --as-of %s --db … --format csv`, %s: every"
            + " indicator of every plan with its texts and roll-ups"
            + " (%,d CSV rows), read from H2 and evaluated on one worker per processor; each"
            + " organization's records come from the year's stored snapshot, which `km generate --db`"
            + " made as every bulk import does (docs/database.md), its plan from the plan version's stored"
            + " snapshot, which the first `km evaluate --all` after the import stores (that first run, from"
            + " the plans' rows, is run before the rounds and not in them: %,.0f ms; its CSV is checked"
            + " identical to each round's); its time is the whole command's (opening the database"
            + " included)%n", asOf, kmLaunch, kmRows, first.workMs()))
        .append("- DuckDB (JDBC 1.4.4.0): one SQL query (km-cli/src/test/resources/th/km/cli/bench/"
            + "evaluate.sql) over the same rows exported to CSV and loaded into a DuckDB file beforehand"
            + " (the export and the load are not timed); its time is opening the file, the query and"
            + " writing the results\n")
        .append("- Loop: the same indicators by a hand-coded loop over primitive arrays of the same CSV"
            + " rows (ColumnarRules), read into the arrays beforehand (then one `System.gc()`, as in km's"
            + " evaluator's process, so that the timed pass does not copy the data just read); its time"
            + " is building its indices"
            + " and the loop, against which km's evaluator is judged. Unlike km's and DuckDB's times it"
            + " leaves out reading the data: the column \"loop with reading\" adds the loop's own reading"
            + " of its CSV files into the arrays (Files.readAllLines and String.split), for a comparison"
            + " from stored data to results like km's\n")
        .append("- km evaluator (records in memory): km's own evaluation of the same organizations"
            + " (km-cli/src/test/java/th/km/cli/bench/KmEvaluatorRun.java), as an application embedding"
            + " km-core would run it: the plans and records read beforehand as `km evaluate --all` reads"
            + " them (the year's snapshot, not timed; then one `System.gc()`, as in the loop's process:"
            + " the benchmark holds every organization's records at once, which the command never does),"
            + " then, on one thread like the loop, each year's"
            + " records validated and every indicator evaluated with its results and roll-ups built, no"
            + " text written; its time is that first, cold pass (JIT compilation included, as in the"
            + " loop's), and \"warm\" is the fastest of four passes more in the same process. Its values"
            + " and statuses are checked equal to DuckDB's and the loop's in each round\n")
        .append(ownCaches(rounds))
        .append("- Which pairs are judged: the 3× goal compares km's evaluator with the loop, and km's"
            + " whole command is shown beside the loop with its reading, because each of these pairs"
            + " does the same work (from data in memory to results, or from stored data to results)."
            + " km's whole command against the bare loop would weigh the JVM's start, the database and"
            + " the CSV text, which the loop does not do, against the evaluation alone; DuckDB, which"
            + " opens its file and writes its results, is compared with km's whole command\n")
        .append(f("- Indicators computed: km %,d, DuckDB %,d, loop %,d; left out of all three because"
            + " their rule cannot be flattened: %,d. All seven rule kinds are computed by each side:"
            + " counts, occurrences and report-only measures (records, persons or quantities of meetings,"
            + " M&E reports, acknowledgements, accesses, trainings, training reports, ratings,"
            + " recognitions and knowledge assets, filtered by kind, topic, channel, setting, least"
            + " status and channel of publication, in the period or to date), percentages of active staff"
            + " and of staff retiring or turning 60 by category, coverage of divisions, positions or"
            + " staff, training-report deadlines counted over weekends and holidays, and before/after"
            + " ratings. km's CSV, DuckDB's and the loop's values and statuses are checked equal for"
            + " every indicator in each round; EvaluationAgreementTest checks the same at N=5 on four"
            + " days of the year. km also writes each result's texts and the roll-ups, which the"
            + " baselines do not.%n", computed[0], computed[1], computed[2], counts[3]))
        .append("- Each side runs as its own process, `java ").append(heap)
        .append("`, under `/usr/bin/time -v`: peak RSS is its maximum resident set size (JVM included)\n\n")
        .append("| round | load | km ms | DuckDB ms | loop ms | km / DuckDB | km / loop |"
            + " loop with reading ms | km / loop with reading | km RSS MB | DuckDB RSS MB | loop RSS MB |"
            + " km / DuckDB RSS | km evaluator ms | km evaluator / loop | km evaluator warm ms |")
        .append(cached(rounds) ? " loop with its AOT cache ms | km evaluator with its AOT cache ms |"
            + " km evaluator / loop, both cached |\n" : "\n")
        .append("|---".repeat(cached(rounds) ? 19 : 16)).append("|\n");
    for (int r = 0; r < rounds.size(); r++) {
      Measure km = rounds.get(r)[0];
      Measure duck = rounds.get(r)[1];
      Measure loop = rounds.get(r)[2];
      Measure evaluator = rounds.get(r)[3];
      double loopWhole = loop.readMs() + loop.workMs();
      s.append(f("| %d | %s | %,.0f | %,.0f | %,.1f | %.2f× | %.1f× | %,.0f | %.2f× | %,.0f | %,.0f |"
              + " %,.0f | %.2f× | %,.1f | %.2f× | %,.1f |",
          r + 1, loads.get(r), km.workMs(), duck.workMs(), loop.workMs(), km.workMs() / duck.workMs(),
          km.workMs() / loop.workMs(), loopWhole, km.workMs() / loopWhole, km.rssMb(), duck.rssMb(),
          loop.rssMb(), km.rssMb() / duck.rssMb(), evaluator.workMs(),
          evaluator.workMs() / loop.workMs(), warms.get(r)));
      if (cached(rounds)) {
        Measure loopCached = rounds.get(r)[4];
        Measure evaluatorCached = rounds.get(r)[5];
        s.append(f(" %,.1f | %,.1f | %.2f× |",
            loopCached.workMs(), evaluatorCached.workMs(), evaluatorCached.workMs() / loopCached.workMs()));
      }
      s.append('\n');
    }
    s.append("\nGoals: km's whole command at most 1.0× DuckDB's time, km's evaluator at most 3× the"
            + " loop's, km's peak RSS at most 2× DuckDB's.")
        .append(" Whole processes (JVM start included), in ms: ");
    for (int r = 0; r < rounds.size(); r++) {
      Measure[] m = rounds.get(r);
      s.append(f("%sround %d km %,.0f, DuckDB %,.0f, loop %,.0f, km evaluator %,.0f",
          r == 0 ? "" : "; ", r + 1, m[0].wallMs(), m[1].wallMs(), m[2].wallMs(), m[3].wallMs()));
      if (cached(rounds)) {
        s.append(f(", loop with its AOT cache %,.0f, km evaluator with its AOT cache %,.0f",
            m[4].wallMs(), m[5].wallMs()));
      }
    }
    s.append(".\n\nGoals met:");
    for (int r = 0; r < rounds.size(); r++) {
      Measure[] m = rounds.get(r);
      String evaluatorGoal = cached(rounds)
          ? "km evaluator against the loop: without caches " + evaluatorGoal(m[3], m[2])
              + "; each with its own AOT cache " + evaluatorGoal(m[5], m[4])
          : "km evaluator against the loop " + evaluatorGoal(m[3], m[2]);
      s.append(f("%s %d: time against DuckDB %s; %s; RSS %s",
          r == 0 ? " round" : ". Round", r + 1, met(m[0].workMs() <= m[1].workMs()), evaluatorGoal,
          met(m[0].rssMb() <= 2 * m[1].rssMb())));
    }
    return s.append(".\n").toString();
  }

  /** Whether the rounds hold the runs of km's evaluator and the loop each with its own AOT cache. */
  private static boolean cached(List<Measure[]> rounds) {
    return !rounds.isEmpty() && rounds.get(0).length == 6;
  }

  /** The 3× goal of km's evaluator against the loop, met or not, with the ratio. */
  private static String evaluatorGoal(Measure evaluator, Measure loop) {
    return f("%s (%.2f×)", met(evaluator.workMs() <= 3 * loop.workMs()), evaluator.workMs() / loop.workMs());
  }

  /** The description's bullet on the runs of km's evaluator and the loop each with its own AOT cache. */
  private static String ownCaches(List<Measure[]> rounds) {
    if (!cached(rounds)) {
      return f("- Each with its own AOT cache: not measured, Java %s has no JDK AOT cache (Java %d and"
          + " later); the columns \"loop with its AOT cache ms\", \"km evaluator with its AOT cache ms\" and"
          + " \"km evaluator / loop, both cached\" are left out%n", Runtime.version(), OwnAotCaches.FIRST_JDK);
    }
    return "- Each with its own AOT cache (the columns \"… with its AOT cache\" and \"km evaluator / loop,"
        + " both cached\"): in each round, after the four runs above, the loop and km's evaluator run once"
        + " more, the same way (the same classes, data, heap and otherwise JVM defaults, the first pass"
        + " timed, the results checked equal to DuckDB's), each in its own JVM with its own JDK AOT cache"
        + " (`-XX:AOTMode=on -XX:AOTCache=… -Xlog:aot=off -Xlog:cds=off`: a cache the JVM cannot use fails the"
        + " run). Each cache was trained before the rounds by a run of its own class"
        + " (`-XX:AOTCacheOutput`) over `km generate --orgs 3 --seed 1` (evaluated once by `km evaluate"
        + " --all`, to store the plans' snapshots, and exported to CSV as the measured data is), not over"
        + " the measured data. A JDK AOT cache keeps no class loaded from a folder, so both of these runs"
        + " use jars: `km-cli/target/km-cli.jar` with its libraries and a jar of the benchmark's classes."
        + " This gives each side what km's command gets from `./km`'s cache: its classes loaded and linked"
        + " beforehand and its training's method profiles\n";
  }

  private static String met(boolean met) {
    return met ? "met" : "not met";
  }


  private static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
