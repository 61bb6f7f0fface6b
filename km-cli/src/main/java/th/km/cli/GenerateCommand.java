package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.calendar.FiscalYear;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.BulkImport;
import th.km.persistence.db.Database;
import th.km.persistence.national.NationalDataset;

/**
 * {@code km generate}: draws the national dataset (made-up local governments, each with a plan and
 * a year of records) from a seed, and writes it as folders ({@code --out}) or stores it through the
 * bulk path ({@code --db}). See docs/national.md.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "สร้างชุดข้อมูลสมมุติระดับประเทศ: องค์กรปกครองส่วนท้องถิ่น แผน และบันทึกผลการดำเนินงานทั้งปี",
      "Draw a made-up national dataset: local governments with their plans and a year of records"
          + " (exit 0: done, 2: unusable input, 3: database failure)."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--orgs",
      required = true,
      paramLabel = "<n>",
      description = "จำนวนองค์กร (7850 = ทั้งประเทศ, 100 = หนึ่งจังหวัด) / how many organizations")
  private int orgs;

  @Option(names = "--seed", required = true, paramLabel = "<s>", description = "seed")
  private long seed;

  @Option(names = "--out", paramLabel = "<dir>", description = "เขียนเป็นโฟลเดอร์ / write folders")
  private @Nullable Path out;

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = "นำเข้าฐานข้อมูล / store in")
  private @Nullable String db;

  @Option(
      names = "--year",
      paramLabel = "<BE>",
      description = "ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น 2569) / the fiscal year, B.E.; default 2569")
  private int year = NationalDataset.DEFAULT_YEAR.buddhistYear();

  @Override
  public Integer call() {
    if ((out == null) == (db == null)) {
      throw new UnusableInputException(
          "ระบุ --out หรือ --db อย่างใดอย่างหนึ่ง", "give exactly one of --out and --db");
    }
    if (orgs < 1 || orgs > 100_000) {
      throw new UnusableInputException(
          "--orgs ต้องอยู่ระหว่าง 1 ถึง 100000 ไม่ใช่ " + orgs,
          "--orgs must be 1 to 100000, not " + orgs);
    }
    if (year < 2560 || year > 2600) {
      throw new UnusableInputException(
          "--year ต้องเป็นปี พ.ศ. 2560 ถึง 2600 ไม่ใช่ " + year,
          "--year must be a Buddhist-era year from 2560 to 2600, not " + year);
    }
    NationalDataset dataset = new NationalDataset(orgs, seed, FiscalYear.ofBuddhistYear(year));
    Progress progress = new Progress(Commands.err(spec), dataset.size());
    AtomicInteger done = new AtomicInteger();
    String where;
    if (out != null) {
      Path dir = out;
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new UnusableInputException(
            "--out " + dir + " เป็นไฟล์ ไม่ใช่โฟลเดอร์", "--out " + dir + " is a file, not a folder");
      }
      try {
        Files.createDirectories(dir);
        dataset.forEach(
            o -> progress.step(done.incrementAndGet(), NationalDataset.write(o, dir).toString()));
      } catch (java.io.IOException | PersistenceException | java.io.UncheckedIOException e) {
        throw new UnusableInputException(
            "เขียนลงโฟลเดอร์ " + dir + " ไม่ได้: " + e.getMessage(),
            "cannot write into folder " + dir + ": " + e.getMessage(),
            e);
      }
      where = dir.toString();
    } else {
      try (Database database = DatabaseInput.open(db);
          BulkImport bulk = database.bulkImport(Clock.systemUTC())) {
        dataset.forEach(
            o -> {
              bulk.importYear(o.plan(), o.records());
              progress.step(done.incrementAndGet(), o.plan().organization().code().value());
            });
        where = database.location().describe();
      }
    }
    progress.finish();
    PrintWriter stdout = Commands.out(spec);
    stdout.println(
        "สร้างข้อมูล " + done.get() + " องค์กร ปีงบประมาณ " + year + " ไว้ที่ " + where + " แล้ว");
    stdout.println("generated " + done.get() + " organizations for FY " + year + " into " + where);
    stdout.flush();
    return Main.OK;
  }
}
