package th.km.persistence.demo;

import java.util.List;
import th.km.core.plan.StaffCategory;

/**
 * The five divisions of the Ban Waen plan in the demo year, told by the start of their Thai names,
 * each with its head's position and the posts its staff hold.
 */
enum DemoDivision {
  CLERK("สำนักปลัด", "หัวหน้าสำนักปลัดเทศบาล"),
  FINANCE("กองคลัง", "ผู้อำนวยการกองคลัง"),
  WORKS("กองช่าง", "ผู้อำนวยการกองช่าง"),
  EDUCATION("กองการศึกษา", "ผู้อำนวยการกองการศึกษา"),
  HEALTH("กองสาธารณสุข", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม");

  /** A position and how many hold it, in a division. */
  record Post(String title, StaffCategory category, int holders) {}

  final String namePrefix;
  final String head;

  DemoDivision(String namePrefix, String head) {
    this.namePrefix = namePrefix;
    this.head = head;
  }

  private static final StaffCategory MO = StaffCategory.MUNICIPAL_OFFICER;
  private static final StaffCategory CS = StaffCategory.CONTRACT_STAFF;

  /** The division's posts, in the order their holders are numbered. */
  List<Post> posts() {
    return switch (this) {
      case CLERK ->
          List.of(
              new Post("ปลัดเทศบาล", MO, 1),
              new Post("หัวหน้าสำนักปลัดเทศบาล", MO, 1),
              new Post("รองปลัดเทศบาล", MO, 1),
              new Post("นักทรัพยากรบุคคล", MO, 1),
              new Post("นักจัดการงานทั่วไป", MO, 1),
              new Post("นักวิเคราะห์นโยบายและแผน", MO, 1),
              new Post("นิติกร", MO, 1),
              new Post("นักป้องกันและบรรเทาสาธารณภัย", MO, 1),
              new Post("นักประชาสัมพันธ์", MO, 1),
              new Post("เจ้าพนักงานธุรการ", MO, 2),
              new Post("ผู้ช่วยเจ้าพนักงานธุรการ", CS, 2),
              new Post("พนักงานขับรถยนต์", CS, 2),
              new Post("พนักงานดับเพลิง", CS, 3),
              new Post("คนงานทั่วไป", CS, 2));
      case FINANCE ->
          List.of(
              new Post("ผู้อำนวยการกองคลัง", MO, 1),
              new Post("นักวิชาการเงินและบัญชี", MO, 2),
              new Post("นักวิชาการพัสดุ", MO, 1),
              new Post("นักวิชาการจัดเก็บรายได้", MO, 1),
              new Post("เจ้าพนักงานการเงินและบัญชี", MO, 2),
              new Post("เจ้าพนักงานจัดเก็บรายได้", MO, 1),
              new Post("ผู้ช่วยเจ้าพนักงานจัดเก็บรายได้", CS, 2),
              new Post("ผู้ช่วยเจ้าพนักงานพัสดุ", CS, 2));
      case WORKS ->
          List.of(
              new Post("ผู้อำนวยการกองช่าง", MO, 1),
              new Post("วิศวกรโยธา", MO, 1),
              new Post("นายช่างโยธา", MO, 2),
              new Post("นายช่างไฟฟ้า", MO, 1),
              new Post("เจ้าพนักงานธุรการ", MO, 1),
              new Post("ผู้ช่วยนายช่างโยธา", CS, 2),
              new Post("ผู้ช่วยนายช่างไฟฟ้า", CS, 1),
              new Post("พนักงานขับเครื่องจักรกลขนาดเบา", CS, 2),
              new Post("คนงานทั่วไป", CS, 3));
      case EDUCATION ->
          List.of(
              new Post("ผู้อำนวยการกองการศึกษา", MO, 1),
              new Post("นักวิชาการศึกษา", MO, 1),
              new Post("ครู", MO, 5),
              new Post("เจ้าพนักงานธุรการ", MO, 1),
              new Post("ผู้ดูแลเด็ก", CS, 4),
              new Post("ภารโรง", CS, 2));
      case HEALTH ->
          List.of(
              new Post("ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", MO, 1),
              new Post("นักวิชาการสาธารณสุข", MO, 1),
              new Post("นักวิชาการสุขาภิบาล", MO, 1),
              new Post("เจ้าพนักงานสาธารณสุข", MO, 1),
              new Post("พนักงานขับรถขยะ", CS, 2),
              new Post("คนงานประจำรถขยะ", CS, 4));
    };
  }
}
