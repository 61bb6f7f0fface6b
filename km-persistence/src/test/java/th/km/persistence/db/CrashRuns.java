package th.km.persistence.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import th.km.persistence.testing.ChildJvm;

/**
 * The loop of every crash test: N runs (50 by default, or the fewer a slow test asks for; {@code
 * -Dkm.crash.runs=N} sets them), each a child JVM killed with SIGKILL after a delay drawn from a
 * seeded generator whose seed is printed ({@code -Dkm.crash.seed=S} repeats a series), then checked.
 * A failure names the seed, the run and the delay. Nothing is timed against a budget: a slow machine only makes the suite slower.
 */
final class CrashRuns {

  /** The system property that sets the number of runs of each crash test. */
  static final String RUNS = "km.crash.runs";

  /** The system property that repeats a series of delays. */
  static final String SEED = "km.crash.seed";

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
    return repeat(test, maxDelayMillis, 50, run);
  }

  /**
   * As {@link #repeat(String, long, Run)}, with {@code defaultRuns} runs unless {@code
   * -Dkm.crash.runs=N} says otherwise: for a test whose every run is a whole import, slower than the
   * others' runs.
   */
  static Map<String, Integer> repeat(String test, long maxDelayMillis, int defaultRuns, Run run)
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
                + e.getMessage(),
            e);
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
