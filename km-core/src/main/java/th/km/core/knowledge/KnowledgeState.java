package th.km.core.knowledge;

/**
 * Where a version of a knowledge asset's content stands in the workflow (ขั้นตอนการอนุมัติ), in
 * order: draft, reviewed, approved, published. A change to the content makes a new version that
 * starts again as a draft.
 */
public enum KnowledgeState {
  DRAFT("ร่าง", "draft"),
  REVIEWED("ตรวจทานแล้ว", "reviewed"),
  APPROVED("อนุมัติแล้ว", "approved"),
  PUBLISHED("เผยแพร่แล้ว", "published");

  private final String thaiName;
  private final String englishName;

  KnowledgeState(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }

  /** Whether readers without edit rights may read a version in this state. */
  public boolean readable() {
    return this == APPROVED || this == PUBLISHED;
  }
}
