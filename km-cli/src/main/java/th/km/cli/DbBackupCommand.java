package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseBackup;
import th.km.persistence.db.DatabaseBackup.BackupSummary;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.db.Engine;

/**
 * {@code km db backup <file>}: writes a consistent snapshot of the embedded H2 database, safe to
 * run while the web server works on it; for PostgreSQL it names {@code pg_dump} and exits 2.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "สำรองข้อมูลฐานข้อมูล H2 ของ km ลงไฟล์ (ทำได้ขณะที่ km ทำงานอยู่)",
      "Back up km's H2 database to a file (safe while km is running)."
    })
public final class DbBackupCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<file>",
      description =
          "ไฟล์สำรองข้อมูล เช่น km-backup.sql.gz / the backup file, such as km-backup.sql.gz")
  private Path file = Path.of("");

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Override
  public Integer call() {
    DatabaseLocation location = DatabaseInput.location(db);
    if (location.engine() == Engine.POSTGRESQL) {
      throw new UnusableInputException(
          "ฐานข้อมูล PostgreSQL ให้สำรองด้วย pg_dump เช่น pg_dump -Fc -f km.dump <ชื่อฐานข้อมูล>",
          "back up a PostgreSQL database with pg_dump, for example: pg_dump -Fc -f km.dump"
              + " <database>");
    }
    try (Database database = Database.open(location)) {
      BackupSummary summary = DatabaseBackup.backup(database, file);
      PrintWriter out = out();
      out.printf(
          "สำรองข้อมูลลง %s แล้ว (%,d ไบต์): องค์กร %d แผน %d ฉบับ บันทึกการแก้ไข %d รายการ%n",
          summary.file(),
          summary.bytes(),
          summary.rows("organization"),
          summary.rows("plan"),
          summary.rows("audit_log"));
      out.printf(
          "backed up to %s (%,d bytes): %d organizations, %d plan versions, %d audit entries%n",
          summary.file(),
          summary.bytes(),
          summary.rows("organization"),
          summary.rows("plan"),
          summary.rows("audit_log"));
      out.flush();
      return Main.OK;
    }
  }

  private PrintWriter out() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec before call()");
    }
    return spec.commandLine().getOut();
  }
}
