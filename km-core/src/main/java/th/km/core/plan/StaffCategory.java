package th.km.core.plan;

import th.km.core.BilingualName;

/** Categories of personnel (บุคลากร) that plans and records distinguish. */
public enum StaffCategory implements BilingualName {
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

  @Override
  public String thaiName() {
    return thaiName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
