package th.km.cli;

import picocli.CommandLine.Command;

/** {@code km db}: the commands that work on km's database. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = {"งานฐานข้อมูลของ km", "Work on km's database."},
    subcommands = {
      DbCopyPlanCommand.class,
      DbBackupCommand.class,
      DbRestoreCommand.class,
    })
final class DbCommand {}
