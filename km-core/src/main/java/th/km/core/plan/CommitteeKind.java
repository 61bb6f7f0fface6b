package th.km.core.plan;

/** The two committees a KM plan appoints. */
public enum CommitteeKind {
  /** คณะกรรมการจัดการความรู้. */
  KNOWLEDGE_MANAGEMENT("คณะกรรมการจัดการความรู้", "KM committee"),
  /** คณะกรรมการติดตามและประเมินผล. */
  MONITORING_AND_EVALUATION("คณะกรรมการติดตามและประเมินผล", "monitoring and evaluation committee");

  private final String thaiName;
  private final String englishName;

  CommitteeKind(String thaiName, String englishName) {
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
