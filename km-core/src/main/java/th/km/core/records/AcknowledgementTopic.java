package th.km.core.records;

/** What a staff member acknowledged knowing or understanding. */
public enum AcknowledgementTopic {
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

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }
}
