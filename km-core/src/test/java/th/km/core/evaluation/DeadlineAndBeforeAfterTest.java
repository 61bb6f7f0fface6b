package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.core.evaluation.KnownAnswerFixtures.YEAR_END;
import static th.km.core.evaluation.KnownAnswerFixtures.assertStatus;
import static th.km.core.evaluation.KnownAnswerFixtures.assertValue;
import static th.km.core.evaluation.KnownAnswerFixtures.evaluate;
import static th.km.core.evaluation.KnownAnswerFixtures.indicator;
import static th.km.core.evaluation.KnownAnswerFixtures.staff;
import static th.km.core.evaluation.KnownAnswerFixtures.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.RecordFilter;
import th.km.core.plan.KmPlan;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.testing.EvaluationPlans;

/**
 * Known answers, worked out by hand, for the 15-day report rule counted by the Civil and Commercial
 * Code (s. 193/3: the return day is not counted; s. 193/8: a last day off moves to the next working
 * day) and for supervisors' before/after ratings.
 */
class DeadlineAndBeforeAfterTest {

  /** Songkran B.E. 2569: Monday 13 to Wednesday 15 April 2026. */
  private static final HolidayCalendar SONGKRAN =
      HolidayCalendar.of(
          Map.of(
              LocalDate.of(2026, 4, 13), "วันสงกรานต์",
              LocalDate.of(2026, 4, 14), "วันสงกรานต์",
              LocalDate.of(2026, 4, 15), "วันสงกรานต์"));

  private static final KmPlan FIFTEEN_DAYS =
      EvaluationPlans.withMonitoring(
          List.of(
              new MonitoringIndicator(
                  "training-report",
                  indicator(IndicatorRule.DeadlineCompliance.externalTrainingReports(15)))));

  private static Training external(String id, String person, LocalDate returned) {
    return Training.of(
        id, person, "หลักสูตรการจัดทำคู่มือ", TrainingKind.TRAINING, TrainingSetting.EXTERNAL,
        returned.minusDays(2), returned);
  }

  private static TrainingReport report(String id, String training, LocalDate submitted) {
    return TrainingReport.builder().id(id).trainingId(training).submittedOn(submitted).build();
  }

  /** Returned Monday 2 March 2026: day 15 is Tuesday 17 March, a working day. */
  private static YearRecords.Builder returnedOnMondaySecondMarch(LocalDate submitted) {
    return year()
        .addStaff(staff("s1"))
        .addTrainings(external("t1", "s1", LocalDate.of(2026, 3, 2)))
        .addTrainingReports(report("r1", "t1", submitted));
  }

  @Test
  void aReportOnTheFifteenthDayIsOnTime() {
    IndicatorResult r = evaluate(FIFTEEN_DAYS, returnedOnMondaySecondMarch(LocalDate.of(2026, 3, 17)), YEAR_END);
    assertStatus(Status.MET, r);
    assertValue("100.00", r);
    assertEquals(List.of("r1", "t1"), r.recordIds());
  }

  @Test
  void aReportOnTheSixteenthDayIsLate() {
    IndicatorResult r = evaluate(FIFTEEN_DAYS, returnedOnMondaySecondMarch(LocalDate.of(2026, 3, 18)), YEAR_END);
    assertStatus(Status.NOT_MET, r);
    assertValue("0.00", r);
    assertTrue(r.reason().th().contains("ส่งล่าช้า 1 รายการ"), r.reason().th());
  }

  /** Returned Sunday 29 March 2026: day 15 is Monday 13 April, Songkran; due Thursday 16 April. */
  private static YearRecords.Builder returnedBeforeSongkran(LocalDate submitted) {
    return year()
        .addStaff(staff("s1"))
        .addTrainings(external("t1", "s1", LocalDate.of(2026, 3, 29)))
        .addTrainingReports(report("r1", "t1", submitted));
  }

  @Test
  void aFifteenthDayOnAHolidayMovesToTheNextWorkingDay() {
    LocalDate thursday = LocalDate.of(2026, 4, 16);
    assertStatus(Status.MET, evaluate(FIFTEEN_DAYS, returnedBeforeSongkran(thursday), YEAR_END, SONGKRAN));
    assertStatus(
        Status.NOT_MET,
        evaluate(FIFTEEN_DAYS, returnedBeforeSongkran(thursday.plusDays(1)), YEAR_END, SONGKRAN));
    // Without the holidays the 15th day is an ordinary Monday, and Thursday is late.
    assertStatus(
        Status.NOT_MET,
        evaluate(FIFTEEN_DAYS, returnedBeforeSongkran(thursday), YEAR_END, HolidayCalendar.none()));
  }

  @Test
  void aFifteenthDayOnASaturdayMovesToMonday() {
    // Returned Friday 3 April 2026: day 15 is Saturday 18 April; due Monday 20 April.
    YearRecords.Builder b =
        year()
            .addStaff(staff("s1"))
            .addTrainings(external("t1", "s1", LocalDate.of(2026, 4, 3)))
            .addTrainingReports(report("r1", "t1", LocalDate.of(2026, 4, 20)));
    assertStatus(Status.MET, evaluate(FIFTEEN_DAYS, b, YEAR_END));
  }

  @Test
  void onTimeLateOverduePendingAndInternal() {
    YearRecords.Builder b =
        year()
            .addStaff(staff("s1"), staff("s2"))
            .addTrainings(
                external("t1", "s1", LocalDate.of(2026, 3, 2)),
                external("t2", "s2", LocalDate.of(2026, 3, 2)),
                external("t3", "s1", LocalDate.of(2026, 3, 29)),
                external("t4", "s2", LocalDate.of(2026, 5, 4)),
                external("t5", "s1", LocalDate.of(2026, 9, 25)),
                Training.of(
                    "t6", "s2", "อบรมภายใน", TrainingKind.TRAINING, TrainingSetting.INTERNAL,
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)))
            .addTrainingReports(
                report("r1", "t1", LocalDate.of(2026, 3, 17)),
                report("r2", "t2", LocalDate.of(2026, 3, 18)),
                report("r3", "t3", LocalDate.of(2026, 4, 16)));
    // t1 on time, t2 late, t3 on time over Songkran, t4 overdue with no report,
    // t5 not yet due on 30 September (due 12 October), t6 internal and not covered.
    IndicatorResult r = evaluate(FIFTEEN_DAYS, b, YEAR_END, SONGKRAN);
    assertStatus(Status.NOT_MET, r);
    assertEquals(OptionalLong.of(2), r.numerator());
    assertEquals(OptionalLong.of(4), r.denominator());
    assertValue("50.00", r);
    assertEquals(List.of("r1", "r2", "r3", "t1", "t2", "t3", "t4"), r.recordIds());
    assertTrue(r.reason().en().contains("1 late, 1 overdue and not filed, 1 not yet due"), r.reason().en());
  }

  @Test
  void midYearEveryReportOnTimeSoFarIsOnTrackNotMet() {
    // A later late report would lower the share, so meeting 100% in March decides nothing yet.
    IndicatorResult r =
        evaluate(
            FIFTEEN_DAYS, returnedOnMondaySecondMarch(LocalDate.of(2026, 3, 10)), LocalDate.of(2026, 3, 31));
    assertStatus(Status.ON_TRACK, r);
    assertValue("100.00", r);
  }

  @Test
  void midYearOneLateReportMakesEveryReportOnTimeNotMetWhateverTheElapsedShare() {
    // 9 of 10 on time (90%) is well above 100% scaled by the elapsed share in late March (about
    // 49%), but the late report can never become on time: 100% is out of reach.
    YearRecords.Builder b = year();
    for (int i = 0; i < 10; i++) {
      b.addStaff(staff("s" + i))
          .addTrainings(external("t" + i, "s" + i, LocalDate.of(2026, 3, 2)))
          .addTrainingReports(
              report("r" + i, "t" + i, LocalDate.of(2026, 3, i == 0 ? 18 : 10)));
    }
    IndicatorResult r = evaluate(FIFTEEN_DAYS, b, LocalDate.of(2026, 3, 31));
    assertStatus(Status.NOT_MET, r);
    assertValue("90.00", r);
    assertTrue(r.reason().en().contains("can no longer be reached"), r.reason().en());
    assertTrue(r.reason().th().contains("ไม่อาจได้"), r.reason().th());
  }

  @Test
  void aReportNotYetDueIsNotHeldAgainstAnyone() {
    YearRecords.Builder b =
        year().addStaff(staff("s1")).addTrainings(external("t1", "s1", LocalDate.of(2026, 3, 2)));
    assertStatus(Status.NO_DATA, evaluate(FIFTEEN_DAYS, b, LocalDate.of(2026, 3, 17)));
    IndicatorResult overdue = evaluate(FIFTEEN_DAYS, b, LocalDate.of(2026, 3, 18));
    assertStatus(Status.NOT_MET, overdue); // one overdue report puts 100% out of reach
    assertValue("0.00", overdue);
  }

  @Test
  void aReportFiledBeforeItsDueDayIsNotYetDueSoFar() {
    YearRecords.Builder b =
        year()
            .addStaff(staff("s1"))
            .addTrainings(external("t1", "s1", LocalDate.of(2026, 3, 2)))
            .addTrainingReports(report("r1", "t1", LocalDate.of(2026, 3, 5)));
    IndicatorResult early = evaluate(FIFTEEN_DAYS, b, LocalDate.of(2026, 3, 10));
    assertStatus(Status.NO_DATA, early);
    assertTrue(early.reason().en().contains("1 not yet due"), early.reason().en());
    assertStatus(Status.ON_TRACK, evaluate(FIFTEEN_DAYS, b, LocalDate.of(2026, 3, 18)));
  }

  private static IndicatorRule.BeforeAfter improvedAtLeast(int percent) {
    return new IndicatorRule.BeforeAfter(
        RecordFilter.any(), new ParsedTarget.Percentage(Comparator.AT_LEAST, BigDecimal.valueOf(percent)));
  }

  private static YearRecords.Builder fourTrained() {
    return year()
        .addStaff(staff("s1"), staff("s2"), staff("s3"), staff("s4"))
        .addTrainings(
            external("t1", "s1", LocalDate.of(2025, 11, 5)),
            external("t1b", "s1", LocalDate.of(2026, 1, 5)),
            external("t2", "s2", LocalDate.of(2025, 11, 5)),
            external("t3", "s3", LocalDate.of(2025, 11, 5)),
            external("t4", "s4", LocalDate.of(2025, 11, 5)))
        .addSupervisorRatings(
            new SupervisorRating("g1", "t1", 3, 4, LocalDate.of(2026, 1, 10)),
            new SupervisorRating("g1b", "t1b", 4, 4, LocalDate.of(2026, 3, 10)),
            new SupervisorRating("g2", "t2", 3, 3, LocalDate.of(2026, 1, 10)),
            new SupervisorRating("g3", "t3", 4, 3, LocalDate.of(2026, 1, 10)));
  }

  @Test
  void oneOfFourTrainedStaffRatedHigher() {
    // s1 improved after one of two trainings, s2 the same, s3 lower, s4 not rated: 1 of 4.
    IndicatorResult r = evaluate(improvedAtLeast(25), fourTrained(), YEAR_END);
    assertStatus(Status.MET, r);
    assertValue("25.00", r);
    assertEquals(OptionalLong.of(4), r.denominator());
    assertTrue(r.reason().en().contains("1 not rated yet"), r.reason().en());
    assertStatus(Status.NOT_MET, evaluate(improvedAtLeast(26), fourTrained(), YEAR_END));
  }

  @Test
  void trainingsWithoutAnyRatingAreNoData() {
    YearRecords.Builder b =
        year().addStaff(staff("s1")).addTrainings(external("t1", "s1", LocalDate.of(2025, 11, 5)));
    assertStatus(Status.NO_DATA, evaluate(improvedAtLeast(50), b, YEAR_END));
  }
}
