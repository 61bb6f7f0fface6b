package th.km.core.testing;

import java.time.YearMonth;
import java.util.List;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.calendar.ThaiDates;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;

/**
 * Small plans of Ban Waen's shape (its five divisions, fiscal year B.E. 2569) to hang indicators
 * on, for the evaluation's tests and for anyone who needs a plan with indicators quickly.
 */
public final class EvaluationPlans {

  public static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);
  public static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");

  public static final Division CLERK = new Division(DivisionCode.of("clerk"), "สำนักปลัดเทศบาล");
  public static final Division FINANCE = new Division(DivisionCode.of("finance"), "กองคลัง");
  public static final Division WORKS = new Division(DivisionCode.of("works"), "กองช่าง");
  public static final Division EDUCATION = new Division(DivisionCode.of("education"), "กองการศึกษา");
  public static final Division HEALTH =
      new Division(DivisionCode.of("health"), "กองสาธารณสุขและสิ่งแวดล้อม");

  public static final List<Division> DIVISIONS = List.of(CLERK, FINANCE, WORKS, EDUCATION, HEALTH);

  /** The seed's rule: reports within 15 days of the return, routed up to the mayor. */
  public static final MonitoringRule.TrainingReport TRAINING_REPORT_RULE =
      new MonitoringRule.TrainingReport(
          "กำหนดให้ผู้เข้ารับการพัฒนา จัดทำรายงานผลการเข้ารับการพัฒนาตามแบบที่กำหนด ภายใน ๑๕ วัน",
          15,
          "นายกเทศมนตรี",
          true);

  /** The seed's rule: the M&E committee reports to the mayor at least once a year. */
  public static final MonitoringRule.EvaluationReport EVALUATION_REPORT_RULE =
      new MonitoringRule.EvaluationReport(
          "รายงานผลพร้อมข้อเสนอแนะ … ต่อนายกเทศมนตรี อย่างน้อยปีละ ๑ ครั้ง", 1, "นายกเทศมนตรี");

  private EvaluationPlans() {}

  /** Ban Waen with its divisions and monitoring rules, and no goals. */
  public static KmPlan.Builder base() {
    return KmPlan.builder()
        .organization(
            Organization.builder()
                .code(BAN_WAEN)
                .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
                .name("บ้านแหวน")
                .build())
        .fiscalYear(YEAR)
        .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
        .addAllDivisions(DIVISIONS)
        .addMonitoringRules(TRAINING_REPORT_RULE, EVALUATION_REPORT_RULE);
  }

  /** An activity over the months, responsible "every division", with the indicators. */
  public static PlanActivity activity(int number, MonthRange months, List<Indicator> indicators) {
    return activity(number, months, "หัวหน้าส่วนราชการแต่ละสำนัก/กอง", indicators);
  }

  /** An activity over the months with the responsible text and the indicators. */
  public static PlanActivity activity(
      int number, MonthRange months, String responsible, List<Indicator> indicators) {
    return PlanActivity.builder()
        .number(number)
        .name("กิจกรรมทดสอบ " + number)
        .step(PlanStep.of(Framework.KM_PROCESS, (number - 1) % KmProcessStep.values().length + 1))
        .method("วิธีการทดสอบ")
        .period(ActivityPeriod.of(ThaiDates.format(months, ThaiDates.Digits.THAI), months))
        .indicator("ตัวชี้วัดทดสอบ")
        .target("เป้าหมายทดสอบ")
        .responsible(responsible)
        .indicators(indicators)
        .build();
  }

  /** Goal 1 with the activities. */
  public static KmGoal goal(int number, List<PlanActivity> activities) {
    return KmGoal.builder()
        .number(number)
        .title("เป้าหมายทดสอบ " + number)
        .framework(Framework.KM_PROCESS)
        .activities(activities)
        .build();
  }

  /** A plan with one goal and one activity over the whole fiscal year, holding the indicators. */
  public static KmPlan withIndicators(List<Indicator> indicators) {
    return withIndicators(YEAR.months(), indicators);
  }

  /** A plan with one goal and one activity over the months, holding the indicators. */
  public static KmPlan withIndicators(MonthRange months, List<Indicator> indicators) {
    return base().addGoals(goal(1, List.of(activity(1, months, indicators)))).build();
  }

  /** A plan without goals whose monitoring rules carry the indicators. */
  public static KmPlan withMonitoring(List<MonitoringIndicator> indicators) {
    return base().addAllMonitoringIndicators(indicators).build();
  }

  /** The month range of one month of the fiscal year. */
  public static MonthRange month(int year, int month) {
    YearMonth m = YearMonth.of(year, month);
    return new MonthRange(m, m);
  }
}
