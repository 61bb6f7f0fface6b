package th.km.core.records;

import th.km.core.BilingualName;

/** The kinds of development a staff member is sent to (การพัฒนาบุคลากร). */
public enum TrainingKind implements BilingualName {
  TRAINING("ฝึกอบรม", "training"),
  SEMINAR("สัมมนา", "seminar"),
  STUDY_VISIT("ศึกษาดูงาน", "study visit"),
  FURTHER_STUDY("ศึกษาต่อ", "further study");

  private final String thaiName;
  private final String englishName;

  TrainingKind(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  @Override
  public String thaiName() {
    return thaiName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
