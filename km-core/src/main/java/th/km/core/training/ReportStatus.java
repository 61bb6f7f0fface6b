package th.km.core.training;

/** Where a training's report (รายงานผลการฝึกอบรม) stands on a day, the most urgent first. */
public enum ReportStatus {
  /** Past its due day and not submitted. */
  OVERDUE("เลยกำหนดส่ง", "Overdue"),
  /** Not submitted, and the due day has not passed (or the person is not back yet). */
  DUE("รอส่ง (ยังไม่ถึงกำหนด)", "Due"),
  /** Submitted after its due day. */
  SUBMITTED_LATE("ส่งล่าช้า", "Submitted late"),
  /** Submitted on or before its due day. */
  SUBMITTED_ON_TIME("ส่งตามกำหนด", "Submitted on time"),
  /** The plan's rule does not ask a report of this training (an internal one, say). */
  NOT_REQUIRED("ไม่ต้องรายงาน", "No report required");

  private final String thaiName;
  private final String englishName;

  ReportStatus(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  /** Its name in Thai, as the trainings page and its table say it. */
  public String thaiName() {
    return thaiName;
  }

  /** Its name in English. */
  public String englishName() {
    return englishName;
  }
}
