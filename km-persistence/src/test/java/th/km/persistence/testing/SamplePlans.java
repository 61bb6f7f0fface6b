package th.km.persistence.testing;

import java.time.LocalDate;
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
 * Plans shaped like the reference plan of Ban Waen (FY B.E. 2569), with every part filled, its Thai
 * text and its defects (the garbled name, day 68, the two decree years), for the store tests.
 */
public final class SamplePlans {

  public static final FiscalYear FY2569 = FiscalYear.ofBuddhistYear(2569);
  public static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");

  private static final MonthRange WHOLE_YEAR =
      new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2026, 9));

  private SamplePlans() {}

  /** The Ban Waen plan. */
  public static KmPlan banWaen() {
    return plan(
        Organization.builder()
            .code(BAN_WAEN)
            .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
            .name("บ้านแหวน")
            .englishName("BAAN WAN SUBDISTRICT MUNICIPALITY")
            .district("หางดง")
            .province("เชียงใหม่")
            .provinceCode(ProvinceCode.of("50"))
            .build(),
        FY2569);
  }

  /**
   * A plan of another organization, with the same division codes, goal numbers and texts as Ban
   * Waen's but its own name, so that a store mixing the two would show.
   */
  public static KmPlan other(String code, String name) {
    return plan(
        Organization.builder()
            .code(OrganizationCode.of(code))
            .type(OrganizationType.SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION)
            .name(name)
            .province("ลำพูน")
            .provinceCode(ProvinceCode.of("51"))
            .build(),
        FY2569);
  }

  private static KmPlan plan(Organization organization, FiscalYear year) {
    String full = organization.fullName();
    return KmPlan.builder()
        .organization(organization)
        .fiscalYear(year)
        .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
        .preparedBy("งานการเจ้าหน้าที่ สำนักปลัดเทศบาล")
        .announcement(
            Announcement.builder()
                .heading("ประกาศ" + full)
                .subject("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
                .addParagraphs(
                    "ตามพระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๕๖"
                        + " มาตรา ๑๑ ส่วนราชการมีหน้าที่พัฒนาความรู้ในส่วนราชการ",
                    "จึงประกาศให้ทราบโดยทั่วกัน")
                .dateText("ประกาศ ณ วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙")
                .signerName("นายชุมพร จาปัญญา")
                .signerPosition("นายกเทศมนตรีตำบล" + organization.name())
                .build())
        .divisions(
            List.of(
                new Division(DivisionCode.of("clerk"), "สำนักปลัดเทศบาล"),
                new Division(DivisionCode.of("finance"), "กองคลัง"),
                new Division(DivisionCode.of("public-works"), "กองช่าง"),
                new Division(DivisionCode.of("education"), "กองการศึกษา"),
                new Division(DivisionCode.of("health"), "กองสาธารณสุขและสิ่งแวดล้อม")))
        .positions(
            List.of(
                new Position("หัวหน้าสำนักปลัดเทศบาล", Optional.of(DivisionCode.of("clerk"))),
                new Position("ผู้อำนวยการกองคลัง", Optional.of(DivisionCode.of("finance"))),
                Position.of("นักทรัพยากรบุคคล")))
        .committees(
            List.of(
                Committee.builder()
                    .kind(CommitteeKind.KNOWLEDGE_MANAGEMENT)
                    .name("คณะกรรมการจัดการความรู้")
                    .members(
                        List.of(
                            new CommitteeMember(
                                CommitteeRole.CKO,
                                Optional.empty(),
                                Optional.of("นายกเทศมนตรี"),
                                "ผู้บริหารด้านการจัดการความรู้ (CKD)"),
                            new CommitteeMember(
                                CommitteeRole.MEMBER,
                                Optional.of("นายนคร กันกา"),
                                Optional.of("หัวหน้าสำนักปลัดเทศบาล"),
                                "กรรมการ"),
                            new CommitteeMember(
                                CommitteeRole.SECRETARY,
                                Optional.of("นางสาวศรีัญญา นันตืออาจ"),
                                Optional.of("นักทรัพยากรบุคคล"),
                                "ฝ่ายเลขานุการคณะกรรมการ")))
                    .duties(
                        List.of(
                            new RoleDuties(
                                CommitteeRole.MEMBER,
                                List.of(
                                    "ร่วมจัดทำแผนการจัดการความรู้",
                                    "ดำเนินการอื่น ๆ ตามที่ได้รับมอบหมาย")),
                            new RoleDuties(CommitteeRole.CHAIR, List.of()),
                            new RoleDuties(
                                CommitteeRole.SECRETARY,
                                List.of(
                                    "รวบรวมและสรุปรายงานความคืบหน้าของการดำเนินการตามแผนการจัดการความรู้"))))
                    .build(),
                Committee.builder()
                    .kind(CommitteeKind.MONITORING_AND_EVALUATION)
                    .name("คณะกรรมการติดตามและประเมินผลแผนการจัดการความรู้")
                    .addMembers(
                        new CommitteeMember(
                            CommitteeRole.CHAIR,
                            Optional.empty(),
                            Optional.of("ปลัดเทศบาลตำบลบ้านแหวน"),
                            "เป็น ประธานกรรมการ"))
                    .remit(
                        "ให้คณะกรรมการ ฯ ที่ได้รับการแต่งตั้ง มีหน้าที่กำหนดแนวทาง"
                            + " วิธีการในการติดตาม และประเมินผลแผนการจัดการความรู้")
                    .build()))
        .stepDescriptions(
            List.of(
                new StepDescription(KmProcessStep.IDENTIFY, KmProcessStep.IDENTIFY.description()),
                new StepDescription(
                    ChangeElement.RECOGNITION,
                    "เป็นการสร้างแรงจูงใจให้เกิดการปรับเปลี่ยนพฤติกรรม")))
        .tools(
            List.of(
                new KmTool(
                    KmToolKind.KNOWLEDGE_BASE,
                    "ฐานข้อมูล (Knowledge Bases)",
                    "เป็นการเก็บรวบรวมข้อมูลความรู้ต่าง ๆ"),
                new KmTool(
                    KmToolKind.AFTER_ACTION_REVIEW,
                    "การทบทวนหลังการปฏิบัติงาน (AAR : After Action Reviews)",
                    "คือ การอภิปราย เกี่ยวกับเหตุการณ์ที่เกิดขึ้นจากการทำงาน")))
        .monitoringRules(
            List.of(
                new MonitoringRule.TrainingReport(
                    "กำหนดให้ผู้เข้ารับการพัฒนา จัดทำรายงานผลการเข้ารับการพัฒนาตามแบบที่กำหนด ภายใน"
                        + " ๑๕ วัน",
                    15,
                    "นายกเทศมนตรี",
                    true),
                new MonitoringRule.KnowledgeDocument(
                    "กำหนดให้ผู้เข้ารับการพัฒนา จัดเก็บชุดองค์ความรู้ไว้รูปเอกสาร"
                        + " โดยจัดทำเป็นเล่ม"),
                new MonitoringRule.SupervisorReview(
                    "กำหนดให้ผู้บังคับบัญชาทำหน้าที่ติดตามผลการปฏิบัติงาน ก่อนและหลังการพัฒนา"),
                new MonitoringRule.EvaluationReport(
                    "รายงานผลพร้อมข้อเสนอแนะต่อนายกเทศมนตรี อย่างน้อยปีละ ๑ ครั้ง",
                    1,
                    "นายกเทศมนตรี"),
                new MonitoringRule.Other("guidance-5", "ข้อแนะนำอื่น ๆ")))
        .form1(
            List.of(
                StrategicKnowledgeNeed.builder()
                    .number(1)
                    .divisionName("สำนักปลัดเทศบาล")
                    .division(DivisionCode.of("clerk"))
                    .activity("การพัฒนาทรัพยากร มนุษย์ภายในองค์กร")
                    .addObjectives("พัฒนาบุคลากรในงานด้านต่าง ๆ ให้ มีความรู้ความเชี่ยวชาญ")
                    .addKpis("ร้อยละของบุคลากรที่ได้รับการพัฒนา", "จำนวนครั้งของการอบรม")
                    .responsible("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙ / สำนักปลัดเทศบาล")
                    .addRequiredKnowledge("ระเบียบการฝึกอบรม")
                    .build(),
                StrategicKnowledgeNeed.builder()
                    .number(9)
                    .divisionName("กองสาธารณสุขและสิ่งแวดล้อม (ไม่อยู่ในรายชื่อ)")
                    .activity("การพัฒนาด้าน สุขภาพ")
                    .responsible("กองสาธารณสุขฯ")
                    .build()))
        .scopes(
            List.of(
                KmScope.builder()
                    .number(1)
                    .title("การพัฒนางานที่ปฏิบัติ")
                    .addBenefitsToStaff("เพิ่มความรู้ความสามารถของพนักงานในสังกัดเทศบาล")
                    .addBenefitsToExecutives("การบริหารงานมีประสิทธิภาพ")
                    .addRelatedPolicies("นโยบายด้านการบริหารจัดการที่ดี", "แผนพัฒนาท้องถิ่น")
                    .build(),
                KmScope.builder().number(2).title("การพัฒนาศักยภาพบุคลากร").build()))
        .goals(
            List.of(
                KmGoal.builder()
                    .number(1)
                    .title("การสนับสนุนการจัดทำคู่มือปฏิบัติงาน")
                    .addTitleVariants("เทศบาลตำบลบ้านอัครแห่งการเรียนรู้")
                    .addMeasurableOutcomes(
                        "จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ",
                        "จัดทำรายงานผลการฝึกอบรมหลังการฝึกอบรม")
                    .framework(Framework.KM_PROCESS)
                    .activities(
                        List.of(
                            PlanActivity.builder()
                                .number(1)
                                .name("การบ่งชี้ความรู้")
                                .step(KmProcessStep.IDENTIFY)
                                .method("ตรวจสอบองค์ความรู้ที่มีอยู่ของแต่ละตำแหน่ง")
                                .period(ActivityPeriod.of("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", WHOLE_YEAR))
                                .indicator("๑. รายการองค์ความรู้")
                                .target("ไม่น้อยกว่าร้อยละ ๙๐")
                                .responsible("งานการเจ้าหน้าที่")
                                .sourceLine(262)
                                .build(),
                            PlanActivity.builder()
                                .number(4)
                                .name("การประเมินผลและกลั่นกรองความรู้")
                                .addDetails("- บอร์ดประชาสัมพันธ์", "- เว็บไซต์เทศบาล")
                                .step(KmProcessStep.CODIFY_AND_REFINE)
                                .method("ปรับปรุงรูปแบบเอกสารให้เป็นมาตรฐานเดียวกัน")
                                .period(ActivityPeriod.unreadable("ตลอดปี"))
                                .indicator("จำนวนครั้ง")
                                .target("อย่างน้อย ๕ คน")
                                .responsible("ทุกส่วนราชการ")
                                .note("ต่อเนื่อง")
                                .build()))
                    .build(),
                KmGoal.builder()
                    .number(4)
                    .title("HAAPPY WORK PACE")
                    .framework(Framework.CHANGE_MANAGEMENT)
                    .addActivities(
                        PlanActivity.builder()
                            .number(1)
                            .name("การยกย่องชมเชยและให้รางวัล")
                            .step(ChangeElement.RECOGNITION)
                            .method("มอบเกียรติบัตร")
                            .period(
                                ActivityPeriod.of(
                                    "ก.ย. ๒๕๖๙",
                                    new MonthRange(YearMonth.of(2026, 9), YearMonth.of(2026, 9))))
                            .indicator("ร้อยละของผู้ได้รับการยกย่อง")
                            .target("ร้อยละ ๑๐๐")
                            .responsible("สำนักปลัดเทศบาล")
                            .build())
                    .build()))
        .nameMentions(
            List.of(
                new NameMention("เทศบาลตำบลบ้านหวาน", SourceLocation.of("title page", 34)),
                new NameMention(
                    "BAAN WAN SUBDISTRICT MUNICIPALITY", SourceLocation.of("title page"))))
        .citations(
            List.of(
                new Citation(
                    "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี",
                    "พ.ศ. ๒๕๕๖",
                    2556,
                    SourceLocation.of("announcement", 9)),
                new Citation(
                    "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี",
                    "พ.ศ. ๒๕๔๖",
                    2546,
                    SourceLocation.of("preface", 40))))
        .narrative(
            List.of(
                new NarrativeSection(
                    "คำนำ",
                    List.of(
                        "ตามพระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี",
                        "งานกาณ์เจ้าหน้าที่ สำนักปลัดเทศบาล")),
                new NarrativeSection("สารบัญ", List.of())))
        .build();
  }

  /** The plan with its announcement dated, as a later edit would. */
  public static KmPlan edited(KmPlan plan) {
    return KmPlan.builder()
        .from(plan)
        .title(plan.title() + " (ฉบับปรับปรุง)")
        .announcement(
            plan.announcement()
                .map(a -> Announcement.builder().from(a).date(LocalDate.of(2026, 3, 6)).build()))
        .build();
  }
}
