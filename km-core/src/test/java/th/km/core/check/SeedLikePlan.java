package th.km.core.check;

import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Announcement;
import th.km.core.plan.Citation;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.KmScope;
import th.km.core.plan.KmTool;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NameMention;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.ProvinceCode;
import th.km.core.plan.Position;
import th.km.core.plan.RoleDuties;
import th.km.core.plan.SourceLocation;
import th.km.core.plan.StepDescription;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * The Ban Waen plan of the seed, built by hand: {@link #defective()} carries every known defect of
 * the seed document, {@link #clean()} is the same plan with each defect corrected. Each defect is
 * one {@code pick(bad, good)} below, so the two differ in nothing else.
 */
final class SeedLikePlan {

  static final String PERIOD = "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙";
  static final String DECREE = "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี";

  static final Division CLERK = new Division(DivisionCode.of("clerk"), "สำนักปลัดเทศบาล");
  static final Division FINANCE = new Division(DivisionCode.of("finance"), "กองคลัง");
  static final Division WORKS = new Division(DivisionCode.of("works"), "กองช่าง");
  static final Division EDUCATION = new Division(DivisionCode.of("education"), "กองการศึกษา");
  static final Division HEALTH =
      new Division(DivisionCode.of("health"), "กองสาธารณสุขและสิ่งแวดล้อม");

  final boolean defects;

  private SeedLikePlan(boolean defects) {
    this.defects = defects;
  }

  /** The seed as it is, with its defects. */
  static KmPlan defective() {
    return new SeedLikePlan(true).build();
  }

  /** The seed with every defect corrected. */
  static KmPlan clean() {
    return new SeedLikePlan(false).build();
  }

  /** {@code bad} in the seed as it is, {@code good} in the corrected seed. */
  <T> T pick(T bad, T good) {
    return defects ? bad : good;
  }

  private KmPlan build() {
    SeedLikeGoals goals = new SeedLikeGoals(this);
    String decreeYear = pick("๒๕๕๖", "๒๕๔๖");
    return KmPlan.builder()
        .organization(
            Organization.builder()
                .code(OrganizationCode.of("ban-waen"))
                .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
                .name("บ้านแหวน")
                .district("หางดง")
                .province("เชียงใหม่")
                .provinceCode(ProvinceCode.of("50"))
                .build())
        .fiscalYear(FiscalYear.ofBuddhistYear(2569))
        .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
        .preparedBy("งานการเจ้าหน้าที่ สำนักปลัดเทศบาล")
        .announcement(
            Announcement.builder()
                .heading("ประกาศเทศบาลตำบลบ้านแหวน")
                .subject("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
                .addParagraphs(
                    "ตาม" + DECREE + " พ.ศ. " + decreeYear
                        + " มาตรา ๑๑ ส่วนราชการมีหน้าที่พัฒนาความรู้ในส่วนราชการ เพื่อให้มีลักษณะเป็นองค์กรแห่งการเรียนรู้",
                    "เพื่อให้การปฏิบัติราชการของเทศบาลตำบลบ้านแหวนเป็นไปด้วยความเรียบร้อย จึงขอประกาศ แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
                .dateText(pick("ประกาศ ณ วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙", "ประกาศ ณ วันที่ ๖ เดือน ตุลาคม พ.ศ. ๒๕๖๘"))
                .signerName("นายชุมพร จาปัญญา")
                .signerPosition("นายกเทศมนตรีตำบลบ้านแหวน")
                .build())
        .addDivisions(CLERK, FINANCE, WORKS, EDUCATION, HEALTH)
        .addPositions(
            new Position("นักทรัพยากรบุคคล", Optional.of(CLERK.code())),
            new Position("ผู้อำนวยการกองคลัง", Optional.of(FINANCE.code())))
        .addCommittees(kmCommittee(), meCommittee())
        .addStepDescriptions(
            new StepDescription(KmProcessStep.IDENTIFY, KmProcessStep.IDENTIFY.description()))
        .addTools(
            new KmTool(KmToolKind.KNOWLEDGE_BASE, "ฐานข้อมูล (Knowledge Bases)", "เป็นการเก็บรวบรวมข้อมูลความรู้ต่าง ๆ"),
            new KmTool(KmToolKind.STORYTELLING, "การใช้เทคนิคการเล่าเรื่อง (Story Telling)", "เผยแพร่สิ่งที่เราได้เรียนรู้"),
            new KmTool(
                KmToolKind.AFTER_ACTION_REVIEW,
                "การทบทวนหลังการปฏิบัติงาน (AAR : After Action Reviews)",
                "การอภิปรายเกี่ยวกับเหตุการณ์ที่เกิดขึ้นจากการทำงาน"))
        .addMonitoringRules(
            new MonitoringRule.TrainingReport(
                "กำหนดให้ผู้เข้ารับการพัฒนา จัดทำรายงานผลการเข้ารับการพัฒนาตามแบบที่กำหนด ภายใน ๑๕ วัน",
                15,
                "นายกเทศมนตรี",
                true),
            new MonitoringRule.KnowledgeDocument("กำหนดให้ผู้เข้ารับการพัฒนา จัดเก็บชุดองค์ความรู้ไว้รูปเอกสาร"),
            new MonitoringRule.SupervisorReview("กำหนดให้ผู้บังคับบัญชาทำหน้าที่ติดตามผลการปฏิบัติงาน"),
            new MonitoringRule.EvaluationReport(
                "รายงานผลพร้อมข้อเสนอแนะ ต่อนายกเทศมนตรี อย่างน้อยปีละ ๑ ครั้ง", 1, "นายกเทศมนตรี"))
        .addForm1(
            form1(1, CLERK, "๑. การพัฒนาทรัพยากร มนุษย์ภายในองค์กร", "พ.ศ. ๒๕๖๙"),
            form1(2, CLERK, "๒. การพัฒนาด้านการเมือง และการบริหาร", "พ.ศ. ๒๕๖๙"),
            form1(3, FINANCE, "๓. การพัฒนาด้านการ บริหารงานคลัง", pick("พ.ศ ๒๕๖๙", "พ.ศ. ๒๕๖๙")),
            form1(5, EDUCATION, "๕. การพัฒนาด้านการบริหารงานการศึกษา", pick("พ.ศ ๒๕๖๙", "พ.ศ. ๒๕๖๙")))
        .addScopes(
            scope(1, "การพัฒนางานที่ปฏิบัติ"),
            scope(2, "การพัฒนาศักยภาพบุคลากร"),
            scope(3, "การสร้างบรรยากาศในองค์กรให้เป็นองค์กรแห่งการเรียนรู้"))
        .addGoals(goals.goal1(), goals.goal2(), goals.goal3(), goals.goal4())
        .addNameMentions(
            new NameMention("เทศบาลตำบลบ้านแหวน", SourceLocation.of("announcement", 5)),
            new NameMention(
                pick("เทศบาลตำบลบ้านหวาน จังหวัดเชียงใหม่", "เทศบาลตำบลบ้านแหวน จังหวัดเชียงใหม่"),
                SourceLocation.of("title page", 29)),
            new NameMention(
                pick("BAAN WAN SUBDISTRICT MUNICIPALITY", "BAN WAEN SUBDISTRICT MUNICIPALITY"),
                SourceLocation.of("title page", 31)))
        .addCitations(
            new Citation(DECREE, "พ.ศ. " + decreeYear, pick(2556, 2546), SourceLocation.of("announcement", 9)),
            new Citation(DECREE, "พ.ศ. ๒๕๔๖", 2546, SourceLocation.of("preface", 35)))
        .addNarrative(
            new NarrativeSection(
                "คำนำ",
                List.of(
                    "ตาม" + DECREE + " พ.ศ. ๒๕๔๖ มาตรา ๑๑ ส่วนราชการมีหน้าที่พัฒนาความรู้ในส่วนราชการ",
                    "จึงได้นำหลักการจัดการความรู้ (Knowledge Management : KM) ที่จำเป็นต่อการปฏิบัติงาน"
                        + " และเป็นองค์กรแห่งการเรียนรู้ (Learning Organization)")))
        .build();
  }

  private Committee kmCommittee() {
    return Committee.builder()
        .kind(CommitteeKind.KNOWLEDGE_MANAGEMENT)
        .name("คณะกรรมการจัดการความรู้")
        .addMembers(
            new CommitteeMember(
                CommitteeRole.CKO,
                Optional.of("นายชุมพร จาปัญญา"),
                Optional.of("นายกเทศมนตรีตำบลบ้านแหวน"),
                pick(
                    "ผู้บริหารด้านการจัดการความรู้ Chief Knowledge Officer : CKD)",
                    "ผู้บริหารด้านการจัดการความรู้ (Chief Knowledge Officer : CKO)")),
            new CommitteeMember(
                CommitteeRole.CHAIR,
                Optional.of("นายภาคภูมิ เชื้อสาวะถี"),
                Optional.of("ปลัดเทศบาลตำบลบ้านแหวน"),
                "หัวหน้าคณะกรรมการจัดการความรู้"),
            member("นายนคร กันกา", "หัวหน้าสำนักปลัดเทศบาล"),
            member("นางสาวทิวาพร ศรีบูรณ", "ผู้อำนวยการกองคลัง"),
            member("นายบุรทัช เสาวพนธ์", "ผู้อำนวยการกองช่าง"),
            member("นางสาวรวงคณา ไชยเมืองชื่น", "ผู้อำนวยการกองการศึกษา"),
            member("นายอุดร กองแก้ว", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม"),
            new CommitteeMember(
                CommitteeRole.SECRETARY,
                Optional.of(pick("นางสาวศรีัญญา นันตืออาจ", "นางสาวศรัญญา นันตืออาจ")),
                Optional.of("นักทรัพยากรบุคคล"),
                "ฝ่ายเลขานุการคณะกรรมการ"))
        .addDuties(
            new RoleDuties(CommitteeRole.CKO, List.of("เป็นผู้ทบทวนและให้ความเห็นชอบแผนการจัดการความรู้")),
            new RoleDuties(
                CommitteeRole.CHAIR,
                List.of(
                    "จัดทำแผนการจัดการความรู้ของเทศบาลตำบลบ้านแหวน เพื่อเสนอผู้บริหารด้านการจัดการความรู้ (CKO)")),
            new RoleDuties(
                CommitteeRole.MEMBER,
                List.of(
                    "ร่วมจัดทำแผนการจัดการความรู้",
                    "เป็นผู้นำหลัก (Master Trainer) ในการถ่ายทอดหลักการและกรอบแนวทางการจัดการความรู้ให้บุคลากรในเทศบาลตำบลบ้านแหวน")),
            new RoleDuties(CommitteeRole.SECRETARY, List.of("ร่วมกันจัดทำแผนการจัดการความรู้")))
        .build();
  }

  private static CommitteeMember member(String name, String position) {
    return new CommitteeMember(CommitteeRole.MEMBER, Optional.of(name), Optional.of(position), "กรรมการ");
  }

  private static Committee meCommittee() {
    Committee.Builder c =
        Committee.builder()
            .kind(CommitteeKind.MONITORING_AND_EVALUATION)
            .name("คณะกรรมการติดตามและประเมินผลแผนการจัดการความรู้เทศบาลตำบลบ้านแหวน")
            .remit(
                "ให้คณะกรรมการ ฯ ที่ได้รับการแต่งตั้ง มีหน้าที่กำหนดแนวทาง วิธีการในการติดตาม และรายงานผลต่อนายกเทศมนตรี อย่างน้อยปีละ ๑ ครั้ง");
    c.addMembers(new CommitteeMember(CommitteeRole.CHAIR, Optional.empty(), Optional.of("ปลัดเทศบาลตำบลบ้านแหวน"), "เป็น ประธานกรรมการ"));
    for (String head :
        List.of(
            "หัวหน้าสำนักปลัดเทศบาล",
            "ผู้อำนวยการกองคลัง",
            "ผู้อำนวยการกองช่าง",
            "ผู้อำนวยการกองการศึกษา",
            "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม")) {
      c.addMembers(new CommitteeMember(CommitteeRole.MEMBER, Optional.empty(), Optional.of(head), "เป็น กรรมการ"));
    }
    c.addMembers(new CommitteeMember(CommitteeRole.SECRETARY, Optional.empty(), Optional.of("นักทรัพยากรบุคคล"), "เป็น เลขานุการ"));
    return c.build();
  }

  private static StrategicKnowledgeNeed form1(int number, Division division, String activity, String era) {
    return StrategicKnowledgeNeed.builder()
        .number(number)
        .divisionName(division.name())
        .division(division.code())
        .activity(activity)
        .addObjectives("พัฒนาบุคลากรในงานให้มีความรู้ความเชี่ยวชาญ ปฏิบัติงานที่ถูกต้อง")
        .addKpis(
            "จำนวนกิจกรรม/โครงการตามแผนพัฒนาท้องถิ่นของเทศบาล (๒๕๖๖ -๒๕๗๐) และเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ "
                + era,
            "จำนวนผู้บริหาร สมาชิกสภาและพนักงานเทศบาลที่ได้รับการฝึกอบรม/สัมมนา/ศึกษาดูงาน/ศึกษาต่อ")
        .responsible(division.name())
        .addRequiredKnowledge("ความรู้ด้านกฎหมาย ระเบียบต่างๆ ข้อกฎหมาย", "นโยบายรัฐบาล")
        .build();
  }

  private static KmScope scope(int number, String title) {
    return KmScope.builder()
        .number(number)
        .title(title)
        .addBenefitsToStaff("เพิ่มความรู้ความสามารถของพนักงานในสังกัดเทศบาล")
        .addBenefitsToExecutives("เพิ่มประสิทธิภาพของการบริหารจัดการภายในองค์กร")
        .addRelatedPolicies("สอดคล้องกับยุทธศาสตร์การพัฒนาของเทศบาล")
        .build();
  }
}
