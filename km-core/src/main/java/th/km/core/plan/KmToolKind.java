package th.km.core.plan;

/** Kinds of KM tool (เครื่องมือในการจัดการความรู้) a plan describes. */
public enum KmToolKind {
  KNOWLEDGE_BASE("ฐานข้อมูล (Knowledge Bases)"),
  DOCUMENT("การจัดเก็บความรู้ในรูปแบบของเอกสาร"),
  STORYTELLING("การใช้เทคนิคการเล่าเรื่อง (Story Telling)"),
  AFTER_ACTION_REVIEW("การทบทวนหลังการปฏิบัติงาน (AAR : After Action Reviews)"),
  OTHER("อื่น ๆ");

  private final String thaiName;

  KmToolKind(String thaiName) {
    this.thaiName = thaiName;
  }

  public String thaiName() {
    return thaiName;
  }
}
