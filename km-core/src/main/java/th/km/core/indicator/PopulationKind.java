package th.km.core.indicator;

/** The staff members a percentage is taken over. */
public enum PopulationKind {
  /** Staff in service on the day of evaluation (or the period's last day, if earlier). */
  ACTIVE_STAFF("บุคลากรที่ปฏิบัติงานอยู่", "active staff"),
  /** Staff whose retirement falls in the period. */
  RETIRING("บุคลากรที่จะเกษียณอายุราชการ", "staff retiring"),
  /** Staff whose 60th birthday falls in the period. */
  TURNING_SIXTY("บุคลากรที่อายุครบ ๖๐ ปีบริบูรณ์", "staff turning 60"),
  /** Staff retiring or turning 60 in the period, each once. */
  RETIRING_OR_TURNING_SIXTY(
      "บุคลากรที่จะเกษียณอายุราชการหรืออายุครบ ๖๐ ปีบริบูรณ์", "staff retiring or turning 60");

  private final String thaiName;
  private final String englishName;

  PopulationKind(String thaiName, String englishName) {
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
