package th.km.core.account;

/**
 * What an account may do. The anonymous public is no role: it sees only the public pages.
 *
 * <p>The CKO (the mayor) and the committee chair read everything and approve; the secretary edits
 * everything; a division head edits the records of the own division; staff record their own
 * trainings, reports and acknowledgements.
 */
public enum Role {
  /** ผู้บริหารด้านการจัดการความรู้ (Chief Knowledge Officer), the mayor. */
  CKO("ผู้บริหารด้านการจัดการความรู้ (CKO)", "Chief Knowledge Officer (CKO)"),
  /** ประธานคณะกรรมการจัดการความรู้, usually the municipal clerk. */
  CHAIR("ประธานคณะกรรมการจัดการความรู้", "KM committee chair"),
  /** เลขานุการคณะกรรมการ, usually the HR officer, who keeps the records of the year. */
  SECRETARY("เลขานุการคณะกรรมการจัดการความรู้", "KM committee secretary"),
  /** หัวหน้าส่วนราชการ: the head of a division (สำนัก/กอง). */
  DIVISION_HEAD("หัวหน้าส่วนราชการ", "division head"),
  /** บุคลากร: a member of staff. */
  STAFF("บุคลากร", "staff");

  private final String thaiName;
  private final String englishName;

  Role(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }

  /** Whether the role reads every record of its organization. */
  public boolean readsAll() {
    return this != STAFF;
  }

  /** Whether the role signs off and approves (the CKO and the chair). */
  public boolean approves() {
    return this == CKO || this == CHAIR;
  }

  /** Whether the role edits every record of its organization (the secretary). */
  public boolean editsAll() {
    return this == SECRETARY;
  }
}
