package th.km.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code km doc}: the documents a municipality signs, publishes and files, made from km's data: the
 * KM plan ({@code plan}), one person's post-training report ({@code training-report}) and the M&amp;E
 * report to the mayor ({@code report}).
 */
@Command(
    name = "doc",
    mixinStandardHelpOptions = true,
    description = {
      "ทำเอกสารราชการจากข้อมูลของ km: แผนการจัดการความรู้ แบบรายงานผลการฝึกอบรม"
          + " รายงานผลการติดตามและประเมินผลต่อนายกเทศมนตรี",
      "Make the official documents from km's data: the KM plan, the post-training report, the M&E"
          + " report to the mayor (exit 0: written, 2: unusable input or no PDF renderer, 3: database"
          + " failure)."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DocPlanCommand.class,
      DocTrainingReportCommand.class,
      DocReportCommand.class,
    })
public final class DocCommand {}
