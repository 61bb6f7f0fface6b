package th.km.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code km db}: moves plans and records between their files and the database ({@code import-plan},
 * {@code import-records}, {@code export}); {@code km evaluate --db} evaluates from it.
 */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = {
      "นำแผนและบันทึกผลการดำเนินงานเข้าและออกจากฐานข้อมูล",
      "Import plans and records into the database and export them back to files"
          + " (exit 0: done, 2: unusable input, 3: database failure)."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DbImportPlanCommand.class,
      DbImportRecordsCommand.class,
      DbExportCommand.class,
    })
public final class DbCommand {}
