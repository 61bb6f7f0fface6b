package th.km.core.store;

/**
 * Where a version of a plan stands: a draft (ร่าง) or approved (อนุมัติแล้ว) by the organization.
 */
public enum PlanStatus {
  DRAFT("ร่าง", "draft"),
  APPROVED("อนุมัติแล้ว", "approved");

  private final String thaiName;
  private final String englishName;

  PlanStatus(String thaiName, String englishName) {
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
