package th.km.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code km db}: moves plans and records between their files and the database ({@code import-plan},
 * {@code import-records}, {@code export}), starts next year's plan ({@code copy-plan}), and backs
 * the embedded database up and restores it ({@code backup}, {@code restore}); {@code km evaluate
 * --db} evaluates from it.
 */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = {
      "งานฐานข้อมูล: นำแผนและบันทึกผลการดำเนินงานเข้าและออก คัดลอกแผนไปปีถัดไป"
          + " สำรองและกู้คืนข้อมูล",
      "Work on the database: import plans and records and export them back, copy a plan into the"
          + " next year, back up and restore (exit 0: done, 2: unusable input, 3: database"
          + " failure)."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DbImportAllCommand.class,
      DbImportPlanCommand.class,
      DbImportRecordsCommand.class,
      DbExportCommand.class,
      DbCopyPlanCommand.class,
      DbBackupCommand.class,
      DbRestoreCommand.class,
    })
public final class DbCommand {}
