package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static th.km.core.evaluation.KnownAnswerFixtures.YEAR_END;
import static th.km.core.evaluation.KnownAnswerFixtures.indicator;
import static th.km.core.evaluation.KnownAnswerFixtures.staff;
import static th.km.core.evaluation.KnownAnswerFixtures.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanActivity;
import th.km.core.records.ActivityRef;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.testing.EvaluationPlans;

/** The evaluation as a whole: order of results, subjects, divisions, roll-ups and progress. */
class EvaluatorTest {

  private static IndicatorRule meetingsAtLeast(int n) {
    return new IndicatorRule.Count(
        RecordSelector.of(RecordKind.MEETING),
        CountUnit.RECORDS,
        new ParsedTarget.Count(Comparator.AT_LEAST, n, "ครั้ง"));
  }

  /**
   * Goal 1: activity 1 (กองคลัง) with a met and an unmet indicator, activity 2 (every division) with
   * a report-only one; goal 2 without indicators; one monitoring indicator with no data.
   */
  private static final KmPlan PLAN =
      EvaluationPlans.base()
          .addGoals(
              EvaluationPlans.goal(
                  1,
                  List.of(
                      EvaluationPlans.activity(
                          1,
                          EvaluationPlans.YEAR.months(),
                          "กองคลัง",
                          List.of(indicator(meetingsAtLeast(1)), indicator(meetingsAtLeast(5)))),
                      EvaluationPlans.activity(
                          2, EvaluationPlans.YEAR.months(), List.of(indicator(IndicatorRule.ReportOnly.nothing()))))),
              EvaluationPlans.goal(2, List.of()))
          .addMonitoringIndicators(
              new MonitoringIndicator(
                  "evaluation-report",
                  indicator(new IndicatorRule.Occurrence(RecordSelector.of(RecordKind.EVALUATION_REPORT), 1))))
          .build();

  private static final YearRecords RECORDS =
      year()
          .addStaff(staff("s1"))
          .addMeetings(
              Meeting.builder()
                  .id("m1")
                  .meetingKind(MeetingKind.KM_COMMITTEE)
                  .title("ประชุมคณะกรรมการ")
                  .date(LocalDate.of(2025, 12, 1))
                  .addAttendeeIds("s1")
                  .build())
          .addProgressUpdates(
              new ProgressUpdate("p1", new ActivityRef(1, 1), LocalDate.of(2025, 12, 1), 20, "เริ่มแล้ว"),
              new ProgressUpdate("p2", new ActivityRef(1, 1), LocalDate.of(2026, 3, 1), 60, "ครึ่งทาง"),
              new ProgressUpdate("p3", new ActivityRef(1, 1), LocalDate.of(2026, 5, 1), 90, "ใกล้เสร็จ"),
              new ProgressUpdate("p4", new ActivityRef(1, 2), LocalDate.of(2025, 11, 1), 10, "เริ่ม"))
          .build();

  private static Evaluation evaluation() {
    return Evaluator.evaluate(PLAN, RECORDS, YEAR_END, HolidayCalendar.none());
  }

  @Test
  void resultsComeInThePlansOrderWithTheirSubjects() {
    List<IndicatorResult> results = evaluation().results();
    assertEquals(
        List.of("goal-1/activity-1", "goal-1/activity-1", "goal-1/activity-2", "monitoring/evaluation-report"),
        results.stream().map(r -> r.subject().key()).toList());
    assertEquals(List.of(1, 2, 1, 1), results.stream().map(IndicatorResult::indicatorNumber).toList());
    assertEquals(
        // No M&E report after the year has ended: the absence is the data, not met.
        List.of(Status.MET, Status.NOT_MET, Status.REPORT_ONLY, Status.NOT_MET),
        results.stream().map(IndicatorResult::status).toList());
  }

  @Test
  void divisionsComeFromTheResponsibleText() {
    List<IndicatorResult> results = evaluation().results();
    assertEquals(List.of(DivisionCode.of("finance")), results.get(0).divisions());
    assertEquals(5, results.get(2).divisions().size());
    assertEquals(List.of(), results.get(3).divisions());
  }

  @Test
  void rollupsCountStatusesByGoalStepDivisionAndOrganization() {
    Rollups rollups = evaluation().rollups();
    StatusCounts goal1 = rollups.byGoal().get(1);
    assertEquals(1, goal1.met());
    assertEquals(1, goal1.count(Status.NOT_MET));
    assertEquals(1, goal1.count(Status.REPORT_ONLY));
    assertEquals(Optional.of(new BigDecimal("50.00")), goal1.shareMetPercent());
    assertEquals(0, rollups.byGoal().get(2).total());
    assertEquals(List.of(1, 2), List.copyOf(rollups.byGoal().keySet()));
    assertEquals(List.of("KM_PROCESS:1", "KM_PROCESS:2"), List.copyOf(rollups.byStep().keySet()));
    assertEquals(3, rollups.byDivision().get(DivisionCode.of("finance")).total());
    assertEquals(1, rollups.byDivision().get(DivisionCode.of("works")).total());
    assertEquals(Optional.empty(), rollups.byDivision().get(DivisionCode.of("works")).shareMetPercent());
    assertEquals(1, rollups.monitoring().count(Status.NOT_MET));
    StatusCounts all = rollups.organization();
    assertEquals(4, all.total());
    assertEquals(3, all.countable());
    // No data counts against the share met: 1 met of 3 countable.
    assertEquals(Optional.of(new BigDecimal("33.33")), all.shareMetPercent());
  }

  @Test
  void latestProgressPerActivityUpToTheDay() {
    List<ProgressUpdate> latest =
        Evaluator.evaluate(PLAN, RECORDS, LocalDate.of(2026, 4, 1), HolidayCalendar.none()).latestProgress();
    assertEquals(List.of("p2", "p4"), latest.stream().map(ProgressUpdate::id).toList());
  }

  @Test
  void anUnreadablePeriodFallsBackToTheFiscalYear() {
    PlanActivity unreadable =
        PlanActivity.builder()
            .from(EvaluationPlans.activity(1, EvaluationPlans.YEAR.months(), List.of(indicator(meetingsAtLeast(1)))))
            .period(ActivityPeriod.unreadable("ตลอดปี"))
            .build();
    KmPlan plan = EvaluationPlans.base().addGoals(EvaluationPlans.goal(1, List.of(unreadable))).build();
    IndicatorResult r = Evaluator.evaluate(plan, RECORDS, YEAR_END, HolidayCalendar.none()).results().get(0);
    assertEquals(EvaluationPlans.YEAR.range(), r.period());
    assertEquals(Status.MET, r.status());
  }

  @Test
  void recordsOfAnotherOrganizationOrYearAreRefused() {
    YearRecords otherOrganization =
        YearRecords.builder().from(RECORDS).organization(OrganizationCode.of("ban-other")).build();
    assertThrows(
        IllegalArgumentException.class,
        () -> Evaluator.evaluate(PLAN, otherOrganization, YEAR_END, HolidayCalendar.none()));
    YearRecords otherYear =
        YearRecords.builder().from(RECORDS).fiscalYear(FiscalYear.ofBuddhistYear(2570)).build();
    assertThrows(
        IllegalArgumentException.class,
        () -> Evaluator.evaluate(PLAN, otherYear, YEAR_END, HolidayCalendar.none()));
  }

  @Test
  void statusCountsAddUp() {
    StatusCounts a = StatusCounts.of(List.of(Status.MET, Status.NO_DATA));
    StatusCounts b = StatusCounts.of(List.of(Status.MET, Status.REPORT_ONLY, Status.AT_RISK));
    StatusCounts sum = a.plus(b);
    assertEquals(5, sum.total());
    assertEquals(2, sum.met());
    assertEquals(Optional.of(new BigDecimal("50.00")), sum.shareMetPercent());
    assertEquals(sum, new StatusCounts(Map.of(Status.MET, 2, Status.NO_DATA, 1, Status.REPORT_ONLY, 1, Status.AT_RISK, 1)));
  }
}
