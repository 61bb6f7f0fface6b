package th.km.core.records;

import th.km.core.BilingualName;

/** The kinds of meeting and workshop the plan's activities hold. */
public enum MeetingKind implements BilingualName {
  KM_COMMITTEE("ประชุมคณะกรรมการจัดการความรู้", "KM committee meeting"),
  HEADS_OF_DIVISION("ประชุมหัวหน้าส่วนราชการ", "meeting of the heads of division"),
  WORKSHOP("อบรมเชิงปฏิบัติการ", "workshop"),
  SEMINAR("สัมมนา", "seminar"),
  KNOWLEDGE_SHARING("ประชุมแลกเปลี่ยนเรียนรู้", "knowledge-sharing meeting"),
  ACTIVITY("กิจกรรม", "activity");

  private final String thaiName;
  private final String englishName;

  MeetingKind(String thaiName, String englishName) {
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
