package th.km.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * against its records, one organization at a time, the next ones read ahead on another thread
 * ({@link BatchYears}), so that memory holds a few organizations' years however many there are. An organization that cannot be read or evaluated is told on stderr,
 * counted, and stored as failed; the batch goes on. With {@code --store} the results replace the
 * year's stored batch once all are evaluated (see {@link EvaluationBatch}); a database failure
 * while storing stops the batch and leaves the stored results as they were.
 */
final class BatchEvaluation {

  private final EvaluationOutput output;
  private final PrintWriter err;
  private final boolean progressShown;

  /**
   * @param output where each organization's results are printed
   * @param err where problems, the progress bar and the summary go
   * @param progressShown whether to draw the progress bar
   */
  BatchEvaluation(EvaluationOutput output, PrintWriter err, boolean progressShown) {
    this.output = output;
    this.err = err;
    this.progressShown = progressShown;
  }

  /**
   * What a batch did.
   *
   * @param evaluated how many organizations were evaluated
   * @param failed how many could not be
   * @param withPlan the organizations that have a plan of the year, or whose plan could not be read
   */
  record Summary(int evaluated, int failed, Set<OrganizationCode> withPlan) {}

  /** Evaluates the year as of the day, storing the results when asked; returns what it did. */
  Summary run(
      Database database, FiscalYear year, LocalDate day, HolidayCalendar holidays, boolean store) {
    List<Organization> organizations = database.planStore(Clock.systemUTC()).organizations();
    ProgressBar bar = new ProgressBar(err, progressShown, organizations.size());
    int evaluated = 0;
    int failed = 0;
    int done = 0;
    Set<OrganizationCode> withPlan = new HashSet<>();
    @Nullable RuntimeException first = null;
    try (BatchYears years =
            database.batchYears(organizations.stream().map(Organization::code).toList(), year);
        EvaluationBatch batch =
            store ? database.startEvaluationBatch(year, day, Clock.systemUTC()) : null) {
      for (Organization organization : organizations) {
        Optional<Evaluated> one;
        try {
          one = evaluate(years, organization, day, holidays);
        } catch (RuntimeException e) {
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
          bar.step(++done, failed);
          continue;
        }
        if (one.isPresent()) {
          evaluated++;
          withPlan.add(organization.code());
          output.add(one.get().evaluation(), one.get().year().plan());
          if (batch != null) {
            batch.add(organization, ProvinceGroup.of(organization), one.get().evaluation());
          }
        }
        bar.step(++done, failed);
      }
      bar.finish();
      if (first != null && evaluated == 0 && DatabaseFailure.isDatabaseFailure(first)) {
        // Every organization failed on the database itself: a database failure, not findings.
        throw first;
      }
      output.finish();
      if (batch != null) {
        batch.store();
      }
    }
    return new Summary(evaluated, failed, withPlan);
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

  private Optional<Evaluated> evaluate(
      BatchYears years, Organization organization, LocalDate day, HolidayCalendar holidays) {
    Optional<OrganizationYear> stored = years.next();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    OrganizationYear y = stored.get();
    for (RecordProblem p : y.records().validate(y.plan())) {
      err.println("km: " + organization.code() + ": " + p.message().th());
      err.println("km: " + organization.code() + ": " + p.message().en());
    }
    return Optional.of(new Evaluated(y, Evaluator.evaluate(y.plan(), y.records(), day, holidays)));
  }

  private static LocalizedText problem(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    if (DatabaseFailure.isDatabaseFailure(e)) {
      String[] both = Main.thaiAndEnglish(message);
      return LocalizedText.of(both[0], both[1]);
    }
    return LocalizedText.of(message, message);
  }

  private record Evaluated(OrganizationYear year, Evaluation evaluation) {}
}
