package th.km.core.check;

import java.util.ArrayList;
import java.util.List;
import th.km.core.calendar.ThaiDates;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.ChangeElement;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;

/**
 * The four KM goals of {@link SeedLikePlan} with their activities, as the seed document has them or
 * corrected: each defect is one {@code seed.pick(bad, good)}, as in the rest of the plan.
 */
final class SeedLikeGoals {

  private final SeedLikePlan seed;

  SeedLikeGoals(SeedLikePlan seed) {
    this.seed = seed;
  }

  /** An activity row with the seed's period and method; line numbers as in the seed text. */
  private static PlanActivity activity(
      int number, PlanStep step, String name, String target, String responsible, int line) {
    return PlanActivity.builder()
        .number(number)
        .step(step)
        .name(name)
        .method("ประชุม/สัมมนา/ศึกษาดูงาน/จัดกิจกรรมที่ทำให้ทุกคนเข้าใจถึงการจัดการความรู้")
        .period(ActivityPeriod.of(SeedLikePlan.PERIOD, ThaiDates.parseMonthRange(SeedLikePlan.PERIOD).orElseThrow()))
        .indicator("บุคลากรในสังกัดเทศบาลเข้าถึงการจัดการความรู้")
        .target(target)
        .responsible(responsible)
        .sourceLine(line)
        .build();
  }

  KmGoal goal1() {
    List<PlanActivity> activities = new ArrayList<>();
    activities.add(
        activity(1, KmProcessStep.IDENTIFY, "การบ่งชี้ความรู้",
            seed.pick("พนักงานแต่ละตำแหน่งได้จัดทำคู่มือการปฏิบัติงานและรายงานผลการฝึกอบรม", "พนักงานครบทุกตำแหน่งจัดทำคู่มือการปฏิบัติงาน"),
            "สำนักปลัดเทศบาล", 271));
    activities.add(
        activity(2, KmProcessStep.CREATE_AND_ACQUIRE, "การสร้างและแสวงหาความรู้",
            seed.pick("พนักงานในสังกัด", "พนักงานในสังกัดเข้าร่วมประชุมไม่น้อยกว่าร้อยละ ๘๐"),
            "สำนักปลัดเทศบาล/ กองทุกกอง", 272));
    activities.add(
        activity(3, KmProcessStep.ORGANIZE, "การจัดความรู้ให้เป็นระบบ",
            seed.pick("๑. มีคู่มือการปฏิบัติงาน ๒. พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน",
                "๑. มีคู่มือการปฏิบัติงานครบทุกกอง ๒. พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน"),
            "สำนัก ปลัดเทศบาล", 281));
    activities.add(
        activity(4, KmProcessStep.CODIFY_AND_REFINE,
            seed.pick("การประเมินผลและกลั่นกรองความรู้", "การประมวลและกลั่นกรองความรู้"),
            seed.pick("พนักงานในสังกัด", "ข้อมูลความรู้ได้รับการปรับปรุงไม่น้อยกว่า ๑๐ เรื่อง"),
            "สำนัก ปลัดเทศบาล / กองทุกกอง", 282));
    activities.add(
        activity(5, KmProcessStep.ACCESS, "การเข้าถึงความรู้",
            seed.pick("จำนวนการเข้าถึงข้อมูลความรู้ด้านต่าง ๆ", "จำนวนการเข้าถึงข้อมูลความรู้ไม่น้อยกว่า ๑๐๐ ครั้ง"),
            "สำนัก ปลัดเทศบาล / กองทุกกอง", 283));
    if (!seed.defects) {
      activities.add(activity(6, KmProcessStep.SHARE, "การแบ่งปันแลกเปลี่ยนความรู้", "อย่างน้อย ๒ ครั้ง", "กองทุกกอง", 284));
      activities.add(activity(7, KmProcessStep.LEARN, "การเรียนรู้", "ร้อยละ ๘๐", "สำนักปลัดเทศบาล", 285));
    }
    return KmGoal.builder()
        .number(1)
        .title("การสนับสนุนการจัดทำคู่มือปฏิบัติงานหรือการสร้าง รวบรวม แลกเปลี่ยนและถ่ายทอดความรู้เพื่อประโยชน์ต่อการนำมาใช้ซ้ำ ต่อยอดหรือแนวทางในการปฏิบัติงาน")
        .addMeasurableOutcomes("จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ", "จัดทำรายงานผลการฝึกอบรมหลังการฝึกอบรม")
        .framework(Framework.KM_PROCESS)
        .activities(activities)
        .build();
  }

  KmGoal goal2() {
    String heads = "หัวหน้าส่วนราชการแต่ละสำนัก/กอง";
    String headsSplit = "หัวหน้าส่วน ราชการแต่ละ สำนัก/กอง";
    List<PlanActivity> activities = new ArrayList<>();
    activities.add(
        activity(1, KmProcessStep.CREATE_AND_ACQUIRE, "การสร้างและแสวงหาความรู้",
            seed.pick("บุคลากรที่ได้รับ การอบรม/สัมมนา/ ศึกษาดูงาน/ ศึกษาคู่ต่อ", "บุคลากรได้รับการอบรมไม่น้อยกว่าร้อยละ ๘๐"),
            heads, 291));
    activities.add(
        activity(2, KmProcessStep.ORGANIZE, "การจัดการความรู้ให้เป็นระบบ",
            seed.pick("บุคลากรในองค์กรได้รับองค์ความรู้เพิ่มเติม", "ฐานข้อมูลความรู้ไม่น้อยกว่า ๓ ระบบ"), heads, 292));
    activities.add(
        activity(3, KmProcessStep.CODIFY_AND_REFINE, "การประมวลและกลั่นกรองความรู้",
            seed.pick("จำนวนการเข้าถึงข้อมูลความรู้ด้านต่าง ๆ", "อย่างน้อย ๕ เรื่อง"), heads, 293));
    activities.add(
        activity(4, KmProcessStep.ACCESS, "การเข้าถึงความรู้",
            seed.pick("จำนวนการเข้าถึง ข้อมูลฐานความรู้ ด้านต่างๆ", "ไม่น้อยกว่า ๒๐๐ ครั้ง"), headsSplit, 301));
    activities.add(
        activity(5, KmProcessStep.SHARE, "การแบ่งปันแลกเปลี่ยน ความรู้",
            seed.pick("บุคลากรในองค์กร ได้รับองค์ความรู้ เพิ่มเติม", "ประชุมแลกเปลี่ยนความรู้อย่างน้อย ๔ ครั้ง"), headsSplit, 302));
    activities.add(
        activity(6, KmProcessStep.LEARN, "การเรียนรู้",
            seed.pick("มีจำนวนการจัดทำ/ บันทึกข้อมูล", "บันทึกข้อมูลไม่น้อยกว่า ๑๒ เรื่อง"), headsSplit, 303));
    if (!seed.defects) {
      activities.add(activity(7, KmProcessStep.IDENTIFY, "การบ่งชี้ความรู้", "ครบทุกส่วนราชการ", heads, 304));
    }
    return KmGoal.builder()
        .number(2)
        .title("การสนับสนุนส่งเสริมให้บุคลากรในสังกัดได้รับพัฒนาศักยภาพด้านต่าง ๆ มีส่วนรวมในการดำเนินงาน/กิจกรรมของเทศบาลอย่างเข้มแข็งและต่อเนื่อง")
        .addMeasurableOutcomes("พนักงานเทศบาลในสังกัดได้รับการพัฒนาศักยภาพ")
        .framework(Framework.KM_PROCESS)
        .activities(activities)
        .build();
  }

  KmGoal goal3() {
    String heads = "หัวหน้าส่วนราชการแต่ละสำนัก/กอง";
    String rest = " ส่งเสริมการยึดหลักคุณธรรม จริยธรรมและการสร้างขวัญ กำลังใจแก่ผู้ปฏิบัติงาน";
    List<PlanActivity> activities = new ArrayList<>();
    String[] names = {
      "การบ่งชี้ความรู้", "การสร้างและแสวงหาความรู้", "การจัดความรู้ให้เป็นระบบ", "การประมวลและ กลั่นกรองความรู้",
      "การเข้าถึงความรู้", "การแบ่งปันแลกเปลี่ยน ความรู้", "การเรียนรู้"
    };
    for (int i = 0; i < names.length; i++) {
      activities.add(
          activity(i + 1, PlanStep.of(Framework.KM_PROCESS, i + 1), names[i],
              seed.pick("มีการจัดทำ/บันทึก ข้อมูล", "อย่างน้อย " + thaiNumber(i + 1) + " ครั้ง"), heads, 311 + i));
    }
    KmGoal.Builder g =
        KmGoal.builder()
            .number(3)
            .title(seed.pick("เทศบาลตำบลบ้านอัครแห่งการเรียนรู้", "เทศบาลตำบลบ้านแหวนองค์กรแห่งการเรียนรู้") + rest)
            .addMeasurableOutcomes("บรรยากาศที่เอื้อต่อการจัดการความรู้มาเป็นเครื่องมือในการพัฒนาชุมชนและพัฒนางาน")
            .framework(Framework.KM_PROCESS)
            .activities(activities);
    if (seed.defects) {
      g.addTitleVariants("เทศบาลตำบลบ้านองค์การแห่งการเรียนรู้" + rest);
    }
    return g.build();
  }

  KmGoal goal4() {
    String heads = "หัวหน้าส่วนราชการแต่ละสำนัก/กอง";
    List<PlanActivity> activities = new ArrayList<>();
    activities.add(
        activity(1, ChangeElement.PREPARATION, "การเตรียมและปรับเปลี่ยนพฤติกรรม",
            "จำนวนบุคลากรที่ทราบเป้าหมาย KM ของเทศบาลไม่น้อยกว่าร้อยละ ๙๐", heads, 321));
    activities.add(
        activity(2, ChangeElement.COMMUNICATION, "การสื่อสาร",
            "จำนวนบุคลากรที่เข้าถึงการจัดการความรู้อย่างน้อยร้อยละ ๙๐", heads, 322));
    activities.add(
        activity(3, ChangeElement.PROCESS_AND_TOOLS, "กระบวนการและเครื่องมือ",
            seed.pick("เว็บไซต์เทศบาล/ศูนย์ข้อมูลข่าวสารได้รับการปรับปรุงให้ดีขึ้น", "ปรับปรุงเว็บไซต์อย่างน้อย ๔ ครั้ง"),
            heads, 323));
    activities.add(
        activity(4, ChangeElement.LEARNING, "การเรียนรู้",
            "จำนวนบุคลากรที่ทราบเป้าหมาย KM ของเทศบาลไม่น้อยกว่าร้อยละ ๙๐", heads, 324));
    activities.add(
        activity(5, ChangeElement.RECOGNITION,
            seed.pick("การจัดกิจกรรมส่งเสริมด้านสุขภาวะ (HAAPPY WORK PACE)", "การยกย่องชมเชยและให้รางวัล (HAPPY WORKPLACE)"),
            "บุคลากรที่มีการปฏิบัติงานด้วยความวิริยะอุตสาหะรวมถึงบุคลากรที่จะเกษียณอายุราชการและอายุครบ ๖๐ปี บริบูรณ์ ร้อยละ ๑๐๐",
            "บุคลากรทุกสำนัก/กอง", 331));
    if (!seed.defects) {
      activities.add(activity(6, ChangeElement.MEASUREMENT, "การวัดผล", "ร้อยละ ๑๐๐", heads, 332));
    }
    return KmGoal.builder()
        .number(4)
        .title("การสนับสนุนส่งเสริมให้บุคลากรในสังกัดเทศบาลตำบลบ้านแหวน ได้รับการพัฒนาศักยภาพความรู้ความสามารถทางด้านต่างๆ")
        .addMeasurableOutcomes("พนักงานเทศบาลในสังกัดได้รับการพัฒนาศักยภาพ")
        .framework(Framework.CHANGE_MANAGEMENT)
        .activities(activities)
        .build();
  }

  private static String thaiNumber(int n) {
    return ThaiDigits.toThai(String.valueOf(n));
  }
}
