package th.km.core.plan;

/** Categories of personnel (บุคลากร) that plans and records distinguish. */
public enum StaffCategory {
  EXECUTIVE("ผู้บริหาร", "executive"),
  COUNCIL_MEMBER("สมาชิกสภา", "council member"),
  MUNICIPAL_OFFICER("พนักงานเทศบาล", "municipal officer"),
  CONTRACT_STAFF("พนักงานจ้าง", "contract staff");

  private final String thaiName;
  private final String englishName;

  StaffCategory(String thaiName, String englishName) {
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
