package th.km.web.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.KmPlan;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.demo.DemoYear;
import th.km.web.Backend;
import th.km.web.DashboardSource;
import th.km.web.WebApp;
import th.km.web.WebConfig;
import th.km.web.YearData;
import th.km.web.security.Access;
import th.km.web.security.InMemoryAccountStore;
import th.km.web.security.PasswordHasher;

/**
 * Measures the throughput and the 99th percentile latency of the overview page and the results API
 * against a hello-world route of the same server, in the same run, over loopback: the demo plan and
 * year, a fixed number of requests per path in rounds that alternate the paths, the median round
 * reported. Writes docs/benchmarks.md. Run it with {@code ./km-bench}.
 */
public final class Benchmark {

  /** The paths measured; the first is the baseline. */
  static final List<String> PATHS =
      List.of(
          "/hello",
          "/organizations/ban-waen/overview?year=2569&asOf=2026-03-31",
          "/api/v1/organizations/ban-waen/results?year=2569&asOf=2026-03-31",
          "/public/ban-waen/2569?asOf=2026-03-31");

  private static final int WORKERS = 4;
  private static final int WARM_UP = 2_000;
  private static final int REQUESTS = 4_000;
  private static final int ROUNDS = 5;
  private static final String PASSWORD = "a benchmark password nobody types";

  private Benchmark() {}

  /** {@code Benchmark <output.md> <command that ran it>}. */
  public static void main(String[] args) throws Exception {
    Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
    String command = args.length > 1 ? args[1] : "./km-bench";
    Javalin app = start();
    try {
      HttpClient client = signedInClient(app.port());
      List<List<LoadResult>> rounds = new ArrayList<>();
      for (String path : PATHS) {
        run(client, app.port(), path, WARM_UP);
      }
      for (int round = 1; round <= ROUNDS; round++) {
        List<LoadResult> results = new ArrayList<>();
        for (String path : PATHS) {
          LoadResult r = run(client, app.port(), path, REQUESTS);
          results.add(r);
          System.err.printf(
              Locale.ROOT, "round %d %-70s %9.0f req/s  p99 %7.2f ms%n", round, path, r.throughput(), r.p99Millis());
        }
        rounds.add(results);
      }
      String report = report(rounds, command);
      Files.writeString(output, report, StandardCharsets.UTF_8);
      System.out.print(report);
    } finally {
      app.stop();
    }
  }

  private static Javalin start() {
    KmPlan plan = DemoYear.shippedPlan();
    InMemoryAccountStore accounts = new InMemoryAccountStore();
    PasswordHasher hasher = new PasswordHasher();
    accounts.save(
        new Account("bench", hasher.hash(PASSWORD), Role.STAFF, plan.organization().code(), Optional.empty(), Optional.empty()));
    return WebApp.create(
            WebConfig.defaults(Clock.system(WebConfig.THAILAND)),
            Backend.readOnly(
                DashboardSource.of(List.of(new YearData(plan, DemoYear.generate(plan), HolidayFiles.shipped()))),
                accounts),
            hasher,
            routes -> routes.get("/hello", Access.PUBLIC, ctx -> ctx.result("hello")))
        .start("127.0.0.1", 0);
  }

  private static HttpClient signedInClient(int port) throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpResponse<String> signedIn =
        client.send(
            HttpRequest.newBuilder(uri(port, "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 200) {
      throw new IllegalStateException("the benchmark could not sign in: " + signedIn.body());
    }
    return client;
  }

  /** Sends the requests from {@link #WORKERS} threads at once and times each. */
  static LoadResult run(HttpClient client, int port, String path, int requests) throws Exception {
    URI uri = uri(port, path);
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        workers.add(
            pool.submit(
                () -> {
                  HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t;
                    if (r.statusCode() != 200) {
                      throw new IllegalStateException(path + " answered " + r.statusCode());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new LoadResult(path, requests, seconds, latencies);
  }

  /** The median round of each path, by throughput. */
  static LoadResult median(List<List<LoadResult>> rounds, int path) {
    List<LoadResult> of = new ArrayList<>();
    rounds.forEach(r -> of.add(r.get(path)));
    of.sort(Comparator.comparingDouble(LoadResult::throughput));
    return of.get(of.size() / 2);
  }

  static String report(List<List<LoadResult>> rounds, String command) {
    LoadResult hello = median(rounds, 0);
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append(
        "How fast the dashboard and the results API answer, compared with a hello-world route of the\n"
            + "same server measured in the same run. The overview and the results are evaluated once per\n"
            + "organization, year and day and kept until a write changes the year (`EvaluationCache`);\n"
            + "the results API's JSON is written once per evaluation. What remains per request is the\n"
            + "session look-up, the access check and, for the page, rendering its template.\n\n");
    md.append("## How it is measured\n\n");
    md.append("- Command: `").append(command).append("` (writes this file)\n");
    md.append("- Date: ").append(LocalDate.now(WebConfig.THAILAND)).append('\n');
    md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors, Java ")
        .append(Runtime.version()).append(", ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.arch")).append('\n');
    md.append("- Data: the shipped Ban Waen plan of FY B.E. 2569 and its demo year, as of 31 March 2026,\n")
        .append("  signed in as a staff account\n");
    md.append("- Load: the server on a random loopback port; a Java HttpClient (HTTP/1.1) with ")
        .append(WORKERS).append(" threads sends\n  ").append(REQUESTS).append(" requests per path per round after ")
        .append(WARM_UP).append(" warm-up requests per path; ").append(ROUNDS)
        .append(" rounds alternate the paths;\n  each path's median round (by throughput) is reported. The client runs in the server's JVM\n")
        .append("  and shares its processors, so absolute numbers say little; the ratios to `/hello` are the result.\n\n");
    md.append("## Results\n\n");
    md.append("| path | throughput (req/s) | × /hello | p99 latency (ms) | × /hello |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < PATHS.size(); i++) {
      LoadResult r = median(rounds, i);
      md.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %.0f | %.2f | %.2f | %.2f |%n",
              PATHS.get(i),
              r.throughput(),
              r.throughput() / hello.throughput(),
              r.p99Millis(),
              r.p99Millis() / hello.p99Millis()));
    }
    md.append(
        "\nThroughput × /hello is the share of the hello-world rate the path reaches (1.00: as fast);\n"
            + "p99 × /hello is how many times longer the slowest 1% of its requests took.\n");
    return md.toString();
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
