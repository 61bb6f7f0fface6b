package th.km.core.indicator;

/** The set every member of which a coverage indicator wants covered. */
public enum CoverageSet {
  /** The divisions (ส่วนราชการ) the plan lists. */
  DIVISIONS("ส่วนราชการ", "divisions"),
  /** The distinct positions (ตำแหน่ง) of the staff in service. */
  POSITIONS("ตำแหน่ง", "positions"),
  /** The staff in service, each person. */
  ACTIVE_STAFF("บุคลากร", "staff members");

  private final String thaiName;
  private final String englishName;

  CoverageSet(String thaiName, String englishName) {
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
