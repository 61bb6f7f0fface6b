package th.km.core.report;

/** Whether a post-training report (รายงานผลการฝึกอบรม) came in within its period, as of a day. */
public enum Timeliness {
  /** Filed by its due day. */
  ON_TIME("ส่งตามกำหนด", "on time"),
  /** Filed after its due day. */
  LATE("ส่งล่าช้า", "late"),
  /** Past its due day and not filed. */
  MISSING("ยังไม่ส่ง (เลยกำหนด)", "missing"),
  /** Not filed and not yet due. */
  NOT_YET_DUE("ยังไม่ถึงกำหนด", "not yet due"),
  /** The plan's training-report rule does not cover the training. */
  NOT_REQUIRED("ไม่ต้องรายงาน", "not required");

  private final String thaiName;
  private final String englishName;

  Timeliness(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }
}
