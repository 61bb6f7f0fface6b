package th.km.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluator;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.db.Engine;
import th.km.persistence.national.NationalDataset;

/**
 * What {@code km evaluate --all} starts before picocli has read its command line, on threads of
 * their own, so that the second processor works while the main thread sets picocli up: the
 * database opened to read, and a small generated organization's year validated, evaluated and
 * written as CSV into nothing, so that the JIT has compiled km-core's hot methods when the first
 * real organization arrives. Neither changes what the command prints: the evaluation's output is
 * thrown away, and the command takes the opened database only when it asks for the very same one
 * ({@link #claim}); otherwise, or when the early open failed, it opens the database itself as
 * before (with the same messages), and the early one is closed when the command line is done.
 *
 * <p>The database is opened early only for an H2 file that exists, for a command that reads it
 * ({@code evaluate --all} without {@code --store}), so that a command line picocli refuses creates
 * no file.
 */
final class BatchHeadStart implements AutoCloseable {

  /** The head start of the command line running on this thread, for {@link #claim}. */
  private static final ThreadLocal<@Nullable BatchHeadStart> CURRENT = new ThreadLocal<>();

  private static final String H2_FILE = "jdbc:h2:file:";

  private final @Nullable String url;
  private final @Nullable CompletableFuture<Database> opening;
  private boolean claimed;

  private BatchHeadStart(@Nullable String url, @Nullable CompletableFuture<Database> opening) {
    this.url = url;
    this.opening = opening;
  }

  /**
   * Starts what the command line {@code args} (without {@code --verbose}) may use, when it is an
   * {@code evaluate --all}; for another command, nothing. Close it when the command is done.
   */
  static BatchHeadStart start(List<String> args) {
    if (!isBatchEvaluation(args)) {
      return new BatchHeadStart(null, null);
    }
    if (!"0".equals(System.getenv("KM_WARM_UP"))) {
      Thread.ofPlatform().name("km-warm-up").daemon().start(BatchHeadStart::warmUp);
    }
    @Nullable String url = option(args, "--db");
    CompletableFuture<Database> opening = null;
    if (!args.contains("--store") && !"0".equals(System.getenv("KM_EARLY_OPEN"))) {
      Optional<DatabaseLocation> location = existingH2File(url);
      if (location.isPresent()) {
        opening = new CompletableFuture<>();
        CompletableFuture<Database> future = opening;
        Thread.ofPlatform()
            .name("km-early-open")
            .daemon()
            .start(
                () -> {
                  try {
                    future.complete(Database.openForReading(location.get()));
                  } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                  }
                });
      }
    }
    BatchHeadStart head = new BatchHeadStart(url, opening);
    CURRENT.set(head);
    return head;
  }

  /**
   * The database opened early for {@code --db url}, which the caller then owns and closes; empty
   * when none was opened for that URL or its open failed (the caller opens it itself, and meets the
   * same failure with its own messages).
   */
  static Optional<Database> claim(@Nullable String url) {
    BatchHeadStart head = CURRENT.get();
    if (head == null || head.opening == null || head.claimed || !Objects.equals(head.url, url)) {
      return Optional.empty();
    }
    head.claimed = true;
    try {
      return Optional.of(head.opening.join());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Closes the database opened early if the command did not take it (waiting for its open). */
  @Override
  public void close() {
    if (CURRENT.get() == this) {
      CURRENT.remove();
    }
    if (opening != null && !claimed) {
      claimed = true;
      try {
        opening.join().close();
      } catch (RuntimeException e) {
        // The open failed: nothing to close, and the command reported what it met itself.
      }
    }
  }

  /** {@code evaluate ... --all ...}, not a request for help. */
  static boolean isBatchEvaluation(List<String> args) {
    String command = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
    return command.equals("evaluate")
        && args.contains("--all")
        && !args.contains("--help")
        && !args.contains("-h")
        && !args.contains("--version")
        && !args.contains("-V");
  }

  /** The value of {@code name} given once as {@code name value} or {@code name=value}, else null. */
  private static @Nullable String option(List<String> args, String name) {
    String value = null;
    int found = 0;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals(name) && i + 1 < args.size()) {
        value = args.get(i + 1);
        found++;
      } else if (a.startsWith(name + "=")) {
        value = a.substring(name.length() + 1);
        found++;
      }
    }
    return found == 1 ? value : null;
  }

  /** Where {@code --db url} (or the environment) puts the database, if it is an existing H2 file. */
  private static Optional<DatabaseLocation> existingH2File(@Nullable String url) {
    DatabaseLocation location;
    try {
      location = DatabaseLocation.fromEnvironment(Optional.ofNullable(url));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    String jdbc = location.jdbcUrl();
    if (location.engine() != Engine.H2 || !jdbc.startsWith(H2_FILE)) {
      return Optional.empty();
    }
    int semicolon = jdbc.indexOf(';');
    String path = jdbc.substring(H2_FILE.length(), semicolon < 0 ? jdbc.length() : semicolon);
    if (path.startsWith("~") || path.isEmpty()) {
      return Optional.empty();
    }
    return Files.isRegularFile(Path.of(path + ".mv.db")) ? Optional.of(location) : Optional.empty();
  }

  /**
   * One small generated organization's year validated, evaluated and written as CSV into nothing;
   * whatever goes wrong is left unsaid, as nothing of it is used.
   */
  private static void warmUp() {
    try {
      FiscalYear year = NationalDataset.DEFAULT_YEAR;
      NationalDataset.Organization o = new NationalDataset(1, 1, year).draw(0);
      o.records().validate(o.plan());
      LocalDate day = year.lastDay();
      EvaluationOutput output =
          new EvaluationOutput(
              EvaluateCommand.Format.csv, true, false, Main.utf8Writer(OutputStream.nullOutputStream()));
      output.add(Evaluator.evaluate(o.plan(), o.records(), day, HolidayCalendar.none()), o.plan());
      output.finish();
    } catch (RuntimeException e) {
      // Nothing of the warm-up is used.
    }
  }
}
