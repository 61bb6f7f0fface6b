package th.km.core.records;

/** How far a knowledge asset has come, in order: a published asset has also been reviewed. */
public enum AssetStatus {
  DRAFT("ร่าง", "draft"),
  REVIEWED("ผ่านการตรวจทานแล้ว", "reviewed"),
  PUBLISHED("เผยแพร่แล้ว", "published");

  private final String thaiName;
  private final String englishName;

  AssetStatus(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }

  /** Whether this status is the other one or further along. */
  public boolean atLeast(AssetStatus other) {
    return compareTo(other) >= 0;
  }
}
