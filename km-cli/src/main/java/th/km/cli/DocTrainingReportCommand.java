package th.km.cli;

import java.time.ZoneId;
import java.time.LocalDate;
import java.time.Clock;
import th.km.core.evaluation.OrganizationYear;
import picocli.CommandLine.Mixin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.plan.KmPlan;
import th.km.core.records.Training;
import th.km.core.records.YearRecords;
import th.km.persistence.document.training.TrainingReportDocument;

/**
 * {@code km doc training-report}: the post-training report form of one person's training,
 * pre-filled from the training and staff records, from files or from the database.
 */
@Command(
    name = "training-report",
    mixinStandardHelpOptions = true,
    description = {
      "ทำแบบรายงานผลการฝึกอบรมของการอบรมหนึ่งครั้ง กรอกข้อมูลผู้เข้าอบรม หลักสูตร วันที่ กำหนดส่ง"
          + " และลำดับผู้บังคับบัญชาจนถึงนายกเทศมนตรีไว้ให้",
      "Make the pre-filled post-training report form of one training (who, course, dates,"
          + " deadline, sign-off chain up to the mayor)."
    })
public final class DocTrainingReportCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  @Mixin private YearSource source = new YearSource();

  @Option(
      names = "--training",
      required = true,
      paramLabel = "<id>",
      description = "รหัสบันทึกการอบรม / the training record's id")
  private String trainingId = "";






  @Option(
      names = "--holidays",
      paramLabel = "<file>",
      description = "ไฟล์วันหยุดสำหรับนับกำหนดส่ง / holiday file for the deadline")
  private @Nullable Path holidaysFile;

  @Mixin private DocOutput.Options output = new DocOutput.Options();

  @Override
  public Integer call() {
    PrintWriter err = commandSpec().commandLine().getErr();
    var holidays = CliInputs.holidays(holidaysFile);
    OrganizationYear year = source.read(LocalDate.now(Clock.system(BANGKOK)), err);
    KmPlan plan = year.plan();
    YearRecords records = year.records();
    Training training =
        records
            .training(trainingId.strip())
            .orElseThrow(
                () ->
                    new UnusableInputException(
                        "ไม่พบบันทึกการอบรมรหัส «" + trainingId + "» ในบันทึกของปีงบประมาณ "
                            + plan.fiscalYear().buddhistYear(),
                        "no training with id '" + trainingId + "' in the records of FY "
                            + plan.fiscalYear().buddhistYear()));
    var doc =
        TrainingReportDocument.of(
            plan,
            training,
            records.staffMember(training.personId()),
            records.reportsOf(training.id()),
            holidays,
            output.digits());
    output.write(doc, err);
    return Main.OK;
  }

  private CommandSpec commandSpec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return s;
  }
}
