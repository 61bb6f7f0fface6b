package th.km.web.trainings;

import java.util.Locale;
import th.km.core.training.ReportStatus;

/** How the pages show a training report's status: its name's message key and its badge's class. */
public final class StatusBadge {

  private StatusBadge() {}

  /** The key of the status's name in the message bundles ("reportStatus.overdue"). */
  public static String messageKey(ReportStatus status) {
    return switch (status) {
      case OVERDUE -> "reportStatus.overdue";
      case DUE -> "reportStatus.due";
      case SUBMITTED_LATE -> "reportStatus.late";
      case SUBMITTED_ON_TIME -> "reportStatus.onTime";
      case NOT_REQUIRED -> "reportStatus.notRequired";
    };
  }

  /** The CSS class of its badge ("report-overdue"). */
  public static String cssClass(ReportStatus status) {
    return "report-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
