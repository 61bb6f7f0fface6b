package th.km.core.plan;

import java.util.List;

/** The seven steps of the KM process (กระบวนการจัดการความรู้ ๗ ขั้นตอน), a fixed taxonomy. */
public enum KmProcessStep implements PlanStep {
  IDENTIFY(
      1,
      "การบ่งชี้ความรู้",
      "Knowledge identification",
      "เป็นการพิจารณาว่าองค์กรมีวิสัยทัศน์ พันธกิจ ยุทธศาสตร์ เป้าหมายคืออะไร และเพื่อให้บรรลุเป้าหมายเราจำเป็นต้องใช้อะไร ขณะนี้เรามีความรู้อะไรบ้าง อยู่ในรูปแบบใด อยู่ที่ใคร",
      List.of()),
  CREATE_AND_ACQUIRE(
      2,
      "การสร้างและแสวงหาความรู้",
      "Knowledge creation and acquisition",
      "เช่น การสร้างความรู้ใหม่ แสวงหาความรู้จากภายนอก รักษาความรู้เก่า กำจัดความรู้ที่ใช้ไม่ได้แล้ว",
      List.of("การสร้างและการแสวงหาความรู้")),
  ORGANIZE(
      3,
      "การจัดความรู้ให้เป็นระบบ",
      "Knowledge organization",
      "เป็นการวางโครงสร้างความรู้ เพื่อเตรียมพร้อมสำหรับการเก็บความรู้อย่างเป็นระบบในอนาคต",
      List.of("การจัดการความรู้ให้เป็นระบบ")),
  CODIFY_AND_REFINE(
      4,
      "การประมวลและกลั่นกรองความรู้",
      "Knowledge codification and refinement",
      "เช่น ปรับปรุงรูปแบบเอกสารให้เป็นมาตรฐาน ใช้ภาษาเดียวกัน ปรับปรุงเนื้อหาให้สมบูรณ์",
      List.of()),
  ACCESS(
      5,
      "การเข้าถึงความรู้",
      "Knowledge access",
      "เป็นการทำให้ผู้ใช้ความรู้เข้าถึงความรู้ที่ต้องการได้ง่ายและสะดวก เช่น ระบบเทคโนโลยีสารสนเทศ (IT) Web board บอร์ดประชาสัมพันธ์ เป็นต้น",
      List.of()),
  SHARE(
      6,
      "การแบ่งปันแลกเปลี่ยนความรู้",
      "Knowledge sharing",
      "ทำได้หลายวิธีการ โดยกรณีเป็น Explicit Knowledge อาจจัดทำเป็นเอกสาร ฐานความรู้ เทคโนโลยีสารสนเทศ หรือกรณีเป็น Tacit Knowledge จัดทำเป็นระบบทีมข้ามสายงาน กิจกรรมกลุ่มคุณภาพและนวัตกรรม ชุมชนแห่งการเรียนรู้ ระบบพี่เลี้ยง การสับเปลี่ยน การยืมตัว เวทีแลกเปลี่ยนความรู้ เป็นต้น",
      List.of("การแบ่งปันและแลกเปลี่ยนความรู้")),
  LEARN(
      7,
      "การเรียนรู้",
      "Learning",
      "ควรทำให้การเรียนรู้เป็นส่วนหนึ่งของงาน เช่น เกิดระบบการเรียนรู้จากสร้างองค์ความรู้ การนำความรู้ไปใช้ให้เกิดการเรียนรู้และประสบการณ์ใหม่และหมุนเวียนต่อไปอย่างต่อเนื่อง",
      List.of());

  private final Names names;

  KmProcessStep(
      int number, String thaiName, String englishName, String description, List<String> aliases) {
    this.names = new Names(number, thaiName, englishName, description, aliases);
  }

  @Override
  public Names names() {
    return names;
  }

  @Override
  public Framework framework() {
    return Framework.KM_PROCESS;
  }
}
