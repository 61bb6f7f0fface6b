package th.km.core.textimport;

import java.util.List;
import java.util.Optional;

/**
 * The divisions (ส่วนราชการ) that Thai local governments commonly have, with the code each gets,
 * and how a position title names the division it heads.
 */
final class DivisionNames {

  private record Known(String prefix, String code) {}

  /** Longer names first where one starts another. */
  private static final List<Known> KNOWN =
      List.of(
          new Known("สำนักปลัด", "clerk"),
          new Known("สำนักงานปลัด", "clerk"),
          new Known("กองคลัง", "finance"),
          new Known("กองช่าง", "public-works"),
          new Known("กองการศึกษา", "education"),
          new Known("กองสาธารณสุข", "health"),
          new Known("กองสวัสดิการสังคม", "social-welfare"),
          new Known("กองสวัสดิการและสังคม", "social-welfare"),
          new Known("กองยุทธศาสตร์และงบประมาณ", "strategy"),
          new Known("กองวิชาการและแผนงาน", "planning"),
          new Known("กองแผนและงบประมาณ", "planning"),
          new Known("กองการประปา", "waterworks"),
          new Known("กองประปา", "waterworks"),
          new Known("กองส่งเสริมการเกษตร", "agriculture"),
          new Known("กองเกษตร", "agriculture"),
          new Known("กองการเจ้าหน้าที่", "personnel"),
          new Known("กองการแพทย์", "medical"),
          new Known("กองพัสดุและทรัพย์สิน", "procurement"),
          new Known("กองการพาณิชย์", "commerce"),
          new Known("กองทะเบียนราษฎร", "civil-registration"),
          new Known("กองป้องกันและบรรเทาสาธารณภัย", "disaster-prevention"),
          new Known("หน่วยตรวจสอบภายใน", "internal-audit"));

  private DivisionNames() {}

  /** The code of a commonly named division; white space in the name is ignored. */
  static Optional<String> knownCode(String name) {
    String n = Text.squeeze(name);
    return KNOWN.stream().filter(k -> n.startsWith(k.prefix())).map(Known::code).findFirst();
  }

  /**
   * The division a position heads: "ผู้อำนวยการกองคลัง" heads กองคลัง, "หัวหน้าสำนักปลัดเทศบาล"
   * heads สำนักปลัดเทศบาล.
   */
  static Optional<String> headedBy(String position) {
    for (String head : List.of("ผู้อำนวยการ", "หัวหน้า")) {
      if (position.startsWith(head)) {
        String rest = Text.trim(position.substring(head.length()));
        if (rest.startsWith("กอง") || rest.startsWith("สำนัก") || rest.startsWith("หน่วยตรวจสอบ")) {
          return Optional.of(rest);
        }
      }
    }
    return Optional.empty();
  }
}
