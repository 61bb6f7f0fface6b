package th.km.cli.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import th.km.cli.Main;

/**
 * The benchmark's second measurement of km's evaluator against the loop: each of {@link
 * KmEvaluatorRun} and {@link ColumnarEvaluation} in its own JVM with its own JDK AOT cache, trained
 * by a run of its own class over a small dataset of its own ({@code km generate --orgs 3 --seed 1},
 * evaluated once by {@code km evaluate --all} to store the plans' snapshots, and exported to CSV as
 * the measured dataset is), not over the measured data. A JDK AOT cache keeps no class loaded from
 * a folder, so both sides run on jars: km's jar (its libraries, km-core and km-persistence among
 * them, by its manifest) and a jar of the benchmark's classes made here. The training runs take
 * {@code -XX:AOTCacheOutput} and the flags {@code ./km}'s {@code train} gives; the measured runs
 * require their cache ({@code -XX:AOTMode=on}: a cache the JVM cannot use fails the run rather than
 * be left out). Otherwise both get what the runs without caches get: the same heap, JVM defaults.
 *
 * @param evaluator the JVM options (after {@code java} and the heap) of km's evaluator's measured runs
 * @param loop the JVM options of the loop's measured runs
 */
record OwnAotCaches(List<String> evaluator, List<String> loop) {

  /** The first JDK with AOT caches ({@code -XX:AOTCacheOutput}, JEP 514). */
  static final int FIRST_JDK = 25;

  /** The flags of every run on the jars: those {@code ./km} gives its training and cached runs. */
  private static final List<String> FLAGS = List.of("-Xlog:aot=off", "-Xlog:cds=off", "-Dfile.encoding=UTF-8");

  /**
   * Trains both caches in {@code dir} for runs on {@code kmJar}; empty where the JDK has no AOT cache.
   *
   * @param asOf the day of the evaluation, as the measured runs'
   */
  static Optional<OwnAotCaches> train(Path dir, Path kmJar, String asOf) throws IOException, InterruptedException {
    if (Runtime.version().feature() < FIRST_JDK) {
      return Optional.empty();
    }
    System.err.println("km-bench: training km's evaluator's and the loop's own AOT caches over km generate"
        + " --orgs 3 --seed 1…");
    Path small = Files.createDirectories(dir.resolve("aot-training"));
    String url = "jdbc:h2:file:" + small.resolve("h2").resolve("km");
    EvaluateBenchmark.generate(url, 3, 1);
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    int evaluated = Main.run(new String[] {"evaluate", "--all", "--year", "2569", "--as-of", asOf, "--db", url,
        "--format", "csv"}, none, none);
    if (evaluated != Main.OK && evaluated != Main.FINDINGS) {
      throw new IllegalStateException("km evaluate --all over the training dataset exited " + evaluated);
    }
    Path csv = small.resolve("csv");
    EvaluateBenchmark.export(url, csv);
    String classPath = kmJar + File.pathSeparator + benchmarkJar(small);
    Path evaluatorCache = dir.resolve("evaluator.aot");
    Path loopCache = dir.resolve("loop.aot");
    EvaluateBenchmark.run(small, training(evaluatorCache, classPath), KmEvaluatorRun.class, url, "2569", asOf,
        small.resolve("evaluator.csv").toString());
    EvaluateBenchmark.run(small, training(loopCache, classPath), ColumnarEvaluation.class, csv.toString(),
        small.resolve("loop.csv").toString());
    for (Path cache : List.of(evaluatorCache, loopCache)) {
      if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
        throw new IllegalStateException("the JVM made no AOT cache " + cache + " (Java " + Runtime.version() + ")");
      }
    }
    return Optional.of(new OwnAotCaches(cached(evaluatorCache, classPath), cached(loopCache, classPath)));
  }

  /** The options of a training run: the cache to write, the flags, the class path. */
  private static List<String> training(Path cache, String classPath) {
    return options(List.of("-XX:AOTCacheOutput=" + cache), classPath);
  }

  /** The options of a measured run: its cache, required, the flags, the class path. */
  private static List<String> cached(Path cache, String classPath) {
    return options(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache), classPath);
  }

  private static List<String> options(List<String> cache, String classPath) {
    return Stream.of(cache, FLAGS, List.of("-cp", classPath)).flatMap(List::stream).toList();
  }

  /**
   * The benchmark's classes (this package) as a jar in {@code dir}, made with the JDK's jar tool from
   * the test classes' folder; the folder's own jar when the classes already come from one.
   */
  private static Path benchmarkJar(Path dir) throws IOException {
    Path classes;
    try {
      classes = Path.of(KmEvaluatorRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isRegularFile(classes)) {
      return classes;
    }
    Path jar = dir.resolve("km-bench.jar");
    String folder = KmEvaluatorRun.class.getPackageName().replace('.', '/');
    ToolProvider tool = ToolProvider.findFirst("jar")
        .orElseThrow(() -> new IllegalStateException("this JDK has no jar tool"));
    int exit = tool.run(System.out, System.err, "--create", "--file", jar.toString(), "-C", classes.toString(), folder);
    if (exit != 0) {
      throw new IllegalStateException("jar exited " + exit + " making " + jar);
    }
    return jar;
  }
}
