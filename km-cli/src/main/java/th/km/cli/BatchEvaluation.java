package th.km.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordProblem;
import th.km.core.rollup.ProvinceGroup;
import th.km.persistence.db.BatchYears;
import th.km.persistence.db.Database;
import th.km.persistence.db.EvaluationBatch;

/**
 * {@code km evaluate --all}: every registered organization's latest plan of the year evaluated
 * against its records. The years are read ahead on threads of their own ({@link BatchYears}) and
 * evaluated on a few workers, one per processor; what the workers make is taken back in the
 * organizations' order, so the output, the problems on stderr and the stored results are those of
 * one organization after another. At most {@link #inFlight} organizations are handed to the workers
 * and not yet printed, so that memory holds a few organizations' years however many there are.
 *
 * <p>An organization that cannot be read or evaluated is told on stderr, counted, and stored as
 * failed; the batch goes on. With {@code --store} the results replace the year's stored batch once
 * all are evaluated (see {@link EvaluationBatch}); a database failure while storing stops the batch
 * and leaves the stored results as they were.
 *
 * <p>The workers share nothing but the day and the holiday calendar, both immutable: validating
 * and evaluating a year ({@link th.km.core.records.YearRecords#validate}, {@link
 * Evaluator#evaluate}) are pure functions of it, and km-core keeps no mutable static state.
 */
final class BatchEvaluation {

  /** How one organization's year is evaluated: {@link Evaluator#evaluate} but in tests. */
  @FunctionalInterface
  interface YearEvaluator {
    Evaluation evaluate(OrganizationYear year, LocalDate day, HolidayCalendar holidays);
  }

  /** The evaluation km does. */
  static final YearEvaluator EVALUATOR =
      (y, day, holidays) -> Evaluator.evaluate(y.plan(), y.records(), day, holidays);

  /** Numbers the workers' threads across batches, for a thread dump. */
  private static final AtomicInteger WORKER_NUMBERS = new AtomicInteger();

  private final EvaluationOutput output;
  private final PrintWriter err;
  private final boolean progressShown;
  private final int workers;
  private final YearEvaluator evaluator;

  /**
   * A batch evaluated on one worker per available processor.
   *
   * @param output where each organization's results are printed
   * @param err where problems, the progress bar and the summary go
   * @param progressShown whether to draw the progress bar
   */
  BatchEvaluation(EvaluationOutput output, PrintWriter err, boolean progressShown) {
    this(output, err, progressShown, Runtime.getRuntime().availableProcessors(), EVALUATOR);
  }

  /** A batch evaluated on {@code workers} threads (at least one) with {@code evaluator}. */
  BatchEvaluation(
      EvaluationOutput output,
      PrintWriter err,
      boolean progressShown,
      int workers,
      YearEvaluator evaluator) {
    this.output = output;
    this.err = err;
    this.progressShown = progressShown;
    this.workers = Math.max(1, workers);
    this.evaluator = evaluator;
  }

  /**
   * What a batch did.
   *
   * @param evaluated how many organizations were evaluated
   * @param failed how many could not be
   * @param withPlan the organizations that have a plan of the year, or whose plan could not be read
   */
  record Summary(int evaluated, int failed, Set<OrganizationCode> withPlan) {}

  /**
   * How many organizations may be handed to the workers and not yet printed: two per worker, so
   * that a worker finds the next year waiting while the one before it is printed, and a large
   * organization holds the others back by no more than that.
   */
  int inFlight() {
    return 2 * workers;
  }

  /** Evaluates the year as of the day, storing the results when asked; returns what it did. */
  Summary run(
      Database database, FiscalYear year, LocalDate day, HolidayCalendar holidays, boolean store) {
    List<Organization> organizations = database.planStore(Clock.systemUTC()).organizations();
    Taking taking = new Taking(new ProgressBar(err, progressShown, organizations.size()));
    try (BatchYears years =
            database.batchYears(organizations.stream().map(Organization::code).toList(), year);
        EvaluationBatch batch =
            store ? database.startEvaluationBatch(year, day, Clock.systemUTC()) : null;
        ExecutorService pool = Executors.newFixedThreadPool(workers, BatchEvaluation::worker)) {
      Deque<Pending> window = new ArrayDeque<>();
      for (Organization organization : organizations) {
        window.add(hand(years, organization, pool, day, holidays));
        while (!window.isEmpty()
            && (window.size() > inFlight() || window.getFirst().isDone())) {
          taking.take(window.removeFirst(), batch);
        }
      }
      while (!window.isEmpty()) {
        taking.take(window.removeFirst(), batch);
      }
      taking.bar.finish();
      RuntimeException first = taking.first;
      if (first != null && taking.evaluated == 0 && DatabaseFailure.isDatabaseFailure(first)) {
        // Every organization failed on the database itself: a database failure, not findings.
        throw first;
      }
      output.finish();
      if (batch != null) {
        batch.store();
      }
    }
    return new Summary(taking.evaluated, taking.failed, taking.withPlan);
  }

  /** Prints what the batch did and the peak memory on stderr. */
  void report(Summary summary, boolean stored) {
    err.println(
        "km: ประเมิน " + summary.evaluated() + " องค์กร ไม่สำเร็จ " + summary.failed()
            + (stored ? " เก็บผลแล้ว" : "") + " หน่วยความจำสูงสุด " + PeakMemory.describe());
    err.println(
        "km: evaluated " + summary.evaluated() + " organizations, " + summary.failed() + " failed"
            + (stored ? ", results stored" : "") + "; peak memory " + PeakMemory.describe());
    err.flush();
  }

  private static Thread worker(Runnable work) {
    return Thread.ofPlatform()
        .name("km-evaluate-" + WORKER_NUMBERS.incrementAndGet())
        .daemon()
        .unstarted(work);
  }

  /** Takes the organization's year as it was read and hands it to a worker. */
  private Pending hand(
      BatchYears years,
      Organization organization,
      ExecutorService pool,
      LocalDate day,
      HolidayCalendar holidays) {
    Optional<OrganizationYear> read;
    try {
      read = years.next();
    } catch (RuntimeException e) {
      return new Pending(organization, null, e);
    }
    if (read.isEmpty()) {
      return new Pending(organization, null, null);
    }
    OrganizationYear y = read.get();
    return new Pending(
        organization, CompletableFuture.supplyAsync(() -> judge(y, day, holidays), pool), null);
  }

  /** A worker's job: the problems of the year's records, then its evaluation or why it failed. */
  private Judged judge(OrganizationYear y, LocalDate day, HolidayCalendar holidays) {
    List<RecordProblem> problems;
    try {
      problems = y.records().validate(y.plan());
    } catch (RuntimeException e) {
      return new Judged(y, List.of(), null, e);
    }
    try {
      return new Judged(y, problems, evaluator.evaluate(y, day, holidays), null);
    } catch (RuntimeException e) {
      return new Judged(y, problems, null, e);
    }
  }

  /**
   * One organization handed on: its worker's job; or none, with why it could not be read, or
   * nothing when it has no plan of the year.
   */
  private record Pending(
      Organization organization,
      @Nullable CompletableFuture<Judged> job,
      @Nullable RuntimeException unread) {

    boolean isDone() {
      return job == null || job.isDone();
    }
  }

  /** What a worker made of a year: its records' problems, then its evaluation or its failure. */
  private record Judged(
      OrganizationYear year,
      List<RecordProblem> problems,
      @Nullable Evaluation evaluation,
      @Nullable RuntimeException failure) {}

  /** The batch's side that takes the organizations back in order: what it printed and counted. */
  private final class Taking {

    private final ProgressBar bar;
    private final Set<OrganizationCode> withPlan = new HashSet<>();
    private int evaluated;
    private int failed;
    private int done;
    private @Nullable RuntimeException first;

    Taking(ProgressBar bar) {
      this.bar = bar;
    }

    /** Prints, counts and stores one organization's outcome; the next in order. */
    void take(Pending pending, @Nullable EvaluationBatch batch) {
      Organization organization = pending.organization();
      @Nullable RuntimeException failure = pending.unread();
      CompletableFuture<Judged> job = pending.job();
      if (job != null) {
        Judged judged = joined(job);
        // An organization's warnings in one write: println flushes standard error (an autoflush
        // writer) line by line, a system call per line over thousands of warnings at N=100.
        if (!judged.problems().isEmpty()) {
          String nl = System.lineSeparator();
          for (RecordProblem p : judged.problems()) {
            err.print("km: " + organization.code() + ": " + p.message().th() + nl);
            err.print("km: " + organization.code() + ": " + p.message().en() + nl);
          }
          err.flush();
        }
        Evaluation evaluation = judged.evaluation();
        if (evaluation != null) {
          evaluated++;
          withPlan.add(organization.code());
          output.add(evaluation, judged.year().plan());
          if (batch != null) {
            batch.add(organization, ProvinceGroup.of(organization), evaluation);
          }
        }
        failure = judged.failure();
      }
      if (failure != null) {
        failed(organization, failure, batch);
      }
      bar.step(++done, failed);
    }

    private void failed(
        Organization organization, RuntimeException e, @Nullable EvaluationBatch batch) {
      first = first == null ? e : first;
      failed++;
      withPlan.add(organization.code());
      LocalizedText problem = problem(e);
      bar.finish();
      err.println("km: " + organization.code() + ": ประเมินไม่ได้: " + problem.th());
      err.println("km: " + organization.code() + ": could not be evaluated: " + problem.en());
      err.flush();
      if (batch != null) {
        batch.failed(organization, ProvinceGroup.of(organization), problem);
      }
    }
  }

  /** The worker's outcome; an error it did not catch (out of memory) is thrown here. */
  private static Judged joined(CompletableFuture<Judged> job) {
    try {
      return job.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static LocalizedText problem(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    if (DatabaseFailure.isDatabaseFailure(e)) {
      String[] both = Main.thaiAndEnglish(message);
      return LocalizedText.of(both[0], both[1]);
    }
    return LocalizedText.of(message, message);
  }
}
