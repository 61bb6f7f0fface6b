package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.db.Database;
import th.km.persistence.document.plan.PlanDocument;

/**
 * {@code km doc plan}: the KM plan as the document the mayor signs and the municipality publishes,
 * from a plan file or from the database's latest version of the plan, as DOCX, PDF or HTML.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "ทำเอกสารแผนการจัดการความรู้ (ประกาศ คำนำ สารบัญ คณะกรรมการ แบบฟอร์มที่ ๑ ขอบเขต KM แผน KM Action)",
      "Make the KM plan document (announcement, preface, contents, committees, Form 1, KM scope,"
          + " action plan) from a plan file or the database."
    })
public final class DocPlanCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--plan", paramLabel = "<file>", description = "ไฟล์แผน (JSON) / the plan file")
  private @Nullable Path planFile;

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Option(
      names = "--org",
      paramLabel = "<code>",
      description = "องค์กรในฐานข้อมูล / the organization in the database")
  private @Nullable String org;

  @Option(
      names = "--year",
      paramLabel = "<พ.ศ.>",
      description = "ปีงบประมาณ พ.ศ. ของแผนในฐานข้อมูล / the plan's fiscal year (Buddhist era)")
  private @Nullable Integer year;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "docx|pdf|html",
      description = "รูปแบบไฟล์ / the file format: ${COMPLETION-CANDIDATES}")
  private DocOutput.Format format = DocOutput.Format.pdf;

  @Option(names = "-o", required = true, paramLabel = "<file>", description = "ไฟล์ผลลัพธ์ / the output file")
  private Path output = Path.of("plan.pdf");

  @Option(
      names = "--emblem",
      paramLabel = "<image>",
      description = "ตราสัญลักษณ์ (PNG หรือ JPEG) เหนือประกาศ / the emblem (PNG or JPEG) above the announcement")
  private @Nullable Path emblem;

  @Option(
      names = "--digits",
      paramLabel = "thai|arabic",
      description = "เลขไทยหรือเลขอารบิก (ค่าเริ่มต้น thai) / Thai or Arabic digits (default ${DEFAULT-VALUE})")
  private DocOutput.DigitStyle digits = DocOutput.DigitStyle.thai;

  @Override
  public Integer call() {
    PrintWriter err = commandSpec().commandLine().getErr();
    var image = DocOutput.emblem(emblem);
    KmPlan plan = plan();
    DocOutput.write(PlanDocument.of(plan, image, digits.digits()), format, output, err);
    err.println("km: เขียน " + output + " แล้ว / wrote " + output);
    err.flush();
    return Main.OK;
  }

  private KmPlan plan() {
    return PlanSource.read(planFile, db, org, year);
  }

  private CommandSpec commandSpec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return s;
  }

  /** Where a document command's plan comes from: a plan file, or the database. */
  static final class PlanSource {
    private PlanSource() {}

    static KmPlan read(
        @Nullable Path planFile, @Nullable String db, @Nullable String org, @Nullable Integer year) {
      if (planFile != null) {
        if (db != null || org != null || year != null) {
          throw new UnusableInputException(
              "ให้ระบุ --plan หรือ --db/--org/--year อย่างใดอย่างหนึ่ง",
              "give --plan, or --db/--org/--year, not both");
        }
        return PlanInput.read(planFile);
      }
      if (org == null || year == null) {
        throw new UnusableInputException(
            "ให้ระบุ --plan <ไฟล์> หรือ --org <รหัส> --year <พ.ศ.> (และ --db ถ้าไม่ใช่ฐานข้อมูลเริ่มต้น)",
            "give --plan <file>, or --org <code> --year <B.E.> (and --db unless the default database)");
      }
      OrganizationCode code = Options.organization(org);
      FiscalYear fiscalYear = Options.fiscalYear(year);
      try (Database database = DatabaseInput.open(db)) {
        return database
            .planStore(Clock.systemUTC())
            .latest(code, fiscalYear)
            .orElseThrow(
                () ->
                    new UnusableInputException(
                        "ฐานข้อมูลไม่มีแผนของ " + code + " ปีงบประมาณ " + year,
                        "the database has no plan of " + code + " for FY " + year))
            .plan();
      }
    }
  }
}
