package th.km.web.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the soak, run in a process of its own so that its work does not count in the
 * server's heap: it measures the server's saturation (as many requests as {@value #CLIENTS} clients
 * get answered back to back), then sends the same mix at half that rate, paced, for the soak's
 * duration. The mix, in every 20 requests: 12 signed-in reads (overview, results, trainings,
 * assets, action plan), 5 anonymous public reads, 2 corrections of one knowledge asset through the API
 * (with the version last seen: a 201, or a 409 that names the version now, which the next
 * correction uses), 1 sign-in and sign-out of a new client. Corrections rather than new records, so
 * that the data the server holds stays the same size. An error is a 5xx, an answer other than the
 * request's expected one, or a failed connection; but a 503 with {@code Retry-After} is the server
 * shedding load, as it does when no database connection came free in time: counted apart, as
 * <em>shed</em>, for the soak to judge (a small share is allowed).
 *
 * <p>Arguments: base URL, username, password, seconds of saturation, seconds of soak. It prints
 * {@code saturation <req/s>}, {@code shed at saturation <n>} and {@code rate <req/s>}, then one line
 * per second ({@code second n sent ok errors shed}), then {@code done <requests> <errors> <shed>}
 * and the first description of each kind of error and of shedding.
 */
public final class SoakLoad {

  static final int CLIENTS = 8;

  private static final List<String> READS =
      List.of(
          "/organizations/ban-waen/overview?year=2569&asOf=2026-03-31",
          "/api/v1/organizations/ban-waen/results?year=2569&asOf=2026-03-31",
          "/organizations/ban-waen/trainings?year=2569&asOf=2026-03-31",
          "/api/v1/organizations/ban-waen/assets?year=2569&asOf=2026-03-31",
          "/organizations/ban-waen/action-plan?year=2569");
  private static final String PUBLIC = "/public/ban-waen/2569?asOf=2026-03-31";
  private static final Pattern CSRF = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

  private final String base;
  private final String username;
  private final String password;
  private final HttpClient secretary;
  private final String csrf;
  private final HttpClient anonymous = HttpClient.newHttpClient();
  private final String assetId;
  private final AtomicInteger version = new AtomicInteger();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong ok = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong shed = new AtomicLong();
  private final Map<String, String> firstErrors = new ConcurrentHashMap<>();

  private SoakLoad(String base, String username, String password) throws Exception {
    this.base = base;
    this.username = username;
    this.password = password;
    this.secretary = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    this.csrf = signIn(secretary);
    HttpResponse<String> created =
        secretary.send(post("/api/v1/organizations/ban-waen/knowledge-assets", asset(null, 0, 0), csrf), utf8());
    Matcher id = ID.matcher(created.body());
    if (created.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException("the soak's knowledge asset was not stored: " + created.body());
    }
    this.assetId = id.group(1);
  }

  /** See the class description for the arguments. */
  public static void main(String[] args) throws Exception {
    SoakLoad load = new SoakLoad(args[0], args[1], args[2]);
    double saturation = load.saturation(Integer.parseInt(args[3]));
    double rate = saturation / 2;
    System.out.printf(
        Locale.ROOT, "saturation %.1f%nshed at saturation %d%nrate %.1f%n", saturation, load.shed.get(), rate);
    System.out.flush();
    load.reset();
    load.paced(rate, Integer.parseInt(args[4]));
    System.out.println("done " + load.sent.get() + " " + load.errors.get() + " " + load.shed.get());
    System.out.println("first errors " + new TreeMap<>(load.firstErrors));
    System.out.flush();
  }

  /** Requests answered per second with {@value #CLIENTS} clients sending back to back. */
  private double saturation(int seconds) throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong counter = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      pool.submit(
          () -> {
            while (running.get()) {
              request(counter.getAndIncrement());
            }
          });
    }
    Thread.sleep(seconds * 1000L / 4); // warm-up, not counted
    long from = ok.get() + errors.get();
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L * 3 / 4);
    double done = ok.get() + errors.get() - from;
    double elapsed = (System.nanoTime() - start) / 1e9;
    running.set(false);
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    return done / elapsed;
  }

  private void reset() {
    sent.set(0);
    ok.set(0);
    shed.set(0);
  }

  /** Sends at {@code rate} requests per second for {@code seconds}, each at its own due moment. */
  private void paced(double rate, int seconds) throws InterruptedException {
    ExecutorService pool = Executors.newCachedThreadPool();
    long start = System.nanoTime();
    long total = (long) (rate * seconds);
    long nextReport = 1;
    for (long i = 0; i < total; i++) {
      long due = start + (long) (i * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      long n = i;
      pool.submit(() -> request(n));
      long second = (System.nanoTime() - start) / 1_000_000_000L;
      if (second >= nextReport) {
        System.out.printf("second %d %d %d %d %d%n", second, sent.get(), ok.get(), errors.get(), shed.get());
        System.out.flush();
        nextReport = second + 1;
      }
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
  }

  /** Request {@code n} of the mix. */
  private void request(long n) {
    sent.incrementAndGet();
    int slot = (int) (n % 20);
    try {
      if (slot < 12) {
        expect(secretary, get(READS.get(slot % READS.size())), 200, "read");
      } else if (slot < 17) {
        expect(anonymous, get(PUBLIC), 200, "public read");
      } else if (slot < 19) {
        correct(n);
      } else {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = signIn(visitor);
        HttpRequest out =
            HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("X-CSRF-Token", token)
                .DELETE()
                .build();
        expect(visitor, out, 204, "sign-out");
      }
    } catch (Shed e) {
      shed("sign-in " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      error("exception", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Corrects the soak's knowledge asset from the version last seen; a 409 tells the version now. */
  private void correct(long n) throws IOException, InterruptedException {
    HttpResponse<String> r =
        secretary.send(
            post("/api/v1/organizations/ban-waen/knowledge-assets", asset(assetId, version.get(), n), csrf),
            utf8());
    Matcher v = VERSION.matcher(r.body());
    if ((r.statusCode() == 201 || r.statusCode() == 409) && v.find()) {
      version.accumulateAndGet(Integer.parseInt(v.group(1)), Math::max);
      ok.incrementAndGet();
    } else if (shedding(r)) {
      shed("correction");
    } else {
      error("correction " + r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
    }
  }

  private String signIn(HttpClient client) throws IOException, InterruptedException {
    String body = "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
    HttpResponse<String> r = client.send(post("/api/v1/session", body, ""), utf8());
    Matcher m = CSRF.matcher(r.body());
    if (shedding(r)) {
      throw new Shed("Retry-After " + r.headers().firstValue("Retry-After").orElse(""));
    }
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("sign-in answered " + r.statusCode() + ": " + r.body());
    }
    return m.group(1);
  }

  private void expect(HttpClient client, HttpRequest request, int status, String what)
      throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, utf8());
    if (r.statusCode() == status) {
      ok.incrementAndGet();
    } else if (shedding(r)) {
      shed(what);
    } else {
      String body = r.body();
      error(what + " " + r.statusCode(), body.substring(0, Math.min(300, body.length())));
    }
  }

  private void error(String kind, String description) {
    errors.incrementAndGet();
    firstErrors.putIfAbsent(kind, description);
  }

  /** Whether the server refused the request as overloaded, saying when to come back. */
  private static boolean shedding(HttpResponse<String> r) {
    return r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent();
  }

  private void shed(String what) {
    shed.incrementAndGet();
    firstErrors.putIfAbsent("shed " + what, "503 with Retry-After");
  }

  /** A sign-in the server refused as overloaded. */
  private static final class Shed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Shed(String message) {
      super(message);
    }
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1)).GET().build();
  }

  private HttpRequest post(String path, String json, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(1))
        .header("Content-Type", "application/json")
        .header("X-CSRF-Token", token)
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
  }

  /** A knowledge asset: new without an id, else a correction of the version seen. */
  private static String asset(String id, int seen, long n) {
    String which = id == null ? "" : "\"id\": \"" + id + "\", \"version\": " + seen + ", ";
    return "{" + which + "\"title\": \"คู่มือระหว่างทดสอบต่อเนื่อง " + n % 50 + "\", \"assetKind\": \"WORK_MANUAL\","
        + " \"createdOn\": \"1/3/2569\", \"status\": \"DRAFT\"}";
  }

  private static HttpResponse.BodyHandler<String> utf8() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }
}
