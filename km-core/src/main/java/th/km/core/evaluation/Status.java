package th.km.core.evaluation;

/** The status of an evaluated indicator; callers switch over it. */
public enum Status {
  /** The target is reached (for an at-least target possibly before the period ends). */
  MET("บรรลุเป้าหมาย", "met"),
  /** The period has ended without reaching the target. */
  NOT_MET("ไม่บรรลุเป้าหมาย", "not met"),
  /** The period is running and the value is where the elapsed share of it says it should be. */
  ON_TRACK("เป็นไปตามแผน", "on track"),
  /** The period is running and the value lags behind the elapsed share of it, or overshoots a cap. */
  AT_RISK("มีความเสี่ยง", "at risk"),
  /** Nothing has been recorded that the indicator needs; never counted as met. */
  NO_DATA("ไม่มีข้อมูล", "no data"),
  /** The indicator has no measurable target: its number is shown, never counted as met. */
  REPORT_ONLY("รายงานผลเท่านั้น", "report only");

  private final String thaiName;
  private final String englishName;

  Status(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }

  /** Whether the status takes part in the share met: every status but report-only. */
  public boolean isCountable() {
    return this != REPORT_ONLY;
  }
}
