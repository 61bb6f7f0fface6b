package th.km.core.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One fuzz run: its seed and how many inputs each entry point gets. The seed comes from the system
 * property {@code km.fuzz.seed} (else the clock) and the count from {@code km.fuzz.n} (else 1,000),
 * so a failure replays with {@code -Dkm.fuzz.seed=<printed seed>} and a larger run is {@code
 * -Dkm.fuzz.n=20000}.
 *
 * @param seed the run's seed, printed by {@link #start}
 * @param count the number of generated inputs per entry point
 */
public record FuzzRun(long seed, int count) {

  /** The system property that sets the seed. */
  public static final String SEED_PROPERTY = "km.fuzz.seed";

  /** The system property that sets the number of inputs per entry point. */
  public static final String COUNT_PROPERTY = "km.fuzz.n";

  /** The count when none is given: the CI-size run. */
  public static final int DEFAULT_COUNT = 1000;

  /** The run the system properties ask for, its seed printed under the test's name. */
  public static FuzzRun start(String test) {
    long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
    int count = Integer.getInteger(COUNT_PROPERTY, DEFAULT_COUNT);
    System.out.println(
        test + ": fuzz seed " + seed + ", " + count + " inputs per entry point (rerun with -D"
            + SEED_PROPERTY + "=" + seed + " -D" + COUNT_PROPERTY + "=" + count + ")");
    return new FuzzRun(seed, count);
  }

  /**
   * The generator of one entry point: the run's seed mixed with the entry point's name, so that each
   * entry point replays alone and adding one does not change the inputs of the others.
   */
  public RandomGenerator random(String entryPoint) {
    long mixed = seed;
    for (byte b : entryPoint.getBytes(StandardCharsets.UTF_8)) {
      mixed = mixed * 31 + b;
    }
    return RandomGeneratorFactory.of("L64X128MixRandom").create(mixed);
  }

  /** The message that tells how to replay one failing input. */
  public String replay(String entryPoint, int index) {
    return entryPoint + " input #" + index + " (seed " + seed + ", -D" + SEED_PROPERTY + "=" + seed + ")";
  }
}
