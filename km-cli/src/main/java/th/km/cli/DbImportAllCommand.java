package th.km.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.km.core.plan.KmPlan;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.BulkImport;
import th.km.persistence.db.Database;
import th.km.persistence.planfile.PlanFileException;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFileProblem;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.records.RecordsReading;
import th.km.persistence.transfer.FolderTransfer;

/**
 * {@code km db import --all DIR}: the bulk import of every organization under a folder, each a
 * sub-folder with its {@code plan.json} and records files (what {@code km generate --out} and
 * {@code km db export} write). One transaction per organization; a rerun skips the organizations
 * already stored whole, so an import cut off is finished by running it again.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "นำเข้าแผนและบันทึกของทุกองค์กรในโฟลเดอร์เข้าฐานข้อมูลแบบกลุ่ม ครั้งละหนึ่งองค์กร ทำต่อจากเดิมได้",
      "Bulk-import the plan and records of every organization under a folder, one transaction per"
          + " organization; a rerun skips what is already in (exit 0: done, 2: some organization's"
          + " files are unusable, 3: database failure)."
    })
public final class DbImportAllCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--all",
      required = true,
      paramLabel = "<dir>",
      description = "โฟลเดอร์ที่มีโฟลเดอร์ย่อยขององค์กรละหนึ่งโฟลเดอร์ / one sub-folder per organization")
  private Path all = Path.of("");

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Override
  public Integer call() {
    List<Path> folders = organizationFolders();
    PrintWriter err = Commands.err(spec);
    Progress progress = new Progress(err, folders.size());
    int imported = 0;
    int skipped = 0;
    List<String> refused = new ArrayList<>();
    try (Database database = DatabaseInput.open(db);
        BulkImport bulk = database.bulkImport(Clock.systemUTC())) {
      int done = 0;
      for (Path folder : folders) {
        progress.step(++done, folder.getFileName().toString());
        String problem = importOne(bulk, folder);
        if (problem == null) {
          imported++;
        } else if (problem.isEmpty()) {
          skipped++;
        } else {
          progress.finish();
          err.println("km: " + problem);
          err.flush();
          refused.add(folder.getFileName().toString());
        }
      }
    }
    progress.finish();
    PrintWriter out = Commands.out(spec);
    out.println(
        "นำเข้า " + imported + " องค์กร ข้าม " + skipped + " องค์กรที่นำเข้าครบแล้ว ไม่ได้นำเข้า "
            + refused.size() + " องค์กร");
    out.println(
        "imported " + imported + " organizations, skipped " + skipped
            + " already imported, refused " + refused.size() + (refused.isEmpty() ? "" : ": " + refused));
    out.flush();
    return refused.isEmpty() ? Main.OK : Main.UNUSABLE_INPUT;
  }

  /** Null when imported now, empty when it was already in, else the reason in Thai and English. */
  private @Nullable String importOne(BulkImport bulk, Path folder) {
    Path planFile = folder.resolve(FolderTransfer.PLAN_FILE);
    KmPlan plan;
    try {
      plan = PlanFiles.read(planFile);
    } catch (PlanFileException e) {
      return "แผน " + planFile + " ใช้ไม่ได้ / plan file " + planFile + " is unusable: " + e.getMessage();
    }
    if (bulk.complete(plan.organization().code(), plan.fiscalYear())) {
      return "";
    }
    String org = plan.organization().code().value();
    return switch (RecordsFolder.load(folder, plan)) {
      case RecordsReading.Refused r -> {
        StringBuilder s =
            new StringBuilder(
                "ไม่ได้นำเข้า " + org + " เพราะบันทึกในโฟลเดอร์ " + folder + " มีข้อผิดพลาด"
                    + " / " + org + " was not imported: its records in " + folder + " have errors:");
        for (RecordsFileProblem p : r.problems()) {
          s.append("\n  ").append(p.describeTh()).append("\n  ").append(p.describeEn());
        }
        yield s.toString();
      }
      case RecordsReading.Loaded l ->
          switch (bulk.importYear(plan, l.records())) {
            case BulkImport.Outcome.Imported i -> null;
            case BulkImport.Outcome.AlreadyImported a -> "";
            case BulkImport.Outcome.HasRecords h ->
                "ไม่ได้นำเข้า " + org + " (" + folder + ") เพราะฐานข้อมูลมีบันทึกของปีนี้อยู่แล้ว " + h.records()
                    + " รายการ ให้ใช้ km db import-records / " + org + " (" + folder
                    + ") was not imported: the database already holds " + h.records()
                    + " of its records for the year; use km db import-records";
            case BulkImport.Outcome.PlanChanged p ->
                "ไม่ได้นำเข้า " + org + " เพราะมีผู้บันทึกแผนฉบับอื่นพร้อมกัน / " + org
                    + " was not imported: another plan version was saved at the same time";
          };
    };
  }

  private List<Path> organizationFolders() {
    if (!Files.isDirectory(all)) {
      throw new UnusableInputException(
          "ไม่พบโฟลเดอร์ " + all, "--all " + all + " is not a folder");
    }
    try (Stream<Path> children = Files.list(all)) {
      List<Path> folders =
          children
              .filter(p -> Files.isRegularFile(p.resolve(FolderTransfer.PLAN_FILE)))
              .sorted()
              .toList();
      if (folders.isEmpty()) {
        throw new UnusableInputException(
            "โฟลเดอร์ " + all + " ไม่มีโฟลเดอร์ย่อยที่มี " + FolderTransfer.PLAN_FILE,
            "folder " + all + " has no sub-folder with a " + FolderTransfer.PLAN_FILE);
      }
      return folders;
    } catch (IOException e) {
      throw new PersistenceException("อ่านโฟลเดอร์ " + all + " ไม่ได้ / cannot list " + all, e);
    }
  }
}
