package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.db.Database;
import th.km.persistence.transfer.Export;
import th.km.persistence.transfer.FolderTransfer;

/**
 * {@code km db export}: writes an organization's latest plan of a year as {@code plan.json} and the
 * year's records as a records folder, both into one folder, as {@code km demo-year} lays them out;
 * {@code km db import-plan} and {@code import-records} read them back unchanged.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "เขียนแผนฉบับล่าสุดและบันทึกผลการดำเนินงานของปีจากฐานข้อมูลลงในโฟลเดอร์",
      "Write the latest plan of a year and the year's records from the database into a folder."
    })
public final class DbExportCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--org",
      required = true,
      paramLabel = "<code>",
      description = "รหัสองค์กร / the organization's code")
  private String org = "";

  @Option(
      names = "--year",
      paramLabel = "<พ.ศ.>",
      description = {
        "ปีงบประมาณ พ.ศ. ถ้าไม่ระบุใช้ปีล่าสุดที่มีแผน",
        "fiscal year (Buddhist era, such as 2569); default the latest year with a plan"
      })
  private @Nullable Integer year;

  @Parameters(index = "0", paramLabel = "<dir>", description = "โฟลเดอร์ที่จะเขียน / the folder to write")
  private Path dir = Path.of("");

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Override
  public Integer call() {
    OrganizationCode code = Options.organization(org);
    Integer asked = year;
    Optional<FiscalYear> fiscalYear =
        asked == null ? Optional.empty() : Optional.of(Options.fiscalYear(asked));
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UnusableInputException(
          dir + " เป็นไฟล์ ไม่ใช่โฟลเดอร์", dir + " is a file, not a folder");
    }
    Export result;
    try (Database database = DatabaseInput.open(db)) {
      result =
          new FolderTransfer(database.planStore(Clock.systemUTC()), database.recordStore())
              .export(code, fiscalYear, dir);
    }
    return switch (result) {
      case Export.Written w -> {
        PrintWriter out = Commands.out(spec);
        int y = w.fiscalYear().buddhistYear();
        out.println(
            "เขียนแผนฉบับที่ " + w.version().number() + " ของ " + code + " ปีงบประมาณ " + y
                + " และบันทึก " + w.records() + " รายการลงใน " + dir + " แล้ว");
        out.println(
            "wrote version " + w.version().number() + " of the plan of " + code + " for FY " + y
                + " and " + w.records() + " records to " + dir);
        out.flush();
        yield Main.OK;
      }
      case Export.NoPlan n -> {
        String years =
            n.years().stream()
                .map(y -> String.valueOf(y.buddhistYear()))
                .collect(Collectors.joining(", "));
        String which = n.asked().map(y -> " ปีงบประมาณ " + y.buddhistYear()).orElse("");
        String whichEn = n.asked().map(y -> " for FY " + y.buddhistYear()).orElse("");
        throw new UnusableInputException(
            "ฐานข้อมูลไม่มีแผนของ " + code + which
                + (years.isEmpty() ? "" : " (มีแผนปีงบประมาณ " + years + ")"),
            "the database has no plan of " + code + whichEn
                + (years.isEmpty() ? "" : " (it has plans for FY " + years + ")"));
      }
    };
  }
}
