package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.persistence.PersistenceException;
import th.km.persistence.demo.DemoYear;

/**
 * {@code km demo-year}: writes the shipped Ban Waen plan with its formal indicators as {@code
 * plan.json} and a made-up, always identical year of records beside it, ready for {@code km
 * evaluate}.
 */
@Command(
    name = "demo-year",
    mixinStandardHelpOptions = true,
    description = {
      "เขียนแผนเทศบาลตำบลบ้านแหวน ปี ๒๕๖๙ และบันทึกผลการดำเนินงานตัวอย่างของทั้งปีลงในโฟลเดอร์",
      "Write the shipped Ban Waen plan of FY B.E. 2569 and a demo year of its records into a folder."
    })
public final class DemoYearCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<dir>",
      description = "โฟลเดอร์ที่จะเขียน (สร้างให้ถ้ายังไม่มี) / the folder to write (created if missing)")
  private Path out = Path.of("");

  @Override
  public Integer call() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UnusableInputException(
          "--out " + out + " เป็นไฟล์ ไม่ใช่โฟลเดอร์", "--out " + out + " is a file, not a folder");
    }
    try {
      DemoYear.write(out);
    } catch (PersistenceException | java.io.UncheckedIOException e) {
      throw new UnusableInputException(
          "เขียนลงโฟลเดอร์ " + out + " ไม่ได้: " + e.getMessage(),
          "cannot write into folder " + out + ": " + e.getMessage(),
          e);
    }
    Path plan = out.resolve(DemoYear.PLAN_FILE);
    PrintWriter stdout = commandSpec().commandLine().getOut();
    stdout.println("เขียนแผนและบันทึกปีสาธิตไว้ที่ " + out + " แล้ว / wrote the demo plan and year to " + out);
    stdout.println("./km evaluate --plan " + plan + " --records " + out + " --as-of 2026-03-31");
    stdout.flush();
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
