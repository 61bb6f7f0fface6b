package th.km.core.records;

import th.km.core.BilingualName;

/** The kinds of knowledge asset (องค์ความรู้) an organization keeps and publishes. */
public enum AssetKind implements BilingualName {
  WORK_MANUAL("คู่มือการปฏิบัติงาน", "work manual"),
  TRAINING_REPORT("รายงานผลการฝึกอบรม", "training report"),
  STORY("เรื่องเล่า (Story Telling)", "story"),
  AFTER_ACTION_REVIEW("การทบทวนหลังการปฏิบัติงาน (AAR)", "After Action Review"),
  REGULATION("ระเบียบ ข้อกฎหมาย", "regulation"),
  KNOWLEDGE_ARTICLE("ข้อมูลความรู้", "knowledge article"),
  OTHER("อื่น ๆ", "other");

  private final String thaiName;
  private final String englishName;

  AssetKind(String thaiName, String englishName) {
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
