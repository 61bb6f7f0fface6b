package th.km.core.records;

/** The kinds of record of the year, each with its Thai and English name. */
public enum RecordKind {
  STAFF("บุคลากร", "staff member"),
  TRAINING("การฝึกอบรม/สัมมนา/ศึกษาดูงาน/ศึกษาต่อ", "training"),
  TRAINING_REPORT("รายงานผลการฝึกอบรม", "post-training report"),
  SUPERVISOR_RATING("ผลการประเมินก่อนและหลังการพัฒนา", "supervisor's before/after rating"),
  KNOWLEDGE_ASSET("องค์ความรู้", "knowledge asset"),
  MEETING("การประชุม/สัมมนา/กิจกรรม", "meeting"),
  ACKNOWLEDGEMENT("การรับทราบ", "acknowledgement"),
  ACCESS_EVENT("การเข้าถึงองค์ความรู้", "access to knowledge"),
  RECOGNITION("การยกย่องชมเชย", "recognition"),
  PROGRESS_UPDATE("รายงานความก้าวหน้า", "progress update"),
  EVALUATION_REPORT("รายงานผลการติดตามและประเมินผล", "M&E report"),
  MONITORING_NOTE("ปัญหาอุปสรรคและข้อเสนอแนะ", "M&E problems and recommendations");

  private final String thaiName;
  private final String englishName;

  RecordKind(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }

  /** Whether each record of the kind concerns one or more staff members. */
  public boolean concernsPersons() {
    return switch (this) {
      case STAFF,
          TRAINING,
          TRAINING_REPORT,
          SUPERVISOR_RATING,
          KNOWLEDGE_ASSET,
          MEETING,
          ACKNOWLEDGEMENT,
          RECOGNITION ->
          true;
      case ACCESS_EVENT, PROGRESS_UPDATE, EVALUATION_REPORT, MONITORING_NOTE -> false;
    };
  }
}
