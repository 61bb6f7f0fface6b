package th.km.core.plan;

/** A seat on a committee. */
public enum CommitteeRole {
  /** ผู้บริหารด้านการจัดการความรู้ (Chief Knowledge Officer), usually the mayor. */
  CKO("ผู้บริหารด้านการจัดการความรู้ (CKO)", "Chief Knowledge Officer"),
  /** หัวหน้าคณะกรรมการ / ประธานกรรมการ, usually the municipal clerk. */
  CHAIR("ประธานกรรมการ", "chair"),
  /** กรรมการ. */
  MEMBER("กรรมการ", "member"),
  /** เลขานุการ, usually the HR officer. */
  SECRETARY("เลขานุการ", "secretary");

  private final String thaiName;
  private final String englishName;

  CommitteeRole(String thaiName, String englishName) {
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
