package th.km.persistence.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Draws invented Thai names for the demo year's people, never the same first name and surname twice. */
final class DemoNames {

  private static final List<String> MALE_NAMES =
      List.of(
          "สมชาย", "ประเสริฐ", "วีระพงษ์", "อนุชา", "ธนากร", "ณัฐวุฒิ", "กิตติพงษ์", "สุรเชษฐ์",
          "จักรพันธ์", "ศุภชัย", "พงศกร", "ชยพล", "อภิสิทธิ์", "ปิยะพงษ์", "สิทธิชัย", "ธีรวัฒน์",
          "วรวุฒิ", "นพดล", "เอกชัย", "บุญเลิศ", "ทองคำ", "สุทธิพงษ์", "ภานุวัฒน์", "อรรถพล",
          "ไพโรจน์", "ชาญวิทย์", "ศักดิ์ชัย", "มานพ", "ยุทธนา", "เกรียงไกร");

  private static final List<String> FEMALE_NAMES =
      List.of(
          "สุภาพร", "วิไลวรรณ", "กมลชนก", "ปวีณา", "ศิริพร", "จันทร์เพ็ญ", "รัตนาภรณ์", "พิมพ์ชนก",
          "นภัสสร", "อรุณี", "สุนิสา", "กาญจนา", "วราภรณ์", "ธิดารัตน์", "ปิยนุช", "มาลัย",
          "ศศิธร", "อัญชลี", "เบญจวรรณ", "ชลธิชา", "นงลักษณ์", "ดวงใจ", "พรทิพย์", "ยุพิน",
          "สายสุนีย์", "ณัฐธิดา", "รุ่งนภา", "อำไพ", "จิราพร", "ทัศนีย์");

  private static final List<String> SURNAMES =
      List.of(
          "ใจดี", "แก้วมณี", "ศรีสุข", "บุญมา", "คำปัน", "อินทร์แก้ว", "ปัญญาดี", "ทองดี", "วงศ์ไชย",
          "ชัยมงคล", "สุวรรณคำ", "ดวงแก้ว", "กันทะวงศ์", "ยอดเมือง", "จันทร์ตา", "ศรีวิชัย",
          "มูลคำ", "ธรรมวงศ์", "ขัติยะ", "คำมูล", "อุ่นเรือน", "ไชยวงศ์", "ปินตา", "สมบูรณ์",
          "แสนเมือง", "ทาวงศ์", "คำแสน", "บุญเรือง", "พรหมมินทร์", "ตาคำ", "วงค์คม", "อุตมะ",
          "จินะ", "ฟองคำ", "สิทธิมา", "นันทวงศ์");

  private final Random random;
  private final Set<String> namesUsed = new HashSet<>();

  DemoNames(Random random) {
    this.random = random;
  }

  /** A name for someone new: a title, a first name and a surname, in a pair not given yet. */
  String next() {
    while (true) {
      boolean male = random.nextBoolean();
      String first = pick(male ? MALE_NAMES : FEMALE_NAMES);
      String title = male ? "นาย" : (random.nextInt(3) == 0 ? "นาง" : "นางสาว");
      String name = title + first + " " + pick(SURNAMES);
      if (namesUsed.add(first + " " + name.substring(name.indexOf(' ') + 1))) {
        return name;
      }
    }
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
