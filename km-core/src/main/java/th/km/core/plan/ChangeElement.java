package th.km.core.plan;

import java.util.List;

/**
 * The six elements of the change-management process (กระบวนการบริหารจัดการการเปลี่ยนแปลง ๖
 * องค์ประกอบ), a fixed taxonomy.
 */
public enum ChangeElement implements PlanStep {
  PREPARATION(
      1,
      "การเตรียมการและปรับเปลี่ยนพฤติกรรม",
      "Preparation and behaviour change",
      "เช่น กิจกรรมการมีส่วนร่วมและสนับสนุนจากผู้บริหาร (ที่ทุกคนมองเห็น), โครงสร้างพื้นฐานขององค์กร, ทีม/หน่วยงานที่รับผิดชอบ, มีระบบติดตามและประเมินผล, กำหนดปัจจัยแห่งความสำเร็จชัดเจน",
      List.of("การเตรียมและปรับเปลี่ยนพฤติกรรม")),
  COMMUNICATION(
      2,
      "การสื่อสาร",
      "Communication",
      "เช่น กิจกรรมที่ทำให้ทุกคนเข้าใจถึงสิ่งที่องค์กรจะทำ, ประโยชน์ที่เกิดขึ้นกับทุกคน, แต่ละคนจะมีส่วนร่วมอย่างไร",
      List.of()),
  PROCESS_AND_TOOLS(
      3,
      "กระบวนการและเครื่องมือ",
      "Process and tools",
      "ช่วยให้การค้นหา เข้าถึง ถ่ายทอดและแลกเปลี่ยนความรู้ สะดวกรวดเร็วขึ้น โดยการเลือกใช้กระบวนการและเครื่องมือ ขึ้นกับชนิดของความรู้, ลักษณะขององค์กร (ขนาด, สถานที่ตั้ง ฯลฯ), ลักษณะการทำงาน, วัฒนธรรมองค์กร, ทรัพยากร",
      List.of()),
  LEARNING(
      4,
      "การเรียนรู้",
      "Learning",
      "เพื่อสร้างความเข้าใจและตระหนักถึงความสำคัญและหลักการของการจัดการความรู้ โดยการเรียนรู้ต้องพิจารณาถึงเนื้อหา, กลุ่มเป้าหมาย, วิธีการ, การประเมินผลและปรับปรุง",
      List.of()),
  MEASUREMENT(
      5,
      "การวัดผล",
      "Measurement",
      "เพื่อให้ทราบว่า การดำเนินการได้บรรลุเป้าหมายที่ตั้งไว้หรือไม่, มีการนำผลของการวัดมาใช้ในการปรับปรุงแผนและการดำเนินการให้ดีขึ้น, มีการนำผลการวัดมาใช้ในการสื่อสารกับบุคลากรในทุกระดับให้เห็นประโยชน์ของการจัดการความรู้ และการวัดผลต้องพิจารณาด้วยว่าจะวัดผลที่ขั้นตอนไหนได้แก่ วัดระบบ, วัดที่ผลลัพธ์ หรือวัดที่ประโยชน์ที่จะได้รับ",
      List.of()),
  RECOGNITION(
      6,
      "การยกย่องชมเชยและให้รางวัล",
      "Recognition and reward",
      "เป็นการสร้างแรงจูงใจให้เกิดการปรับเปลี่ยนพฤติกรรมและการมีส่วนร่วมของบุคลากรในทุกระดับ โดยข้อควรพิจารณา ได้แก่ ค้นหาความต้องการของบุคลากร แรงจูงใจระยะสั้นและระยะยาว บูรณาการกับระบบที่มีอยู่ ปรับเปลี่ยนให้เข้ากับกิจกรรมที่ทำในแต่ละช่วงเวลา",
      List.of("การยกย่องชมเชยและการให้รางวัล"));

  private final int number;
  private final String thaiName;
  private final String englishName;
  private final String description;
  private final List<String> aliases;

  ChangeElement(
      int number, String thaiName, String englishName, String description, List<String> aliases) {
    this.number = number;
    this.thaiName = thaiName;
    this.englishName = englishName;
    this.description = description;
    this.aliases = aliases;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public String thaiName() {
    return thaiName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  @Override
  public Framework framework() {
    return Framework.CHANGE_MANAGEMENT;
  }
}
