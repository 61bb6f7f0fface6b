package th.km.web.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * What one run of requests against one path measured.
 *
 * @param path the path
 * @param requests how many requests were answered
 * @param seconds the wall time of the run
 * @param latenciesNanos every request's latency, in nanoseconds
 */
record LoadResult(String path, int requests, double seconds, long[] latenciesNanos) {

  LoadResult {
    checkArgument(requests == latenciesNanos.length, "%s requests but %s latencies", requests, latenciesNanos.length);
    checkArgument(requests > 0 && seconds > 0, "an empty run of %s", path);
    latenciesNanos = latenciesNanos.clone();
    Arrays.sort(latenciesNanos);
  }

  /** Requests answered per second. */
  double throughput() {
    return requests / seconds;
  }

  /** The 99th percentile latency in milliseconds, by the nearest-rank method. */
  double p99Millis() {
    return percentile(0.99) / 1e6;
  }

  /** The latency under which the share of requests stayed, by the nearest-rank method. */
  long percentile(double share) {
    checkArgument(share > 0 && share <= 1, "a percentile is a share in (0, 1], got %s", share);
    int rank = (int) Math.ceil(share * latenciesNanos.length);
    return latenciesNanos[rank - 1];
  }
}
