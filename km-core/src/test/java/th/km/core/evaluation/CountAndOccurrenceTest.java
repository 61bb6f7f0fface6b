package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.core.evaluation.KnownAnswerFixtures.MID_YEAR;
import static th.km.core.evaluation.KnownAnswerFixtures.YEAR_END;
import static th.km.core.evaluation.KnownAnswerFixtures.assertStatus;
import static th.km.core.evaluation.KnownAnswerFixtures.assertValue;
import static th.km.core.evaluation.KnownAnswerFixtures.evaluate;
import static th.km.core.evaluation.KnownAnswerFixtures.indicator;
import static th.km.core.evaluation.KnownAnswerFixtures.staff;
import static th.km.core.evaluation.KnownAnswerFixtures.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.KmPlan;
import th.km.core.records.AccessEvent;
import th.km.core.records.EvaluationReport;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.testing.EvaluationPlans;

/** Known answers, worked out by hand, for counts, occurrences and report-only indicators. */
class CountAndOccurrenceTest {

  /** "พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน": distinct staff attending workshops. */
  private static final IndicatorRule.Count FIVE_AT_WORKSHOPS =
      new IndicatorRule.Count(
          RecordSelector.of(
              RecordKind.MEETING, RecordFilter.builder().addMeetingKinds(MeetingKind.WORKSHOP).build()),
          CountUnit.PERSONS,
          new ParsedTarget.Count(Comparator.AT_LEAST, 5, "คน"));

  private static Meeting meeting(String id, MeetingKind kind, LocalDate day, List<String> attendees) {
    return Meeting.builder()
        .id(id)
        .meetingKind(kind)
        .title("อบรมเชิงปฏิบัติการการจัดทำคู่มือการปฏิบัติงาน")
        .date(day)
        .attendeeIds(attendees)
        .build();
  }

  private static YearRecords.Builder staffed(int n) {
    YearRecords.Builder b = year();
    IntStream.rangeClosed(1, n).forEach(i -> b.addStaff(staff("s" + i)));
    return b;
  }

  @Test
  void fiveDistinctAttendeesMeetAtLeastFive() {
    YearRecords.Builder records =
        staffed(5)
            .addMeetings(
                meeting("m1", MeetingKind.WORKSHOP, LocalDate.of(2025, 11, 10), List.of("s1", "s2", "s3")),
                meeting("m2", MeetingKind.WORKSHOP, LocalDate.of(2026, 2, 3), List.of("s3", "s4", "s5")));
    IndicatorResult r = evaluate(FIVE_AT_WORKSHOPS, records, YEAR_END);
    assertStatus(Status.MET, r);
    assertValue("5", r);
    assertEquals(List.of("m1", "m2", "s1", "s2", "s3", "s4", "s5"), r.recordIds());
    assertTrue(r.reason().th().contains("ไม่น้อยกว่า 5 คน"), r.reason().th());
  }

  @Test
  void fourAttendeesAtTheEndAreNotMet() {
    YearRecords.Builder records =
        staffed(5)
            .addMeetings(
                meeting("m1", MeetingKind.WORKSHOP, LocalDate.of(2025, 11, 10), List.of("s1", "s2")),
                meeting("m2", MeetingKind.WORKSHOP, LocalDate.of(2026, 2, 3), List.of("s2", "s3", "s4")),
                meeting("m3", MeetingKind.KM_COMMITTEE, LocalDate.of(2026, 2, 3), List.of("s5")));
    IndicatorResult r = evaluate(FIVE_AT_WORKSHOPS, records, YEAR_END);
    assertStatus(Status.NOT_MET, r);
    assertValue("4", r);
  }

  @Test
  void noMeetingRecordedAtAllIsNotMetAfterTheYearNotNoData() {
    IndicatorResult r = evaluate(FIVE_AT_WORKSHOPS, staffed(5), YEAR_END);
    assertStatus(Status.NOT_MET, r);
    assertValue("0", r);
  }

  @Test
  void noMeetingYetIsOnTrackWhileTheExpectedNumberRoundsDownToZeroThenAtRisk() {
    // 5 persons over the year: 0.9 expected by mid-October rounds down to 0, 2 by late March.
    assertStatus(Status.ON_TRACK, evaluate(FIVE_AT_WORKSHOPS, staffed(5), LocalDate.of(2025, 10, 20)));
    assertStatus(Status.AT_RISK, evaluate(FIVE_AT_WORKSHOPS, staffed(5), MID_YEAR));
  }

  @Test
  void aRecordAfterTheAsOfDayIsNotCounted() {
    YearRecords.Builder records =
        staffed(5)
            .addMeetings(
                meeting("m1", MeetingKind.WORKSHOP, LocalDate.of(2025, 11, 10), List.of("s1", "s2", "s3")),
                meeting("m2", MeetingKind.WORKSHOP, LocalDate.of(2026, 4, 1), List.of("s4", "s5")));
    IndicatorResult r = evaluate(FIVE_AT_WORKSHOPS, records, MID_YEAR);
    assertValue("3", r);
    assertEquals(List.of("m1", "s1", "s2", "s3"), r.recordIds());
  }

  /** November 2025 has 30 days; on the 15th, half have passed: 30 × 15/30 = 15 are due. */
  private static final KmPlan THIRTY_MEETINGS_IN_NOVEMBER =
      EvaluationPlans.withIndicators(
          EvaluationPlans.month(2025, 11),
          List.of(
              indicator(
                  new IndicatorRule.Count(
                      RecordSelector.of(RecordKind.MEETING),
                      CountUnit.RECORDS,
                      new ParsedTarget.Count(Comparator.AT_LEAST, 30, "ครั้ง")))));

  private static YearRecords.Builder meetingsOnNovemberDays(int count) {
    YearRecords.Builder b = staffed(1);
    for (int i = 1; i <= count; i++) {
      b.addMeetings(
          meeting("m" + i, MeetingKind.ACTIVITY, LocalDate.of(2025, 11, 1 + (i - 1) % 15), List.of("s1")));
    }
    return b;
  }

  @Test
  void exactlyTheScaledTargetIsOnTrack() {
    IndicatorResult r =
        evaluate(THIRTY_MEETINGS_IN_NOVEMBER, meetingsOnNovemberDays(15), LocalDate.of(2025, 11, 15));
    assertStatus(Status.ON_TRACK, r);
    assertTrue(r.reason().en().contains("50% of the period has passed"), r.reason().en());
    assertTrue(r.reason().en().contains("at least 15 expected"), r.reason().en());
  }

  @Test
  void oneBelowTheScaledTargetIsAtRisk() {
    IndicatorResult r =
        evaluate(THIRTY_MEETINGS_IN_NOVEMBER, meetingsOnNovemberDays(14), LocalDate.of(2025, 11, 15));
    assertStatus(Status.AT_RISK, r);
    assertValue("14", r);
  }

  @Test
  void anAtLeastTargetReachedEarlyIsMet() {
    IndicatorResult r =
        evaluate(THIRTY_MEETINGS_IN_NOVEMBER, meetingsOnNovemberDays(30), LocalDate.of(2025, 11, 15));
    assertStatus(Status.MET, r);
  }

  @Test
  void theSameCountOnTheLastDayIsNotMet() {
    IndicatorResult r =
        evaluate(THIRTY_MEETINGS_IN_NOVEMBER, meetingsOnNovemberDays(29), LocalDate.of(2025, 11, 30));
    assertStatus(Status.NOT_MET, r);
  }

  @Test
  void beforeThePeriodStartsNothingIsDueYet() {
    YearRecords.Builder records =
        staffed(1).addMeetings(meeting("m0", MeetingKind.ACTIVITY, LocalDate.of(2025, 10, 5), List.of("s1")));
    IndicatorResult r = evaluate(THIRTY_MEETINGS_IN_NOVEMBER, records, LocalDate.of(2025, 10, 20));
    assertStatus(Status.ON_TRACK, r);
    assertValue("0", r);
  }

  private static IndicatorRule.Count accesses(ParsedTarget.Count target) {
    return new IndicatorRule.Count(RecordSelector.of(RecordKind.ACCESS_EVENT), CountUnit.QUANTITY, target);
  }

  private static YearRecords.Builder accessesOf(long... hits) {
    YearRecords.Builder b = year();
    for (int i = 0; i < hits.length; i++) {
      b.addAccessEvents(
          new AccessEvent("x" + i, "a1", PublicationChannel.WEBSITE, LocalDate.of(2025, 12, 1 + i), hits[i]));
    }
    return b;
  }

  @Test
  void anAtMostTargetIsOnlyMetAtTheEnd() {
    ParsedTarget.Count atMost3 = new ParsedTarget.Count(Comparator.AT_MOST, 3, "ครั้ง");
    assertStatus(Status.ON_TRACK, evaluate(accesses(atMost3), accessesOf(1, 2), MID_YEAR));
    // Past the cap, a count can only grow: the target cannot be reached any more.
    assertStatus(Status.NOT_MET, evaluate(accesses(atMost3), accessesOf(2, 2), MID_YEAR));
    assertStatus(Status.MET, evaluate(accesses(atMost3), accessesOf(1, 2), YEAR_END));
    assertStatus(Status.NOT_MET, evaluate(accesses(atMost3), accessesOf(2, 2), YEAR_END));
  }

  @Test
  void exactAndRangeTargets() {
    ParsedTarget.Count exactly4 = new ParsedTarget.Count(Comparator.EQUAL, 4, "");
    assertStatus(Status.MET, evaluate(accesses(exactly4), accessesOf(2, 2), YEAR_END));
    assertStatus(Status.NOT_MET, evaluate(accesses(exactly4), accessesOf(2, 3), YEAR_END));
    assertStatus(Status.ON_TRACK, evaluate(accesses(exactly4), accessesOf(2, 2), MID_YEAR));
    assertStatus(Status.NOT_MET, evaluate(accesses(exactly4), accessesOf(2, 3), MID_YEAR));
    ParsedTarget.Count from3to5 = new ParsedTarget.Count(Comparator.BETWEEN, 3, Optional.of(5), "");
    assertStatus(Status.MET, evaluate(accesses(from3to5), accessesOf(1, 2), YEAR_END));
    assertStatus(Status.MET, evaluate(accesses(from3to5), accessesOf(2, 3), YEAR_END));
    assertStatus(Status.NOT_MET, evaluate(accesses(from3to5), accessesOf(3, 3), YEAR_END));
    assertStatus(Status.NOT_MET, evaluate(accesses(from3to5), accessesOf(1, 1), YEAR_END));
    assertStatus(Status.NOT_MET, evaluate(accesses(from3to5), accessesOf(3, 3), MID_YEAR));
  }

  @Test
  void reportOnlyShowsTheSumOfAccessesAndIsNeverMet() {
    IndicatorRule.ReportOnly rule =
        IndicatorRule.ReportOnly.counting(RecordSelector.of(RecordKind.ACCESS_EVENT), CountUnit.QUANTITY);
    IndicatorResult r = evaluate(rule, accessesOf(100, 250), YEAR_END);
    assertStatus(Status.REPORT_ONLY, r);
    assertValue("350", r);
    assertEquals(List.of("x0", "x1"), r.recordIds());
    assertEquals(Optional.empty(), r.target());
  }

  @Test
  void reportOnlyWithoutMeasureHasNoValue() {
    IndicatorResult r = evaluate(IndicatorRule.ReportOnly.nothing(), accessesOf(100), YEAR_END);
    assertStatus(Status.REPORT_ONLY, r);
    assertEquals(Optional.empty(), r.value());
    assertTrue(r.reason().th().contains("รายงานผลเท่านั้น"), r.reason().th());
  }

  private static final KmPlan ONCE_A_YEAR =
      EvaluationPlans.withMonitoring(
          List.of(
              new MonitoringIndicator(
                  "evaluation-report",
                  indicator(new IndicatorRule.Occurrence(RecordSelector.of(RecordKind.EVALUATION_REPORT), 1)))));

  private static EvaluationReport report(String id, LocalDate day) {
    return EvaluationReport.builder().id(id).submittedOn(day).recipient("นายกเทศมนตรี").build();
  }

  @Test
  void aYearlyReportIsOnTrackUntilTheLastDay() {
    YearRecords.Builder lastYearsOnly = year().addEvaluationReports(report("e0", LocalDate.of(2025, 9, 15)));
    IndicatorResult mid = evaluate(ONCE_A_YEAR, lastYearsOnly, MID_YEAR);
    assertStatus(Status.ON_TRACK, mid);
    assertValue("0", mid);
    assertStatus(Status.ON_TRACK, evaluate(ONCE_A_YEAR, lastYearsOnly, LocalDate.of(2026, 9, 29)));
    assertStatus(Status.NOT_MET, evaluate(ONCE_A_YEAR, lastYearsOnly, YEAR_END));
  }

  @Test
  void aYearlyReportFiledIsMet() {
    YearRecords.Builder filed = year().addEvaluationReports(report("e1", LocalDate.of(2026, 6, 1)));
    IndicatorResult r = evaluate(ONCE_A_YEAR, filed, YEAR_END);
    assertStatus(Status.MET, r);
    assertEquals(new IndicatorSubject.Monitoring("evaluation-report"), r.subject());
    assertEquals(List.of("e1"), r.recordIds());
  }

  @Test
  void noReportEverIsNotMetOnceTheYearHasEndedAndOnTrackUntilThen() {
    assertStatus(Status.NOT_MET, evaluate(ONCE_A_YEAR, year(), YEAR_END));
    assertStatus(Status.ON_TRACK, evaluate(ONCE_A_YEAR, year(), LocalDate.of(2026, 9, 29)));
  }

  @Test
  void fourTimesAYearExpectsOneByMidYear() {
    KmPlan quarterly =
        EvaluationPlans.withMonitoring(
            List.of(
                new MonitoringIndicator(
                    "evaluation-report",
                    indicator(new IndicatorRule.Occurrence(RecordSelector.of(RecordKind.EVALUATION_REPORT), 4)))));
    // 4 × 182/365 = 1.99, rounded down: one report is due by 31 March.
    YearRecords.Builder lastYears = year().addEvaluationReports(report("e0", LocalDate.of(2025, 9, 15)));
    assertStatus(Status.AT_RISK, evaluate(quarterly, lastYears, MID_YEAR));
    assertStatus(
        Status.ON_TRACK,
        evaluate(quarterly, lastYears.addEvaluationReports(report("e1", LocalDate.of(2025, 12, 20))), MID_YEAR));
  }
}
