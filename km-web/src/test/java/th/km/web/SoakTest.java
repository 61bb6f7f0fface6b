package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak's short version for every build: 10 seconds to measure saturation, then 40 seconds of
 * mixed reads and writes at half of it from a second process ({@link Soak}). No request fails (a
 * 500 fails it), at most {@value Soak#MOST_SHED_PERCENT}% are shed as overload (503 with {@code
 * Retry-After}: the machine busy with other builds) and the server's session count does not grow. Whether the heap stays flat is judged over the full
 * ten minutes of {@code ./km-bench soak} (docs/reliability.md): forty seconds are mostly warm-up.
 */
class SoakTest {

  @TempDir Path folder;

  @Test
  void fortySecondsAtHalfSaturationGiveNoErrorLittleSheddingAndAFlatSessionCount() throws Exception {
    Soak.Result result = Soak.run(folder, 10, 40, System.out);
    System.out.println("SoakTest: " + result.report());

    assertTrue(result.requests() > 0, result.report());
    assertEquals(0, result.errors(), result.report());
    assertTrue(result.shedAllowed(), result.report());
    assertTrue(result.sessionsFlat(), result.report());
  }
}
