package th.km.persistence.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.km.core.plan.KmPlan;
import th.km.core.testing.PlanGenerator;

/** Nothing of a plan is lost in its file, and the file's text is stable. */
class PlanJsonRoundTripTest {

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readingWhatWasWrittenGivesAnEqualPlanAndTheSameText(long seed) {
    KmPlan plan = PlanGenerator.plan(new Random(seed));

    String json = PlanJson.write(plan);
    KmPlan read = PlanJson.read(json, "seed-" + seed + ".json");

    assertEquals(plan, read, () -> "seed " + seed + ": the plan read back differs");
    assertEquals(json, PlanJson.write(read), () -> "seed " + seed + ": the text is not stable");
  }
}
