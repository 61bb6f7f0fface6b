package th.km.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.session.DefaultSessionCache;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.bench.SoakLoad;
import th.km.web.security.DemoAccounts;

/**
 * The soak: the demo's server on its own H2 database, in this JVM, under the load of {@link
 * SoakLoad} from a second process, first at saturation (to measure it), then at half of it for the
 * soak's duration. Every {@code duration / 100} (at least half a second) it samples the heap after
 * a full collection and the server's session count.
 *
 * <p>It passes when the load saw no error, the server shed at most {@value #MOST_SHED_PERCENT}% of
 * the soak's requests (answered 503 with {@code Retry-After}: no database connection came free in
 * time), and the heap and the session count are flat: the heap's
 * floor (the lower quartile of the samples) over the last third of the soak at most 10% above its
 * floor over the second tenth, and the median session count of the last tenth at most 10% above
 * that of the second tenth, allowed to round up to the next whole session. The floor, because a
 * sample also counts what the requests in flight hold when its collection runs: each sign-in
 * checks its password with Argon2id, which holds 19 MiB while it works (docs/reliability-soak.md).
 * A leak lifts the floor with every other sample ({@code SoakVerdictTest}). {@code ./km-bench soak
 * [--minutes N]} runs it for N minutes (10 by default); {@code SoakTest} runs it for 40 seconds.
 */
public final class Soak {

  /**
   * The most requests, in percent of the soak's, the server may shed: an overloaded moment (the
   * machine busy with other work) may make a few wait past the pool's bound, but a server that
   * sheds more than this at half its own saturation is too slow, not briefly overloaded.
   */
  static final double MOST_SHED_PERCENT = 1.0;

  /** One sample: seconds since the soak began, heap bytes used after a collection, sessions. */
  record Sample(double second, long heap, long sessions) {}

  /**
   * What a soak came to.
   *
   * @param saturation requests per second answered at saturation
   * @param rate the soak's rate, half of it
   * @param requests the soak's requests
   * @param errors those that failed, with the first of each kind in {@code firstErrors}
   * @param shed those the server refused as overloaded (503 with {@code Retry-After}), not errors
   */
  record Result(
      double saturation, double rate, long requests, long errors, long shed, String firstErrors,
      List<Sample> samples) {

    /**
     * The heap's floor, the lower quartile of the samples, over the second tenth of the soak and
     * over its last third, in bytes. A floor rather than a median, and a third rather than a tenth, so
     * that what the server holds only while it works (the requests in flight when a sample's
     * collection ran) does not count as kept: a leak lifts every sample, the floor with them.
     */
    long[] heap() {
      double end = end();
      return new long[] {
        quantile(samples, Sample::heap, end / 10, end / 5, 0.25),
        quantile(samples, Sample::heap, end - end / 3, end + 1, 0.25)
      };
    }

    /** The median session count of the second tenth and of the last tenth of the soak. */
    long[] sessions() {
      double end = end();
      return new long[] {
        quantile(samples, Sample::sessions, end / 10, end / 5, 0.5),
        quantile(samples, Sample::sessions, end - end / 10, end + 1, 0.5)
      };
    }

    boolean heapFlat() {
      long[] h = heap();
      return h[1] <= h[0] * 1.10;
    }

    boolean sessionsFlat() {
      long[] s = sessions();
      return s[1] <= Math.ceil(s[0] * 1.10);
    }

    /** Whether the server shed at most {@value #MOST_SHED_PERCENT}% of the requests. */
    boolean shedAllowed() {
      return shed * 100.0 <= requests * MOST_SHED_PERCENT;
    }

    boolean passed() {
      return errors == 0 && shedAllowed() && heapFlat() && sessionsFlat();
    }

    private double end() {
      return samples.get(samples.size() - 1).second();
    }

    /** The figures in a few lines, for a person. */
    String report() {
      long[] h = heap();
      long[] s = sessions();
      return String.format(
          Locale.ROOT,
          "saturation %.1f req/s, soak at %.1f req/s: %d requests, %d errors%n"
              + "shed (503 with Retry-After): %d, %.2f%% (at most %.0f%%): %s%n"
              + "heap after GC (floor): second tenth %.1f MB, last third %.1f MB (%+.1f%%): %s%n"
              + "sessions (median): second tenth %d, last tenth %d: %s%n"
              + "%d samples; %s",
          saturation, rate, requests, errors,
          shed, requests == 0 ? 0.0 : 100.0 * shed / requests, MOST_SHED_PERCENT, shedAllowed() ? "allowed" : "TOO MANY",
          h[0] / 1e6, h[1] / 1e6, 100.0 * (h[1] - h[0]) / h[0], heapFlat() ? "flat" : "GROWING",
          s[0], s[1], sessionsFlat() ? "flat" : "GROWING",
          samples.size(), passed() ? "PASSED" : "FAILED " + firstErrors);
    }

    /**
     * The heap and session count over time: for each tenth of the soak the median heap, its floor
     * (lower quartile) and the median session count, one line each.
     */
    String overTime() {
      double end = end();
      StringBuilder out = new StringBuilder("tenth  from s  heap MB  floor MB  sessions\n");
      for (int t = 0; t < 10; t++) {
        double from = end * t / 10;
        double to = t == 9 ? end + 1 : end * (t + 1) / 10;
        out.append(
            String.format(
                Locale.ROOT, "%5d  %6.0f  %7.1f  %8.1f  %8d%n",
                t + 1, from, quantile(samples, Sample::heap, from, to, 0.5) / 1e6,
                quantile(samples, Sample::heap, from, to, 0.25) / 1e6,
                quantile(samples, Sample::sessions, from, to, 0.5)));
      }
      return out.toString();
    }
  }

  private Soak() {}

  /** {@code Soak [--minutes N]}: the soak, its figures on stdout; exit 1 when it failed. */
  public static void main(String[] args) throws Exception {
    int minutes = args.length == 2 && args[0].equals("--minutes") ? Integer.parseInt(args[1]) : 10;
    Path folder = Files.createTempDirectory("km-soak");
    Result result = run(folder, 30, minutes * 60, System.err);
    System.out.print(result.overTime());
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  /** Runs a soak of {@code soakSeconds} after {@code saturationSeconds} of measuring. */
  static Result run(Path folder, int saturationSeconds, int soakSeconds, PrintStream log)
      throws Exception {
    Demo demo =
        Demo.start(
            0, Optional.empty(), Clock.fixed(Instant.parse("2026-03-31T03:00:00Z"), WebConfig.THAILAND),
            DatabaseLocation.embedded(folder.resolve("data")));
    try {
      String password =
          demo.loaded().accounts().stream()
              .filter(c -> c.account().username().equals("secretary"))
              .map(DemoAccounts.Credentials::password)
              .findFirst()
              .orElseThrow();
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
              SoakLoad.class.getName(), "http://127.0.0.1:" + demo.app().port(), "secretary", password,
              String.valueOf(saturationSeconds), String.valueOf(soakSeconds));
      Process load =
          new ProcessBuilder(command).redirectError(folder.resolve("load.err").toFile()).start();
      List<String> lines = new CopyOnWriteArrayList<>();
      Thread reader = new Thread(() -> read(load, lines, log), "soak-load-output");
      reader.start();
      while (lines.stream().noneMatch(l -> l.startsWith("rate")) && load.isAlive()) {
        Thread.sleep(100);
      }
      List<Sample> samples = new ArrayList<>();
      long interval = Math.max(500, soakSeconds * 10L);
      long start = System.nanoTime();
      while (load.isAlive()) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Sample sample = new Sample((System.nanoTime() - start) / 1e9, heap, sessions(demo));
        samples.add(sample);
        log.printf(
            Locale.ROOT, "soak: sample %.0f s heap %.1f MB sessions %d%n",
            sample.second(), heap / 1e6, sample.sessions());
        load.waitFor(interval, TimeUnit.MILLISECONDS);
      }
      reader.join(TimeUnit.MINUTES.toMillis(1));
      String[] done = value(lines, "done ").split(" ");
      if (load.exitValue() != 0 || done.length < 3) {
        throw new IllegalStateException(
            "the load ended with " + load.exitValue() + ": "
                + Files.readString(folder.resolve("load.err"), StandardCharsets.UTF_8));
      }
      return new Result(
          Double.parseDouble(value(lines, "saturation ")), Double.parseDouble(value(lines, "rate ")),
          Long.parseLong(done[0]), Long.parseLong(done[1]), Long.parseLong(done[2]),
          value(lines, "first errors "), samples);
    } finally {
      demo.stop();
    }
  }

  /** The server's sessions now: those in Jetty's session cache. */
  static long sessions(Demo demo) {
    SessionHandler handler = demo.app().jettyServer().server().getDescendant(SessionHandler.class);
    return ((DefaultSessionCache) handler.getSessionCache()).getSessionsCurrent();
  }

  private static void read(Process load, List<String> lines, PrintStream log) {
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        log.println("soak: " + line);
      }
    } catch (IOException e) {
      log.println("soak: the load's output ended: " + e.getMessage());
    }
  }

  private static String value(List<String> lines, String prefix) {
    return lines.stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .reduce((a, b) -> b)
        .orElse("");
  }

  /** The {@code q} quantile (0.5: the median) of the samples' values from {@code from} s to {@code to}. */
  private static long quantile(
      List<Sample> samples, java.util.function.ToLongFunction<Sample> value, double from, double to,
      double q) {
    long[] in =
        samples.stream().filter(s -> s.second() >= from && s.second() < to).mapToLong(value).sorted().toArray();
    if (in.length == 0) {
      throw new IllegalStateException("no sample between " + from + " s and " + to + " s");
    }
    return in[(int) (in.length * q)];
  }
}
