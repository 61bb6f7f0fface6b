package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.plan.KmPlan;
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

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  @Spec private @Nullable CommandSpec spec;

  @Mixin private PlanSource source = new PlanSource();

  @Mixin private DocOutput.Options output = new DocOutput.Options();

  @Option(
      names = "--emblem",
      paramLabel = "<image>",
      description = "ตราสัญลักษณ์ (PNG หรือ JPEG) เหนือประกาศ / the emblem (PNG or JPEG) above the announcement")
  private @Nullable Path emblem;

  @Override
  public Integer call() {
    PrintWriter err = commandSpec().commandLine().getErr();
    var image = DocOutput.emblem(emblem);
    KmPlan plan = plan();
    output.write(PlanDocument.of(plan, image, output.digits()), err);
    return Main.OK;
  }

  /** The plan of the file or the database, the fiscal year of today in Bangkok by default. */
  private KmPlan plan() {
    return source.read(LocalDate.now(Clock.system(BANGKOK)));
  }

  private CommandSpec commandSpec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return s;
  }
}
