package th.km.core.check;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Thai names of the plan's parts that findings name in English ("announcement", "Form 1 row 3",
 * "goal 2"), so that a Thai page or message never shows an English word for where a finding is.
 */
final class SectionNames {

  private static final Map<String, String> THAI =
      Map.ofEntries(
          Map.entry("plan", "แผน"),
          Map.entry("organization", "ชื่อองค์กรปกครองส่วนท้องถิ่น"),
          Map.entry("divisions", "ส่วนราชการ"),
          Map.entry("positions", "ตำแหน่ง"),
          Map.entry("KM process and change management", "กระบวนการจัดการความรู้และการบริหารจัดการการเปลี่ยนแปลง"),
          Map.entry("KM tools", "เครื่องมือในการจัดการความรู้"),
          Map.entry("monitoring guidance", "แนวทางการติดตามและประเมินผล"),
          Map.entry("announcement", "ประกาศ"),
          Map.entry("goals", "เป้าหมาย KM"),
          Map.entry("document", "เอกสาร"),
          Map.entry("start of the document", "ส่วนต้นของเอกสาร"),
          Map.entry("cover", "ปก"),
          Map.entry("preface", "คำนำ"),
          Map.entry("table of contents", "สารบัญ"),
          Map.entry("narrative", "เนื้อความ"),
          Map.entry("KM committee", "คณะกรรมการจัดการความรู้"),
          Map.entry("KM process", "กระบวนการจัดการความรู้"),
          Map.entry("change management", "กระบวนการบริหารจัดการการเปลี่ยนแปลง"),
          Map.entry("monitoring committee", "คณะกรรมการติดตามและประเมินผล"),
          Map.entry("Form 1", "แบบฟอร์มที่ 1"),
          Map.entry("other form", "แบบฟอร์มอื่น"),
          Map.entry("KM scopes", "ขอบเขต KM"));

  private static final Pattern NUMBERED = Pattern.compile("(Form 1 row|KM scope|goal) (\\d+)");

  private SectionNames() {}

  /** The part's Thai name; a name this class does not know is returned as it is. */
  static String thai(String section) {
    String known = THAI.get(section);
    if (known != null) {
      return known;
    }
    Matcher m = NUMBERED.matcher(section);
    if (m.matches()) {
      String prefix =
          switch (m.group(1)) {
            case "Form 1 row" -> "แบบฟอร์มที่ 1 แถวที่ ";
            case "KM scope" -> "ขอบเขต KM ที่ ";
            default -> "เป้าหมาย KM ที่ ";
          };
      return prefix + m.group(2);
    }
    return section;
  }
}
