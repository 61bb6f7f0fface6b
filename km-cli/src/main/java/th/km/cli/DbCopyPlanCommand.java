package th.km.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanCopier;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;
import th.km.core.store.StoredPlan;
import th.km.persistence.db.Database;

/**
 * {@code km db copy-plan}: starts next fiscal year's plan as a copy of this year's (the approved
 * version, else the latest draft), saved as the first draft of the next year; see {@link
 * PlanCopier} for what changes in the copy.
 */
@Command(
    name = "copy-plan",
    mixinStandardHelpOptions = true,
    description = {
      "คัดลอกแผนไปเป็นร่างแผนของปีงบประมาณถัดไป",
      "Copy an organization's plan into the next fiscal year as a new draft."
    })
public final class DbCopyPlanCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--org",
      required = true,
      paramLabel = "<code>",
      description = "รหัสองค์กร / the organization's code, such as ban-waen")
  private String organization = "";

  @Option(
      names = "--from",
      required = true,
      paramLabel = "<B.E. year>",
      description =
          "ปีงบประมาณของแผนต้นทาง / the fiscal year (B.E.) of the plan to copy, such as 2569")
  private int fromYear;

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Override
  public Integer call() {
    OrganizationCode code = Options.organization(organization);
    FiscalYear from = fiscalYear();
    if (from.buddhistYear() >= 2700) {
      throw new UnusableInputException(
          "ปีงบประมาณ พ.ศ. " + fromYear + " เป็นปีสุดท้ายที่ km รับได้ จึงไม่มีปีถัดไป",
          "fiscal year B.E. " + fromYear + " is the last km accepts; it has no next year");
    }
    FiscalYear to = from.next();
    try (Database database = DatabaseInput.open(db)) {
      PlanStore store = database.planStore(Clock.systemUTC(), DatabaseInput.actor());
      StoredPlan source =
          store
              .approved(code, from)
              .or(() -> store.latest(code, from))
              .orElseThrow(
                  () ->
                      new UnusableInputException(
                          "ไม่มีแผนของ " + code + " ปีงบประมาณ พ.ศ. " + fromYear + " ในฐานข้อมูล",
                          "there is no plan of " + code + " for fiscal year B.E. " + fromYear));
      List<PlanVersion> existing = store.versions(code, to);
      if (!existing.isEmpty()) {
        int latest = existing.get(existing.size() - 1).number();
        throw new UnusableInputException(
            code
                + " มีแผนปีงบประมาณ พ.ศ. "
                + to.buddhistYear()
                + " อยู่แล้ว (ฉบับที่ "
                + latest
                + ") จึงไม่คัดลอกทับ",
            code
                + " already has a plan for fiscal year B.E. "
                + to.buddhistYear()
                + " (version "
                + latest
                + "); copy-plan only starts a year that has none");
      }
      KmPlan copy = PlanCopier.toNextYear(source.plan());
      PlanVersion saved = store.saveDraft(copy);
      PrintWriter out = out();
      PlanVersion was = source.version();
      out.printf(
          "คัดลอกแผนของ %s ปี %d ฉบับที่ %d (%s) เป็นร่างแผนปี %d ฉบับที่ %d: %s%n",
          code,
          from.buddhistYear(),
          was.number(),
          was.status().thaiName(),
          to.buddhistYear(),
          saved.number(),
          copy.title());
      out.printf(
          "copied the plan of %s for %d, version %d (%s), to a draft for %d, version %d%n",
          code,
          from.buddhistYear(),
          was.number(),
          was.status().englishName(),
          to.buddhistYear(),
          saved.number());
      out.flush();
      return Main.OK;
    }
  }

  private FiscalYear fiscalYear() {
    try {
      return FiscalYear.ofBuddhistYear(fromYear);
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(
          "ปีงบประมาณ '" + fromYear + "' ไม่ถูกต้อง: ใช้ปี พ.ศ. เช่น 2569",
          "fiscal year '" + fromYear + "' is not a B.E. year such as 2569: " + e.getMessage(),
          e);
    }
  }

  private PrintWriter out() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec before call()");
    }
    return spec.commandLine().getOut();
  }
}
