package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;
import th.km.persistence.PersistenceException;
import th.km.persistence.records.RecordsFileProblem;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.records.RecordsReading;

/**
 * Reads the records folder a command was given, against its plan: all of it or nothing. A folder
 * with any bad record is unusable input that lists every problem with its file, line and field;
 * warnings go to stderr and the records are used.
 */
final class RecordsInput {

  private RecordsInput() {}

  static YearRecords read(Path dir, KmPlan plan, PrintWriter err) {
    RecordsReading reading;
    try {
      reading = RecordsFolder.load(dir, plan);
    } catch (PersistenceException e) {
      throw new UnusableInputException(
          "อ่านโฟลเดอร์บันทึก " + dir + " ไม่ได้", "cannot read records folder " + dir + ": " + e.getMessage(), e);
    }
    return switch (reading) {
      case RecordsReading.Refused r -> {
        StringBuilder th = new StringBuilder("ใช้โฟลเดอร์บันทึก " + dir + " ไม่ได้ จึงไม่ได้ประเมินผล:");
        StringBuilder en = new StringBuilder("records folder " + dir + " cannot be used, so nothing was evaluated:");
        for (RecordsFileProblem p : r.problems()) {
          th.append("\n  ").append(p.describeTh());
          en.append("\n  ").append(p.describeEn());
        }
        throw new UnusableInputException(th.toString(), en.toString());
      }
      case RecordsReading.Loaded l -> {
        for (RecordsFileProblem p : l.problems()) {
          err.println("km: " + p.describeTh());
          err.println("km: " + p.describeEn());
        }
        err.flush();
        yield l.records();
      }
    };
  }
}
