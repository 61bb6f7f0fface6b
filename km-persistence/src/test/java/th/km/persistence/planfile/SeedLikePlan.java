package th.km.persistence.planfile;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Announcement;
import th.km.core.plan.ChangeElement;
import th.km.core.plan.Citation;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
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
import th.km.core.plan.PlanActivity;
import th.km.core.plan.Position;
import th.km.core.plan.RoleDuties;
import th.km.core.plan.SourceLocation;
import th.km.core.plan.StepDescription;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * A shortened Ban Waen plan for FY B.E. 2569 built by hand after the reference document, with its
 * real defects (the date "วันที่ 68", the name บ้านหวาน, the decree year ๒๕๕๖).
 */
final class SeedLikePlan {

  static final String PERIOD_TEXT = "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙";
  static final MonthRange FISCAL_YEAR_MONTHS =
      new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2026, 9));

  private SeedLikePlan() {}

  static KmPlan plan() {
    DivisionCode clerk = DivisionCode.of("clerk");
    DivisionCode finance = DivisionCode.of("finance");
    return KmPlan.builder()
        .organization(
            Organization.builder()
                .code(OrganizationCode.of("ban-waen"))
                .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
                .name("บ้านแหวน")
                .englishName("BAAN WAN SUBDISTRICT MUNICIPALITY")
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
                    "ตามพระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๕๖"
                        + " มาตรา ๑๑ ...",
                    "จึงประกาศให้ทราบโดยทั่วกัน")
                .dateText("ประกาศ ณ วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙")
                .signerName("นายชุมพร จาปัญญา")
                .signerPosition("นายกเทศมนตรีตำบลบ้านแหวน")
                .build())
        .addDivisions(
            new Division(clerk, "สำนักปลัดเทศบาล"),
            new Division(finance, "กองคลัง"),
            new Division(DivisionCode.of("public-works"), "กองช่าง"))
        .addPositions(
            new Position("หัวหน้าสำนักปลัดเทศบาล", Optional.of(clerk)),
            new Position("ผู้อำนวยการกองคลัง", Optional.of(finance)),
            Position.of("นักทรัพยากรบุคคล"))
        .addCommittees(
            Committee.builder()
                .kind(CommitteeKind.KNOWLEDGE_MANAGEMENT)
                .name("คณะกรรมการจัดการความรู้")
                .addMembers(
                    new CommitteeMember(
                        CommitteeRole.CKO,
                        Optional.of("นายชุมพร จาปัญญา"),
                        Optional.of("นายกเทศมนตรีตำบลบ้านแหวน"),
                        "ผู้บริหารด้านการจัดการความรู้ Chief Knowledge Officer : CKD)"),
                    new CommitteeMember(
                        CommitteeRole.SECRETARY,
                        Optional.of("นางสาวศรีัญญา นันตืออาจ"),
                        Optional.of("นักทรัพยากรบุคคล"),
                        "ฝ่ายเลขานุการคณะกรรมการ"))
                .addDuties(
                    new RoleDuties(
                        CommitteeRole.CKO,
                        List.of("เป็นผู้ทบทวนและให้ความเห็นชอบแผนการจัดการความรู้")))
                .build(),
            Committee.builder()
                .kind(CommitteeKind.MONITORING_AND_EVALUATION)
                .name("คณะกรรมการติดตามและประเมินผลแผนการจัดการความรู้เทศบาลตำบลบ้านแหวน")
                .addMembers(
                    new CommitteeMember(
                        CommitteeRole.CHAIR,
                        Optional.empty(),
                        Optional.of("ปลัดเทศบาลตำบลบ้านแหวน"),
                        "เป็น ประธานกรรมการ"))
                .remit("รายงานผลพร้อมข้อเสนอแนะ ... ต่อนายกเทศมนตรี อย่างน้อยปีละ ๑ ครั้ง")
                .build())
        .addStepDescriptions(
            new StepDescription(KmProcessStep.IDENTIFY, KmProcessStep.IDENTIFY.description()))
        .addTools(
            new KmTool(
                KmToolKind.STORYTELLING,
                "การใช้เทคนิคการเล่าเรื่อง (Story Telling)",
                "การใช้เทคนิคการเล่าเรื่องนี้เป็นวิธีการ เผยแพร่สิ่งที่เราได้เรียนรู้มา"))
        .addMonitoringRules(
            new MonitoringRule.TrainingReport(
                "กำหนดให้ผู้เข้ารับการพัฒนา จัดทำรายงานผลการเข้ารับการพัฒนาตามแบบที่กำหนด ภายใน ๑๕"
                    + " วัน",
                15,
                "นายกเทศมนตรี",
                true),
            new MonitoringRule.KnowledgeDocument(
                "จัดเก็บชุดองค์ความรู้ไว้รูปเอกสาร โดยจัดทำเป็นเล่ม"),
            new MonitoringRule.SupervisorReview("พิจารณาปฏิบัติงาน ก่อนและหลังการพัฒนา"),
            new MonitoringRule.EvaluationReport(
                "รายงานผลพร้อมข้อเสนอแนะ ต่อนายกเทศมนตรี อย่างน้อยปีละ ๑ ครั้ง", 1, "นายกเทศมนตรี"))
        .addForm1(
            StrategicKnowledgeNeed.builder()
                .number(3)
                .divisionName("กองคลัง")
                .division(finance)
                .activity("การพัฒนาด้านการ บริหารงานคลัง")
                .addObjectives("พัฒนาการจัดเก็บรายได้ได้ของ เทศบาลให้ได้ครบถ้วน")
                .addKpis("จำนวนกิจกรรม/โครงการตาม แผนพัฒนาท้องถิ่นของเทศบาล (๒๕๖๖ - ๒๕๗๐)")
                .responsible("กองคลัง")
                .addRequiredKnowledge("ความรู้ด้านกฎหมาย ระเบียบต่างๆ ข้อกำหนด")
                .build())
        .addScopes(
            KmScope.builder()
                .number(1)
                .title("การพัฒนางานที่ปฏิบัติ")
                .addBenefitsToStaff("เพิ่มความรู้ความสามารถของพนักงานในสังกัดเทศบาล")
                .addBenefitsToExecutives("เพิ่มคุณภาพงานต่าง ๆ")
                .addRelatedPolicies("สอดคล้องกับยุทธศาสตร์การ พัฒนาของเทศบาล")
                .build())
        .addGoals(
            KmGoal.builder()
                .number(1)
                .title("การสนับสนุนการจัดทำคู่มือปฏิบัติงาน")
                .addMeasurableOutcomes("จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ")
                .framework(Framework.KM_PROCESS)
                .addActivities(
                    PlanActivity.builder()
                        .number(3)
                        .name("การจัดความรู้ให้เป็นระบบ")
                        .step(KmProcessStep.ORGANIZE)
                        .method(
                            "๑. จัดทำคู่มือระบบ ๒."
                                + " จัดอบรมเชิงปฏิบัติการการจัดทำคู่มือการปฏิบัติงาน")
                        .period(ActivityPeriod.of("ต.ค ๒๕๖๘ - ก.ย. ๒๕๖๙", FISCAL_YEAR_MONTHS))
                        .indicator("จำนวนผู้เข้าร่วมกิจกรรม")
                        .target("พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน")
                        .responsible("สำนัก ปลัดเทศบาล")
                        .sourceLine(287)
                        .build(),
                    PlanActivity.builder()
                        .number(5)
                        .name("การเข้าถึงความรู้")
                        .step(KmProcessStep.ACCESS)
                        .method("จัดทำเอกสารเผยแพร่เว็บไซต์เพจเฟซบุ๊ก")
                        .period(ActivityPeriod.unreadable("ตลอดปี"))
                        .indicator("จำนวนผู้เข้าถึงข้อมูลความรู้ด้านต่าง ๆ")
                        .target("จำนวนการเข้าถึงข้อมูลความรู้ด้านต่าง ๆ")
                        .responsible("สำนัก ปลัดเทศบาล / กองทุกกอง")
                        .note("")
                        .build())
                .build(),
            KmGoal.builder()
                .number(4)
                .title("การสนับสนุนส่งเสริมให้บุคลากรได้รับการพัฒนาศักยภาพ")
                .framework(Framework.CHANGE_MANAGEMENT)
                .addActivities(
                    PlanActivity.builder()
                        .number(5)
                        .name("การจัดกิจกรรมส่งเสริมด้านสุขภาวะ (HAAPPY WORK PACE)")
                        .step(ChangeElement.RECOGNITION)
                        .method("เสริมสร้างแรงจูงใจ สร้างขวัญ กำลังใจ")
                        .period(ActivityPeriod.of(PERIOD_TEXT, FISCAL_YEAR_MONTHS))
                        .indicator("บุคลากรที่จะเกษียณอายุราชการและอายุครบ ๖๐ปี บริบูรณ์")
                        .target("ร้อยละ ๑๐๐")
                        .responsible("บุคลากรทุกสำนัก/กอง")
                        .build())
                .build())
        .addNameMentions(
            new NameMention("เทศบาลตำบลบ้านหวาน", SourceLocation.of("cover", 27)),
            new NameMention("BAAN WAN SUBDISTRICT MUNICIPALITY", SourceLocation.of("cover")))
        .addCitations(
            new Citation(
                "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี",
                "พ.ศ. ๒๕๕๖",
                2556,
                SourceLocation.of("announcement", 9)))
        .addNarrative(
            new NarrativeSection(
                "คำนำ", List.of("ตามพระราชกฤษฎีกาว่าด้วย \"หลักเกณฑ์\" และวิธีการ...")))
        .build();
  }
}
