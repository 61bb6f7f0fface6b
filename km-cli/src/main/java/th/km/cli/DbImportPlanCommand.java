package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.core.plan.KmPlan;
import th.km.core.store.PlanVersion;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.Database;
import th.km.persistence.transfer.FolderTransfer;
import th.km.persistence.transfer.PlanImport;

/**
 * {@code km db import-plan}: saves a plan file as a new draft version of its organization's plan,
 * registering the organization on its first plan. A file equal to the latest version saves nothing,
 * so importing it twice keeps one version.
 */
@Command(
    name = "import-plan",
    mixinStandardHelpOptions = true,
    description = {
      "นำไฟล์แผนเข้าฐานข้อมูลเป็นฉบับร่างใหม่ (ถ้าเหมือนฉบับล่าสุดจะไม่บันทึกซ้ำ)",
      "Import a plan file into the database as a new draft version (nothing when it equals the"
          + " latest version)."
    })
public final class DbImportPlanCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<plan-file>", description = "ไฟล์แผน / the plan file (km JSON)")
  private Path planFile = Path.of("");

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Override
  public Integer call() {
    KmPlan plan = PlanInput.read(planFile);
    PlanImport result;
    try (Database database = DatabaseInput.open(db)) {
      result =
          new FolderTransfer(
                  database.planStore(Clock.systemUTC(), DatabaseInput.actor()),
                  database.recordStore(Clock.systemUTC(), DatabaseInput.actor()))
              .importPlan(plan);
    }
    String org = plan.organization().code().value();
    int year = plan.fiscalYear().buddhistYear();
    return switch (result) {
      case PlanImport.Saved s -> {
        print(
            "บันทึกแผนของ " + org + " ปีงบประมาณ " + year + " เป็นฉบับที่ " + s.version().number()
                + " (ร่าง) แล้ว",
            "saved the plan of " + org + " for FY " + year + " as version " + s.version().number()
                + " (draft)");
        yield Main.OK;
      }
      case PlanImport.Unchanged u -> {
        print(
            "แผนของ " + org + " ปีงบประมาณ " + year + " ตรงกับฉบับที่ " + u.version().number()
                + " " + u.version().status().thaiName() + " อยู่แล้ว จึงไม่ได้บันทึกซ้ำ",
            "the plan of " + org + " for FY " + year + " equals version " + u.version().number()
                + " (" + u.version().status().englishName() + "); nothing saved");
        yield Main.OK;
      }
      case PlanImport.Stale s -> {
        int latest = s.latest().map(PlanVersion::number).orElse(0);
        throw new PersistenceException(
            "มีผู้บันทึกแผนของ " + org + " ฉบับที่ " + latest + " ระหว่างการนำเข้า จึงไม่ได้บันทึก ลองใหม่อีกครั้ง"
                + " / someone saved version " + latest + " of the plan of " + org
                + " during the import, so nothing was saved; try again");
      }
    };
  }

  private void print(String th, String en) {
    PrintWriter out = Commands.out(spec);
    out.println(th);
    out.println(en);
    out.flush();
  }
}
