package th.km.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic on made-up latencies: no clock is read here. */
class LoadResultTest {

  private static long[] oneToHundredMillis() {
    long[] latencies = new long[100];
    for (int i = 0; i < 100; i++) {
      // Out of order, as workers finish them.
      latencies[i] = ((i * 37) % 100 + 1) * 1_000_000L;
    }
    return latencies;
  }

  @Test
  void theP99OfAHundredRequestsIsTheSecondSlowest() {
    LoadResult r = new LoadResult("/x", 100, 2.0, oneToHundredMillis());
    assertEquals(99.0, r.p99Millis());
    assertEquals(50.0, r.throughput());
    assertEquals(50_000_000L, r.percentile(0.5));
  }

  @Test
  void theMedianRoundIsChosenByThroughput() {
    long[] l = oneToHundredMillis();
    List<List<LoadResult>> rounds =
        List.of(
            List.of(new LoadResult("/hello", 100, 1.0, l)),
            List.of(new LoadResult("/hello", 100, 4.0, l)),
            List.of(new LoadResult("/hello", 100, 2.0, l)));
    assertEquals(50.0, Benchmark.median(rounds, 0).throughput());
  }
}
