package th.km.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.persistence.db.DatabaseBackup;
import th.km.persistence.db.DatabaseBackup.RestoreResult;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.db.Engine;

/**
 * {@code km db restore <file>}: restores a backup of {@code km db backup} into an empty H2
 * database, all or nothing; a database that holds data is refused (exit 2). For PostgreSQL it names
 * {@code pg_restore} and exits 2.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "กู้คืนข้อมูลจากไฟล์สำรองลงฐานข้อมูล H2 ที่ยังว่างอยู่เท่านั้น",
      "Restore a backup into an empty H2 database only."
    })
public final class DbRestoreCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<file>",
      description = "ไฟล์สำรองข้อมูลจาก km db backup / a backup file written by km db backup")
  private Path file = Path.of("");

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Override
  public Integer call() {
    DatabaseLocation location = DatabaseInput.location(db);
    if (location.engine() == Engine.POSTGRESQL) {
      throw new UnusableInputException(
          "ฐานข้อมูล PostgreSQL ให้กู้คืนด้วย pg_restore เช่น pg_restore -d <ชื่อฐานข้อมูล>"
              + " km.dump",
          "restore a PostgreSQL database with pg_restore, for example: pg_restore -d <database>"
              + " km.dump");
    }
    return switch (DatabaseBackup.restore(location, file)) {
      case RestoreResult.Restored restored -> {
        PrintWriter out = out();
        Map<String, Long> rows = restored.rows();
        out.printf(
            "กู้คืนข้อมูลจาก %s ลง %s แล้ว: องค์กร %d แผน %d ฉบับ%n",
            file,
            location.describe(),
            rows.getOrDefault("organization", 0L),
            rows.getOrDefault("plan", 0L));
        out.printf(
            "restored %s into %s: %d organizations, %d plan versions%n",
            file,
            location.describe(),
            rows.getOrDefault("organization", 0L),
            rows.getOrDefault("plan", 0L));
        out.flush();
        yield Main.OK;
      }
      case RestoreResult.NotEmpty notEmpty -> {
        Map<String, Long> rows = notEmpty.rows();
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        throw new UnusableInputException(
            "ฐานข้อมูล "
                + location.describe()
                + " มีข้อมูลอยู่แล้ว (องค์กร "
                + rows.getOrDefault("organization", 0L)
                + " แผน "
                + rows.getOrDefault("plan", 0L)
                + " ฉบับ รวม "
                + total
                + " แถว) จึงไม่กู้คืนทับ: กู้คืนลงฐานข้อมูลว่าง เช่น --db"
                + " jdbc:h2:file:/path/new-km",
            "the database "
                + location.describe()
                + " is not empty ("
                + rows.getOrDefault("organization", 0L)
                + " organizations, "
                + rows.getOrDefault("plan", 0L)
                + " plan versions, "
                + total
                + " rows in all), so nothing was restored: restore into an empty database,"
                + " for example --db jdbc:h2:file:/path/new-km");
      }
      case RestoreResult.NotABackup notABackup ->
          throw new UnusableInputException(notABackup.reasonTh(), notABackup.reasonEn());
    };
  }

  private PrintWriter out() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec before call()");
    }
    return spec.commandLine().getOut();
  }
}
