package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordProblem;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordStore;
import th.km.core.store.StoredYears;
import th.km.persistence.db.Database;

/**
 * {@code km evaluate}: evaluates every indicator of a plan against the records of its year as of
 * one day and prints the results per activity and monitoring rule, then the roll-ups, as a table
 * for a Thai terminal, as JSON or as CSV. The records folder is read whole or not at all: a folder
 * with a bad record gives exit code 2 and no results.
 *
 * <p>With {@code --org} the plan and records come from the database instead (the latest version of
 * the plan), and the output is the same as for the same plan and records in files. With {@code
 * --all} every organization with a plan of the year is evaluated, one after another; see {@link
 * EvaluationOutput} for how their outputs follow each other.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "ประเมินตัวชี้วัดของแผนจากบันทึกผลการดำเนินงานของปี ณ วันที่กำหนด",
      "Evaluate a plan's indicators against the records of its year as of a day"
          + " (exit 0: evaluated, 1: an organization of --all could not be evaluated, 2: unusable input, 3: database failure)."
    })
public final class EvaluateCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json,
    csv
  }

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--plan",
      paramLabel = "<file>",
      description = "ไฟล์แผน (JSON) ที่มีตัวชี้วัด / the plan file (km JSON) with its indicators")
  private @Nullable Path planFile;

  @Option(
      names = "--records",
      paramLabel = "<dir>",
      description = "โฟลเดอร์บันทึกของปี (docs/records-format.md) / the records folder of the year")
  private @Nullable Path recordsDir;

  @Option(
      names = "--org",
      paramLabel = "<code>",
      description = {
        "ประเมินองค์กรนี้จากฐานข้อมูลแทนไฟล์ (แผนฉบับล่าสุดของปี)",
        "evaluate this organization from the database instead of files (its latest plan of the year)"
      })
  private @Nullable String org;

  @Option(
      names = "--all",
      description = {
        "ประเมินทุกองค์กรที่มีแผนของปีในฐานข้อมูล ทีละองค์กร",
        "evaluate every organization with a plan of the year in the database, one after another"
      })
  private boolean all;

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Option(
      names = "--year",
      paramLabel = "<พ.ศ.>",
      description = {
        "ปีงบประมาณ พ.ศ. ที่จะประเมินจากฐานข้อมูล ถ้าไม่ระบุใช้ปีที่มีวันที่ --as-of",
        "with --org or --all: the fiscal year (Buddhist era); default the one containing --as-of"
      })
  private @Nullable Integer year;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "<date>",
      description = {
        "ประเมิน ณ วันที่ เช่น 2569-03-31 หรือ 31/3/2569 (ปี 2400 ขึ้นไปเป็น พ.ศ.)",
        "evaluate as of this day, such as 2026-03-31 or 31/3/2569 (a year of 2400 or more is B.E.)"
      })
  private String asOf = "";

  @Option(
      names = "--holidays",
      paramLabel = "<file>",
      description = {
        "ไฟล์วันหยุด (ข้อความหรือ .ics, UTF-8) แทนไฟล์ที่มากับโปรแกรม",
        "holiday file (plain or .ics, UTF-8) instead of the bundled one"
      })
  private @Nullable Path holidaysFile;

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      description = "รูปแบบผลลัพธ์ / output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  private Format format = Format.table;

  @Option(
      names = "--bom",
      description = {
        "ขึ้นต้น CSV ด้วย BOM ของ UTF-8 เพื่อให้ Excel เปิดภาษาไทยได้ถูกต้อง",
        "with --format csv: begin with the UTF-8 byte-order mark, so that Excel opens Thai correctly"
      })
  private boolean bom;

  @Option(
      names = "--store",
      description = {
        "กับ --all: เก็บผลและสรุปรายจังหวัดและระดับประเทศแทนผลที่เก็บไว้ของปีนั้น ให้เว็บแสดง",
        "with --all: keep the results, rolled up by province and for the nation, in place of the"
            + " year's earlier ones, for the web's national and province pages"
      })
  private boolean store;

  @Override
  public Integer call() {
    if (bom && format != Format.csv) {
      throw new UnusableInputException(
          "--bom ใช้กับ --format csv เท่านั้น", "--bom goes with --format csv only");
    }
    PrintWriter err = commandSpec().commandLine().getErr();
    LocalDate day = CliInputs.date("--as-of", asOf, "2569-03-31", err);
    PrintWriter out = commandSpec().commandLine().getOut();
    HolidayCalendar holidays;
    int exit = Main.OK;
    if (store && !all) {
      throw new UnusableInputException(
          "--store ใช้กับ --all เท่านั้น (เก็บผลของทุกองค์กรในปีนั้นพร้อมกัน)",
          "--store goes with --all only (it keeps the results of every organization of the year at once)");
    }
    if (org != null || all) {
      checkDatabaseMode();
      holidays = CliInputs.holidays(holidaysFile);
      exit = evaluateStored(day, holidays, out, err);
    } else {
      Path plan = planFile;
      Path records = recordsDir;
      if (plan == null || records == null || db != null || year != null) {
        throw new UnusableInputException(
            "ให้ระบุ --plan กับ --records เพื่อประเมินจากไฟล์ หรือ --org (หรือ --all) เพื่อประเมินจาก"
                + "ฐานข้อมูล ส่วน --db และ --year ใช้คู่กับ --org หรือ --all",
            "give --plan and --records to evaluate files, or --org (or --all) to evaluate from the"
                + " database; --db and --year go with --org or --all");
      }
      holidays = CliInputs.holidays(holidaysFile);
      evaluateFiles(plan, records, day, holidays, out, err);
    }
    if (!holidays.covers(day)) {
      err.println(
          "km: คำเตือน: ไฟล์วันหยุดไม่ครอบคลุมวันที่ " + day + " วันหยุดที่ไม่อยู่ในไฟล์จะไม่ถูกนับในกำหนดส่งรายงาน");
      err.println(
          "km: warning: the holiday file does not cover " + day
              + "; holidays missing from it are not counted in report deadlines");
      err.flush();
    }
    return exit;
  }

  private void evaluateFiles(
      Path planPath,
      Path recordsPath,
      LocalDate day,
      HolidayCalendar holidays,
      PrintWriter out,
      PrintWriter err) {
    KmPlan plan = PlanInput.read(planPath);
    YearRecords records = RecordsInput.read(recordsPath, plan, err);
    EvaluationOutput output = new EvaluationOutput(format, false, bom, out);
    output.add(Evaluator.evaluate(plan, records, day, holidays), plan);
    output.finish();
  }

  private void checkDatabaseMode() {
    if (org != null && all) {
      throw new UnusableInputException(
          "ให้ระบุ --org หรือ --all อย่างใดอย่างหนึ่ง", "give --org or --all, not both");
    }
    if (planFile != null || recordsDir != null) {
      throw new UnusableInputException(
          "--org และ --all ประเมินจากฐานข้อมูล จึงใช้คู่กับ --plan หรือ --records ไม่ได้",
          "--org and --all evaluate from the database, so they cannot go with --plan or --records");
    }
  }

  /**
   * Evaluates from the database, one organization at a time: each one's plan and records are read,
   * evaluated, printed and dropped before the next is read. Returns the exit code: findings when
   * an organization of {@code --all} could not be evaluated.
   */
  private int evaluateStored(
      LocalDate day, HolidayCalendar holidays, PrintWriter out, PrintWriter err) {
    Integer asked = year;
    FiscalYear fiscalYear =
        asked == null ? FiscalYear.containing(day) : Options.fiscalYear(asked);
    // Only --store writes: without it the database is opened to read.
    try (Database database =
        store ? DatabaseInput.open(db) : DatabaseInput.openForReading(db)) {
      PlanStore plans = database.planStore(Clock.systemUTC());
      RecordStore records = database.recordStore();
      String code = org;
      if (code == null) {
        EvaluationOutput output = new EvaluationOutput(format, true, bom, out);
        BatchEvaluation batch = new BatchEvaluation(output, err, ProgressBar.terminal());
        BatchEvaluation.Summary summary = batch.run(database, fiscalYear, day, holidays, store);
        // Only the organizations the batch found no plan for are counted: a scan of every record
        // table for the year's organizations cost as much as a tenth of the batch.
        List<OrganizationCode> withRecords =
            plans.organizations().stream()
                .map(Organization::code)
                .filter(c -> !summary.withPlan().contains(c))
                .filter(c -> records.counts(c, fiscalYear).values().stream().anyMatch(n -> n > 0))
                .toList();
        warnRecordsWithoutPlan(withRecords, summary, fiscalYear, err);
        batch.report(summary, store);
        return summary.failed() > 0 ? Main.FINDINGS : Main.OK;
      }
      OrganizationCode one = Options.organization(code);
      if (plans.latest(one, fiscalYear).isEmpty()) {
        throw noPlan(one, fiscalYear, plans.fiscalYears(one));
      }
      EvaluationOutput output = new EvaluationOutput(format, false, bom, out);
      StoredYears.latest(plans, records, one, fiscalYear)
          .ifPresent(
              y -> {
                for (RecordProblem p : y.records().validate(y.plan())) {
                  err.println("km: " + one + ": " + p.message().th());
                  err.println("km: " + one + ": " + p.message().en());
                }
                err.flush();
                output.add(Evaluator.evaluate(y.plan(), y.records(), day, holidays), y.plan());
              });
      output.finish();
      return Main.OK;
    }
  }

  private static void warnRecordsWithoutPlan(
      List<OrganizationCode> withRecords,
      BatchEvaluation.Summary summary,
      FiscalYear fiscalYear,
      PrintWriter err) {
    for (OrganizationCode c : withRecords) {
      if (!summary.withPlan().contains(c)) {
        err.println(
            "km: คำเตือน: " + c + " มีบันทึกของปีงบประมาณ " + fiscalYear.buddhistYear()
                + " แต่ไม่มีแผนของปีนั้น จึงไม่ได้ประเมิน");
        err.println(
            "km: warning: " + c + " has records of FY " + fiscalYear.buddhistYear()
                + " but no plan of that year, so it was not evaluated");
      }
    }
    err.flush();
  }

  private static UnusableInputException noPlan(
      OrganizationCode code, FiscalYear fiscalYear, List<FiscalYear> years) {
    String list =
        years.stream().map(y -> String.valueOf(y.buddhistYear())).collect(Collectors.joining(", "));
    return new UnusableInputException(
        "ฐานข้อมูลไม่มีแผนของ " + code + " ปีงบประมาณ " + fiscalYear.buddhistYear()
            + (list.isEmpty() ? " (ยังไม่มีแผนเลย นำเข้าด้วย km db import-plan)" : " (มีแผนปีงบประมาณ " + list + " ใช้ --year)"),
        "the database has no plan of " + code + " for FY " + fiscalYear.buddhistYear()
            + (list.isEmpty()
                ? " (it has none; import one with km db import-plan)"
                : " (it has plans for FY " + list + "; use --year)"));
  }

  private CommandSpec commandSpec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return s;
  }
}
