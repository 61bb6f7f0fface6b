package th.km.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code km doc}: the documents a municipality signs, publishes and files, made from km's data: the
 * KM plan ({@code plan}) and one person's post-training report ({@code training-report}).
 */
@Command(
    name = "doc",
    mixinStandardHelpOptions = true,
    description = {
      "ทำเอกสารราชการจากข้อมูลของ km: แผนการจัดการความรู้ แบบรายงานผลการฝึกอบรม",
      "Make the official documents from km's data: the KM plan, the post-training report"
          + " (exit 0: written, 2: unusable input or no PDF renderer, 3: database failure)."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DocPlanCommand.class,
      DocTrainingReportCommand.class,
    })
public final class DocCommand {}
