package th.km.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.ChangeElement;
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
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.RoleDuties;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.core.records.MeetingKind;
import th.km.core.records.RecordKind;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;

/** A small plan in the shape of the Ban Waen plan, built in code for the web tests. */
public final class TestPlans {

  public static final OrganizationCode ORG = OrganizationCode.of("ban-waen");
  public static final OrganizationCode OTHER_ORG = OrganizationCode.of("nong-khwai");
  public static final DivisionCode CLERK = DivisionCode.of("clerk");
  public static final DivisionCode FINANCE = DivisionCode.of("finance");
  public static final FiscalYear FY2569 = FiscalYear.ofBuddhistYear(2569);

  /** The head of the organization, where reports are routed to. */
  public static final String MAYOR = "นายกเทศมนตรี";

  /** The indicator text of activity 1.1: two KM committee meetings by December. */
  public static final String COMMITTEE_MEETINGS = "จำนวนครั้งของการประชุมคณะกรรมการ";

  /** The indicator text of activity 1.2's first indicator: at least 5 staff at workshops. */
  public static final String WORKSHOP_ATTENDANCE = "จำนวนพนักงานที่เข้าร่วมอบรม";

  /** A name with markup in it, to prove that pages escape what plans say. */
  public static final String HOSTILE_TEXT = "<script>alert('km')</script>";

  private TestPlans() {}

  public static KmPlan banWaen() {
    return plan(ORG, "บ้านแหวน", "BAN WAEN SUBDISTRICT MUNICIPALITY");
  }

  public static KmPlan other() {
    return plan(OTHER_ORG, "หนองควาย", "NONG KHWAI SUBDISTRICT MUNICIPALITY");
  }

  private static KmPlan plan(OrganizationCode code, String name, String englishName) {
    return KmPlan.builder()
        .organization(
            Organization.builder()
                .code(code)
                .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
                .name(name)
                .englishName(englishName)
                .district("หางดง")
                .province("เชียงใหม่")
                .build())
        .fiscalYear(FY2569)
        .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
        .addDivisions(new Division(CLERK, "สำนักปลัดเทศบาล"), new Division(FINANCE, "กองคลัง"))
        .addCommittees(
            Committee.builder()
                .kind(CommitteeKind.KNOWLEDGE_MANAGEMENT)
                .name("คณะกรรมการจัดการความรู้")
                .addMembers(
                    new CommitteeMember(
                        CommitteeRole.CKO, Optional.of("นายสมชาย ใจดี"), Optional.of("นายกเทศมนตรีตำบลบ้านแหวน"), "เป็น CKO"),
                    new CommitteeMember(
                        CommitteeRole.CHAIR, Optional.empty(), Optional.of("ปลัดเทศบาล"), "เป็น ประธานกรรมการ"),
                    new CommitteeMember(
                        CommitteeRole.MEMBER, Optional.of(HOSTILE_TEXT), Optional.of("ผู้อำนวยการกองคลัง"), "เป็น กรรมการ"),
                    new CommitteeMember(
                        CommitteeRole.SECRETARY, Optional.of("นางสาวศรีสุดา แก้วใส"), Optional.of("นักทรัพยากรบุคคล"), "เป็น กรรมการและเลขานุการ"))
                .addDuties(
                    new RoleDuties(CommitteeRole.CHAIR, List.of("กำกับดูแลการจัดการความรู้ของเทศบาล")))
                .build(),
            Committee.builder()
                .kind(CommitteeKind.MONITORING_AND_EVALUATION)
                .name("คณะกรรมการติดตามและประเมินผลแผนการจัดการความรู้")
                .addMembers(
                    new CommitteeMember(
                        CommitteeRole.CHAIR, Optional.empty(), Optional.of("รองปลัดเทศบาล"), "เป็น ประธานกรรมการ"))
                .remit("ติดตามและประเมินผลแล้วรายงานนายกเทศมนตรีอย่างน้อยปีละ ๑ ครั้ง")
                .build())
        .addMonitoringRules(
            new MonitoringRule.TrainingReport(
                "รายงานผลภายใน ๑๕ วัน นับแต่วันกลับจากการอบรม เสนอตามลำดับชั้นจนถึงนายกเทศมนตรี", 15, MAYOR, true))
        .addMonitoringIndicators(
            new MonitoringIndicator(
                "training-report",
                new Indicator(
                    "รายงานผลการฝึกอบรมภายใน ๑๕ วัน",
                    "ร้อยละ ๑๐๐",
                    IndicatorRule.DeadlineCompliance.externalTrainingReports(15))))
        .addForm1(
            StrategicKnowledgeNeed.builder()
                .number(1)
                .divisionName("ชื่อส่วนราชการ : กองคลัง")
                .division(FINANCE)
                .activity("การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง")
                .addObjectives("จัดเก็บรายได้ได้ตามเป้าหมาย")
                .addKpis("ร้อยละของการจัดเก็บภาษี")
                .responsible("ต.ค. ๖๘ - ก.ย. ๖๙ / กองคลัง")
                .addRequiredKnowledge("พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒")
                .build())
        .addScopes(
            KmScope.builder()
                .number(1)
                .title("การพัฒนางานที่ปฏิบัติ")
                .addBenefitsToStaff("ทำงานได้รวดเร็วขึ้น")
                .addBenefitsToExecutives("ตัดสินใจได้ดีขึ้น")
                .addRelatedPolicies("นโยบายพัฒนาบุคลากร")
                .build())
        .addGoals(
            KmGoal.builder()
                .number(1)
                .title("บุคลากรมีความรู้ในการปฏิบัติงาน")
                .framework(Framework.KM_PROCESS)
                .addActivities(
                    activity(1, "การบ่งชี้ความรู้", KmProcessStep.IDENTIFY,
                        ActivityPeriod.of("ต.ค. ๒๕๖๘ - ธ.ค. ๒๕๖๘", months(2025, 10, 2025, 12)),
                        new Indicator(
                            COMMITTEE_MEETINGS,
                            "ประชุมอย่างน้อย ๒ ครั้ง",
                            new IndicatorRule.Count(
                                RecordSelector.of(
                                    RecordKind.MEETING,
                                    RecordFilter.builder().addMeetingKinds(MeetingKind.KM_COMMITTEE).build()),
                                CountUnit.RECORDS,
                                new ParsedTarget.Count(Comparator.AT_LEAST, 2, "ครั้ง")))),
                    activity(2, "การแบ่งปันแลกเปลี่ยนความรู้", KmProcessStep.SHARE,
                        ActivityPeriod.of("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", months(2025, 10, 2026, 9)),
                        new Indicator(
                            WORKSHOP_ATTENDANCE,
                            "พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน",
                            new IndicatorRule.Count(
                                RecordSelector.of(
                                    RecordKind.MEETING,
                                    RecordFilter.builder().addMeetingKinds(MeetingKind.WORKSHOP).build()),
                                CountUnit.PERSONS,
                                new ParsedTarget.Count(Comparator.AT_LEAST, 5, "คน"))),
                        new Indicator(
                            "บุคลากรรับทราบเป้าหมาย KM",
                            "อย่างน้อย ๑ คน",
                            new IndicatorRule.Count(
                                RecordSelector.of(RecordKind.ACKNOWLEDGEMENT),
                                CountUnit.PERSONS,
                                new ParsedTarget.Count(Comparator.AT_LEAST, 1, "คน")))),
                    activity(3, "การเรียนรู้", KmProcessStep.LEARN,
                        ActivityPeriod.unreadable("ตลอดปีงบประมาณ"),
                        new Indicator(
                            "จำนวนการเข้าถึงข้อมูลความรู้",
                            "พนักงานในสังกัด",
                            IndicatorRule.ReportOnly.counting(
                                RecordSelector.of(RecordKind.ACCESS_EVENT), CountUnit.QUANTITY))))
                .build(),
            KmGoal.builder()
                .number(4)
                .title("HAPPY WORKPLACE")
                .framework(Framework.CHANGE_MANAGEMENT)
                .addActivities(
                    activity(1, "ยกย่องชมเชยบุคลากร", ChangeElement.RECOGNITION,
                        ActivityPeriod.of("ส.ค. ๒๕๖๙ - ต.ค. ๒๕๖๙", months(2026, 8, 2026, 10)),
                        new Indicator(
                            "การยกย่องชมเชย",
                            "อย่างน้อย ๑ ครั้ง",
                            new IndicatorRule.Occurrence(RecordSelector.of(RecordKind.RECOGNITION), 1))))
                .build())
        .build();
  }

  private static MonthRange months(int y1, int m1, int y2, int m2) {
    return new MonthRange(YearMonth.of(y1, m1), YearMonth.of(y2, m2));
  }

  private static PlanActivity activity(
      int number, String name, th.km.core.plan.PlanStep step, ActivityPeriod period, Indicator... indicators) {
    return PlanActivity.builder()
        .number(number)
        .name(name)
        .step(step)
        .method("ประชุมคณะกรรมการ")
        .period(period)
        .indicator("จำนวนครั้งของการประชุม")
        .target("อย่างน้อย ๑ ครั้ง")
        .responsible("สำนักปลัดเทศบาล")
        .addIndicators(indicators)
        .build();
  }
}
