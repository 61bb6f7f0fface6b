package th.km.persistence.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import th.km.persistence.testing.ChildJvm;

/**
 * The loop of every crash test: N runs (50 by default, or the fewer a slow test asks for; {@code
 * -Dkm.crash.runs=N} sets them), each a child JVM killed with SIGKILL after a delay drawn from a
 * seeded generator whose seed is printed ({@code -Dkm.crash.seed=S} repeats a series), then checked.
 * A failure names the seed, the run and the delay. Nothing is timed against a budget: a slow machine only makes the suite slower.
 *
 * <p>A failing run's files are kept: given the test's folder, whose run {@code n} has its database
 * in {@code run-n} and the child's stderr in {@code run-n.err}, the database as the killed child
 * left it ({@code run-n-killed}, copied by {@link #killAfter(ChildJvm, long, Path)} before the check
 * opened it), as the check left it ({@code run-n}), the child's stderr and stdout ({@code
 * run-n.out}) are copied to {@code target/crash-kept/<test>-run-<n>/}, which the failure names.
 */
final class CrashRuns {

  /** The system property that sets the number of runs of each crash test. */
  static final String RUNS = "km.crash.runs";

  /** The system property that repeats a series of delays. */
  static final String SEED = "km.crash.seed";

  /** The runs of a test that does not ask for fewer. */
  static final int DEFAULT_RUNS = 50;

  private static final Duration START = Duration.ofSeconds(120);

  private CrashRuns() {}

  /** One run: kill the child after {@code delayMillis}, check what it left, name the outcome. */
  @FunctionalInterface
  interface Run {
    String killAndCheck(int run, long delayMillis) throws Exception;
  }

  /**
   * Runs the test's runs with delays up to {@code maxDelayMillis} and returns how often each
   * outcome came; prints the seed first and the outcomes last.
   */
  static Map<String, Integer> repeat(String test, long maxDelayMillis, Run run) throws Exception {
    return repeat(test, maxDelayMillis, DEFAULT_RUNS, run);
  }

  /**
   * As {@link #repeat(String, long, Run)}, with {@code defaultRuns} runs unless {@code
   * -Dkm.crash.runs=N} says otherwise: for a test whose every run is a whole import, slower than the
   * others' runs.
   */
  static Map<String, Integer> repeat(String test, long maxDelayMillis, int defaultRuns, Run run)
      throws Exception {
    return repeat(test, null, maxDelayMillis, defaultRuns, run);
  }

  /** As {@link #repeat(String, long, int, Run)}, keeping a failing run's files of {@code folder}. */
  static Map<String, Integer> repeat(
      String test, @Nullable Path folder, long maxDelayMillis, int defaultRuns, Run run)
      throws Exception {
    int runs = Integer.getInteger(RUNS, defaultRuns);
    long seed = Long.getLong(SEED, new Random().nextLong());
    System.out.printf("%s: seed %d (-D%s=%d repeats it), %d runs%n", test, seed, SEED, seed, runs);
    Random random = new Random(seed);
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < runs; i++) {
      long delay = (long) (random.nextDouble() * maxDelayMillis);
      try {
        outcomes.merge(run.killAndCheck(i, delay), 1, Integer::sum);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            test + ": seed " + seed + ", run " + i + ", killed " + delay + " ms after it started: "
                + e.getMessage() + keep(test, folder, i),
            e);
      }
      if (folder != null) {
        deleteTree(folder.resolve("run-" + i + "-killed"));
      }
    }
    System.out.printf(
        "%s: seed %d, %d runs killed within %d ms of starting, outcomes %s%n",
        test, seed, runs, maxDelayMillis, outcomes);
    return outcomes;
  }

  /**
   * Waits for the child to print {@code opened}, lets it work for {@code delayMillis}, kills it and
   * returns what it had printed by then. A line still in the pipe is missed, which can only make a
   * check that trusts these lines accept less.
   */
  static List<String> killAfter(ChildJvm child, long delayMillis) throws InterruptedException {
    child.awaitLine("opened", START);
    Thread.sleep(delayMillis);
    List<String> printed = child.printed();
    child.kill();
    return printed;
  }

  /**
   * As {@link #killAfter(ChildJvm, long)}, then keeps what the killed child left for a failure to
   * show: its database folder {@code data} copied to {@code data-killed} beside it, before a check
   * opens (and so changes) it, and the lines it printed in {@code data.out}.
   */
  static List<String> killAfter(ChildJvm child, long delayMillis, Path data)
      throws InterruptedException, IOException {
    List<String> printed = killAfter(child, delayMillis);
    Path killed = data.resolveSibling(data.getFileName() + "-killed");
    deleteTree(killed);
    copyTree(data, killed);
    Files.write(data.resolveSibling(data.getFileName() + ".out"), printed);
    return printed;
  }

  /** Copies a failing run's files to {@code target/crash-kept/}; says where, for the failure. */
  private static String keep(String test, @Nullable Path folder, int run) {
    if (folder == null) {
      return "";
    }
    Path kept =
        Path.of(System.getProperty("basedir", ""), "target", "crash-kept", test + "-run-" + run)
            .toAbsolutePath();
    try {
      deleteTree(kept);
      Files.createDirectories(kept);
      for (String name : List.of("run-" + run, "run-" + run + "-killed")) {
        copyTree(folder.resolve(name), kept.resolve(name));
      }
      for (String name : List.of("run-" + run + ".err", "run-" + run + ".out")) {
        if (Files.exists(folder.resolve(name))) {
          Files.copy(folder.resolve(name), kept.resolve(name));
        }
      }
      return "; its files (the database as the child left it in run-" + run + "-killed, as the"
          + " check left it in run-" + run + ", the child's stderr and stdout) are kept in " + kept;
    } catch (IOException e) {
      return "; its files could not be kept in " + kept + ": " + e;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Deletes a folder and everything in it; nothing when it is not there. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Lets the child work to its end and returns how long it took from {@code opened} to the line
   * {@code done}, in milliseconds: the span the kills of the runs are spread over.
   */
  static long measure(ChildJvm child, String done) throws InterruptedException {
    child.awaitLine("opened", START);
    long start = System.nanoTime();
    child.awaitLine(done, START);
    long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
    child.await(START);
    return millis;
  }

  /** A copy of the H2 database of the template folder in a new folder. */
  static Path copy(Path template, Path target) throws IOException {
    Files.createDirectories(target);
    String file = DatabaseLocation.DEFAULT_DATABASE_NAME + ".mv.db";
    Files.copy(template.resolve(file), target.resolve(file));
    return target;
  }
}
