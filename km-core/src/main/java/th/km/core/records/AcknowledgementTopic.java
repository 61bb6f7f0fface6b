package th.km.core.records;

import th.km.core.BilingualName;

/** What a staff member acknowledged knowing or understanding. */
public enum AcknowledgementTopic implements BilingualName {
  KM_GOALS("ทราบเป้าหมาย KM ขององค์กร", "knows the organization's KM goals"),
  KM_PRINCIPLES(
      "เข้าใจและตระหนักถึงความสำคัญและหลักการจัดการความรู้",
      "understands the importance and principles of KM");

  private final String thaiName;
  private final String englishName;

  AcknowledgementTopic(String thaiName, String englishName) {
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
