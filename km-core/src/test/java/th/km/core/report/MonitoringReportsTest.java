package th.km.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.KmPlan;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ReportRound;
import th.km.core.records.YearRecords;
import th.km.core.testing.CalendarGenerators;
import th.km.core.testing.NoteGenerator;
import th.km.core.testing.PlanGenerator;
import th.km.core.testing.RecordGenerator;

/**
 * The M&amp;E report model: its statuses and values are the evaluation's of the same day, and it
 * carries exactly the notes of its round entered by that day, over generated plans and years.
 */
class MonitoringReportsTest {

  private static final int CASES = 60;

  @Test
  void theReportSaysWhatTheEvaluationSaysAndCarriesExactlyItsRoundsNotes() {
    long seed = CalendarGenerators.newSeed();
    System.out.println("MonitoringReportsTest seed " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      KmPlan plan = PlanGenerator.plan(random);
      FiscalYear fy = plan.fiscalYear();
      YearRecords.Builder b =
          YearRecords.builder().from(RecordGenerator.year(random, plan, 1 + random.nextInt(20)));
      for (int n = 0; n < random.nextInt(8); n++) {
        b.addMonitoringNotes(NoteGenerator.note(random, "note-" + n, fy, false));
      }
      YearRecords year = b.build();
      LocalDate asOf = fy.firstDay().plusDays(random.nextInt(420));
      ReportRound.Kind kind = ReportRound.Kind.values()[random.nextInt(3)];
      String at = "seed " + seed + " case " + i + " " + kind + " as of " + asOf;

      MonitoringReport report =
          MonitoringReports.build(plan, year, kind, asOf, HolidayCalendar.none());
      Evaluation evaluation = Evaluator.evaluate(plan, year, asOf, HolidayCalendar.none());

      assertEquals(evaluation.results(), report.indicators().toList(), at);
      LocalDate last = asOf.isAfter(fy.lastDay()) ? fy.lastDay() : asOf;
      ReportRound round = ReportRound.containing(kind, last);
      assertEquals(round, report.round(), at);
      assertEquals(last, report.period().end(), at);
      assertEquals(round.period(fy).start(), report.period().start(), at);
      List<MonitoringNote> expected =
          year.monitoringNotes().stream()
              .filter(n -> n.round().equals(round) && !n.date().isAfter(asOf))
              .toList();
      assertEquals(expected.size(), report.notes().size(), at);
      assertTrue(report.notes().containsAll(expected), at);
      report.trainings().forEach(t -> assertTrue(report.period().contains(t.returned()), at));
      assertEquals(
          report.indicators().count(),
          report.statusCounts().values().stream().mapToInt(Integer::intValue).sum(),
          at);
      if (!report.signatories().isEmpty()
          && report.signatories().stream().anyMatch(s -> s.role() == CommitteeRole.CHAIR)) {
        assertEquals(CommitteeRole.CHAIR, report.signatories().get(0).role(), at);
      }
    }
  }

  @Test
  void aDayBeforeTheFiscalYearIsRefused() {
    KmPlan plan = PlanGenerator.plan(new Random(7));
    YearRecords none = RecordGenerator.empty(plan.organization().code(), plan.fiscalYear());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MonitoringReports.build(
                    plan,
                    none,
                    ReportRound.Kind.ANNUAL,
                    plan.fiscalYear().firstDay().minusDays(1),
                    HolidayCalendar.none()));
    assertTrue(e.getMessage().contains("before fiscal year"), e.getMessage());
  }

  @Test
  void theRoundHoldingADayIsTheFiscalQuarterOrHalfItFallsIn() {
    LocalDate february = LocalDate.of(2026, 2, 10);
    LocalDate july = LocalDate.of(2026, 7, 1);
    assertEquals(new ReportRound(ReportRound.Kind.QUARTER, 2), ReportRound.containing(ReportRound.Kind.QUARTER, february));
    assertEquals(new ReportRound(ReportRound.Kind.HALF_YEAR, 1), ReportRound.containing(ReportRound.Kind.HALF_YEAR, february));
    assertEquals(new ReportRound(ReportRound.Kind.QUARTER, 4), ReportRound.containing(ReportRound.Kind.QUARTER, july));
    assertEquals(new ReportRound(ReportRound.Kind.HALF_YEAR, 2), ReportRound.containing(ReportRound.Kind.HALF_YEAR, july));
    assertEquals(
        LocalDate.of(2026, 1, 1),
        new ReportRound(ReportRound.Kind.QUARTER, 2).period(FiscalYear.ofBuddhistYear(2569)).start());
    assertThrows(IllegalArgumentException.class, () -> new ReportRound(ReportRound.Kind.HALF_YEAR, 3));
  }
}
