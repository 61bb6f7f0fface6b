package th.km.web.trainings;

/** Where a training's report stands on the day, the most urgent first. */
public enum ReportStatus {
  /** Past its due day and not submitted. */
  OVERDUE("reportStatus.overdue"),
  /** Not submitted, and the due day has not passed (or the person is not back yet). */
  DUE("reportStatus.due"),
  /** Submitted after its due day. */
  SUBMITTED_LATE("reportStatus.late"),
  /** Submitted on or before its due day. */
  SUBMITTED_ON_TIME("reportStatus.onTime"),
  /** The plan's rule does not ask a report of this training (an internal one, say). */
  NOT_REQUIRED("reportStatus.notRequired");

  private final String messageKey;

  ReportStatus(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The key of its name in the message bundles. */
  public String messageKey() {
    return messageKey;
  }

  /** The CSS class of its badge. */
  public String cssClass() {
    return "report-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
