package th.km.core.knowledge;

/** Whether knowledge lives in people (tacit, ความรู้ฝังลึก) or is written down (explicit, ความรู้ชัดแจ้ง). */
public enum KnowledgeType {
  TACIT("ความรู้ฝังลึก (Tacit Knowledge)", "tacit knowledge"),
  EXPLICIT("ความรู้ชัดแจ้ง (Explicit Knowledge)", "explicit knowledge");

  private final String thaiName;
  private final String englishName;

  KnowledgeType(String thaiName, String englishName) {
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
