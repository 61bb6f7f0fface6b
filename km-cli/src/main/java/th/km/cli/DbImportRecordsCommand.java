package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordStore;
import th.km.persistence.db.Database;
import th.km.persistence.records.RecordsFileProblem;
import th.km.persistence.transfer.FolderTransfer;
import th.km.persistence.transfer.RecordsImport;

/**
 * {@code km db import-records}: stores a records folder in the database in one transaction, checked
 * against the organization's latest plan of the folder's year. Records already stored with the same
 * content are left alone, so importing a folder twice stores nothing twice; a record stored with
 * other content refuses the whole import and is named with the fields that differ.
 */
@Command(
    name = "import-records",
    mixinStandardHelpOptions = true,
    description = {
      "นำโฟลเดอร์บันทึกผลการดำเนินงานของปีเข้าฐานข้อมูล ทั้งหมดหรือไม่นำเข้าเลย",
      "Import a records folder of the year into the database, all of it or nothing."
    })
public final class DbImportRecordsCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--org",
      required = true,
      paramLabel = "<code>",
      description = "รหัสองค์กร (เช่น ban-waen) / the organization's code, such as ban-waen")
  private String org = "";

  @Parameters(
      index = "0",
      paramLabel = "<records-dir>",
      description = "โฟลเดอร์บันทึกของปี (docs/records-format.md) / the records folder of the year")
  private Path recordsDir = Path.of("");

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Override
  public Integer call() {
    OrganizationCode code = Options.organization(org);
    try (Database database = DatabaseInput.open(db)) {
      RecordStore records = database.recordStore(Clock.systemUTC(), DatabaseInput.actor());
      FolderTransfer transfer = new FolderTransfer(database.planStore(Clock.systemUTC()), records);
      RecordsImport result = transfer.importRecords(code, recordsDir);
      return switch (result) {
        case RecordsImport.Unreadable u -> throw unreadable(u.problems());
        case RecordsImport.OtherOrganization o ->
            throw new UnusableInputException(
                "โฟลเดอร์ " + recordsDir + " เป็นบันทึกของ " + o.inFolder() + " ไม่ใช่ของ " + o.asked(),
                "folder " + recordsDir + " holds the records of " + o.inFolder() + ", not of "
                    + o.asked());
        case RecordsImport.NoPlan n ->
            throw new UnusableInputException(
                "ฐานข้อมูลยังไม่มีแผนของ " + n.organization() + " ปีงบประมาณ "
                    + n.fiscalYear().buddhistYear() + " ให้นำเข้าแผนก่อน (km db import-plan)",
                "the database has no plan of " + n.organization() + " for FY "
                    + n.fiscalYear().buddhistYear() + "; import the plan first (km db import-plan)");
        case RecordsImport.Read r -> {
          warn(r.warnings());
          yield stored(r, records);
        }
      };
    }
  }

  private int stored(RecordsImport.Read read, RecordStore records) {
    return switch (read.result()) {
      case RecordImport.Imported i -> {
        Map<RecordKind, Integer> inDatabase = records.counts(i.organization(), i.fiscalYear());
        PrintWriter out = Commands.out(spec);
        int year = i.fiscalYear().buddhistYear();
        out.println(
            "นำเข้าบันทึกของ " + i.organization() + " ปีงบประมาณ " + year + " แล้ว: เพิ่ม "
                + i.totalAdded() + " รายการ มีอยู่แล้ว " + i.totalUnchanged() + " รายการ");
        out.println(
            "imported the records of " + i.organization() + " for FY " + year + ": "
                + i.totalAdded() + " added, " + i.totalUnchanged() + " already stored");
        for (RecordKind k : RecordKind.values()) {
          out.println(
              "  " + k.englishName() + " (" + k.thaiName() + "): +" + i.added().get(k) + " ="
                  + i.unchanged().get(k) + ", " + inDatabase.get(k) + " in the database");
        }
        out.flush();
        yield Main.OK;
      }
      case RecordImport.Refused r -> {
        StringBuilder th =
            new StringBuilder(
                "ไม่ได้นำเข้าบันทึกใดเลย เพราะบันทึก " + r.conflicts().size() + " รายการขัดกับฐานข้อมูล:");
        StringBuilder en =
            new StringBuilder(
                "nothing was imported: " + r.conflicts().size()
                    + " records conflict with the database:");
        for (RecordsFileProblem c : read.conflicts()) {
          th.append("\n  ").append(c.describeTh());
          en.append("\n  ").append(c.describeEn());
        }
        throw new UnusableInputException(th.toString(), en.toString());
      }
      case RecordImport.UnknownOrganization u ->
          throw new UnusableInputException(
              "ฐานข้อมูลยังไม่มีองค์กร " + u.organization() + " ให้นำเข้าแผนก่อน (km db import-plan)",
              "the database has no organization " + u.organization()
                  + "; import its plan first (km db import-plan)");
    };
  }

  private UnusableInputException unreadable(List<RecordsFileProblem> problems) {
    StringBuilder th =
        new StringBuilder("ใช้โฟลเดอร์บันทึก " + recordsDir + " ไม่ได้ จึงไม่ได้นำเข้าบันทึกใดเลย:");
    StringBuilder en =
        new StringBuilder(
            "records folder " + recordsDir + " cannot be used, so nothing was imported:");
    for (RecordsFileProblem p : problems) {
      th.append("\n  ").append(p.describeTh());
      en.append("\n  ").append(p.describeEn());
    }
    return new UnusableInputException(th.toString(), en.toString());
  }

  private void warn(List<RecordsFileProblem> warnings) {
    PrintWriter err = Commands.err(spec);
    for (RecordsFileProblem p : warnings) {
      err.println("km: " + p.describeTh());
      err.println("km: " + p.describeEn());
    }
    err.flush();
  }
}
