package th.km.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code km doc}: the documents a municipality signs, publishes and files, made from km's data. */
@Command(
    name = "doc",
    mixinStandardHelpOptions = true,
    description = {
      "สร้างเอกสารจากข้อมูลของ km: รายงานผลการติดตามและประเมินผลต่อนายกเทศมนตรี",
      "Make documents from km's data: the M&E report to the mayor"
          + " (exit 0: written, 2: unusable input, 3: database failure)."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DocReportCommand.class,
    })
public final class DocCommand {}
