package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.calendar.MonthRange;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.core.testing.CalendarGenerators;
import th.km.core.testing.EvaluationPlans;
import th.km.core.testing.IndicatorGenerator;
import th.km.core.testing.RecordGenerator;

/**
 * Invariants of the evaluation over many random plans, years and days. Each test draws a fresh seed
 * and names it in every assertion message, so that a failure replays with {@code new Random(seed)}.
 */
class EvaluatorPropertyTest {

  private static final int CASES = 200;
  private static final List<DivisionCode> DIVISIONS =
      EvaluationPlans.DIVISIONS.stream().map(Division::code).toList();
  private static final DateRange AROUND_THE_YEAR =
      new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 11, 30));

  private static KmPlan plan(Random random, List<Indicator> indicators) {
    YearMonth start = YearMonth.of(2025, 10).plusMonths(random.nextInt(12));
    YearMonth end = start.plusMonths(random.nextInt((int) start.until(YearMonth.of(2026, 9), java.time.temporal.ChronoUnit.MONTHS) + 1));
    return EvaluationPlans.withIndicators(new MonthRange(start, end), indicators);
  }

  private static List<Indicator> indicators(Random random, int n) {
    List<Indicator> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(IndicatorGenerator.indicator(random, DIVISIONS));
    }
    return list;
  }

  private static LocalDate day(Random random) {
    return CalendarGenerators.dateWithin(random, AROUND_THE_YEAR);
  }

  private static Evaluation evaluate(KmPlan plan, YearRecords records, LocalDate asOf) {
    return Evaluator.evaluate(plan, records, asOf, HolidayCalendar.none());
  }

  /** The kind whose records raise the rule's value, where adding one must never lower it. */
  private static Optional<RecordKind> raisingKind(IndicatorRule rule) {
    return switch (rule) {
      case IndicatorRule.Count c -> Optional.of(c.selector().kind());
      // A staff record also joins the population or the set, so it is not only a qualifying one.
      case IndicatorRule.Percentage p ->
          Optional.of(p.qualifying().kind()).filter(k -> k != RecordKind.STAFF);
      case IndicatorRule.Coverage c ->
          Optional.of(c.qualifying().kind()).filter(k -> k != RecordKind.STAFF);
      default -> Optional.empty();
    };
  }

  @Test
  void addingAQualifyingRecordNeverLowersACountPercentageOrCoverage() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    int compared = 0;
    int raised = 0;
    for (int i = 0; i < CASES * 3; i++) {
      IndicatorRule rule =
          switch (random.nextInt(3)) {
            case 0 -> IndicatorGenerator.count(random, DIVISIONS);
            case 1 -> IndicatorGenerator.percentage(random, DIVISIONS);
            default -> IndicatorGenerator.coverage(random, DIVISIONS);
          };
      Optional<RecordKind> kind = raisingKind(rule);
      if (kind.isEmpty()) {
        continue;
      }
      KmPlan plan = plan(random, List.of(new Indicator("ตัวชี้วัด", "เป้าหมาย", rule)));
      YearRecords year = RecordGenerator.year(random, plan, 1 + random.nextInt(25));
      Optional<YearRecord> extra = RecordGenerator.oneMore(random, year, kind.get(), DIVISIONS);
      if (extra.isEmpty()) {
        continue;
      }
      LocalDate asOf = day(random);
      IndicatorResult before = evaluate(plan, year, asOf).results().get(0);
      IndicatorResult after =
          evaluate(plan, RecordGenerator.with(year, extra.get()), asOf).results().get(0);
      if (before.value().isPresent() && after.value().isPresent()) {
        compared++;
        int cmp = after.value().get().compareTo(before.value().get());
        assertTrue(
            cmp >= 0,
            "seed " + seed + " case " + i + ": adding " + extra.get() + " lowered " + rule + " from "
                + before.value().get() + " to " + after.value().get());
        if (cmp > 0) {
          raised++;
        }
      }
    }
    assertTrue(compared > CASES / 4, "seed " + seed + ": only " + compared + " cases had two values");
    assertTrue(raised > 0, "seed " + seed + ": no added record ever raised a value");
  }

  @Test
  void withoutAnyRecordNothingIsMet() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      KmPlan plan = plan(random, indicators(random, 1 + random.nextInt(5)));
      YearRecords nothing = RecordGenerator.empty(plan.organization().code(), plan.fiscalYear());
      for (IndicatorResult r : evaluate(plan, nothing, day(random)).results()) {
        // An event that did not happen is data: before the end it is on track or at risk.
        boolean event =
            r.rule() instanceof IndicatorRule.Occurrence
                || r.rule() instanceof IndicatorRule.Count c
                    && c.countTarget().comparator() == th.km.core.target.Comparator.AT_LEAST
                    && c.countTarget().value() > 0;
        if (r.rule() instanceof IndicatorRule.Count c && !event) {
          continue; // "at most" or "exactly 0" may be met by nothing at all
        }
        Set<Status> allowed =
            r.rule() instanceof IndicatorRule.ReportOnly
                ? EnumSet.of(Status.REPORT_ONLY)
                : event
                    ? EnumSet.of(Status.NO_DATA, Status.NOT_MET, Status.ON_TRACK, Status.AT_RISK)
                    : EnumSet.of(Status.NO_DATA, Status.NOT_MET);
        assertTrue(
            allowed.contains(r.status()),
            "seed " + seed + " case " + i + ": " + r.rule() + " is " + r.status() + " without records");
      }
    }
  }

  @Test
  void resultsDoNotDependOnTheOrderOfRecords() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      KmPlan plan = plan(random, indicators(random, 1 + random.nextInt(6)));
      YearRecords year = RecordGenerator.year(random, plan, 1 + random.nextInt(30));
      LocalDate asOf = day(random);
      assertEquals(
          evaluate(plan, year, asOf),
          evaluate(plan, RecordGenerator.shuffled(random, year), asOf),
          "seed " + seed + " case " + i);
    }
  }

  @Test
  void evaluationIsDeterministic() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      long caseSeed = random.nextLong();
      Evaluation first = randomEvaluation(new Random(caseSeed));
      Evaluation second = randomEvaluation(new Random(caseSeed));
      assertEquals(first, second, "seed " + seed + " case " + i);
    }
  }

  private static Evaluation randomEvaluation(Random random) {
    KmPlan plan = plan(random, indicators(random, 1 + random.nextInt(6)));
    YearRecords year = RecordGenerator.year(random, plan, 1 + random.nextInt(30));
    return evaluate(plan, year, day(random));
  }

  @Test
  void everyResultIsConsistent() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      KmPlan plan = plan(random, indicators(random, 1 + random.nextInt(6)));
      YearRecords year = RecordGenerator.year(random, plan, 1 + random.nextInt(30));
      LocalDate asOf = day(random);
      for (IndicatorResult r : evaluate(plan, year, asOf).results()) {
        String where = "seed " + seed + " case " + i + ": " + r.rule() + " -> " + r.status() + " " + r.reason();
        assertEquals(r.recordIds().stream().sorted().distinct().toList(), r.recordIds(), where);
        r.recordIds().forEach(id -> assertTrue(year.byId(id).isPresent(), where + " names unknown " + id));
        if (r.status() == Status.MET || r.status() == Status.NOT_MET) {
          assertTrue(r.value().isPresent(), where);
        }
        if (!asOf.isBefore(r.period().end())) {
          assertTrue(
              EnumSet.of(Status.MET, Status.NOT_MET, Status.NO_DATA, Status.REPORT_ONLY).contains(r.status()),
              where);
        }
        if (r.numerator().isPresent()) {
          assertTrue(r.numerator().getAsLong() <= r.denominator().orElseThrow(), where);
        }
        assertEquals(r.rule() instanceof IndicatorRule.ReportOnly, r.status() == Status.REPORT_ONLY, where);
      }
    }
  }

  @Test
  void aBatchGivesWhatEachOrganizationGivesAlone() {
    long seed = CalendarGenerators.newSeed();
    Random random = new Random(seed);
    List<OrganizationYear> years = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      KmPlan plan = plan(random, indicators(random, 1 + random.nextInt(4)));
      years.add(new OrganizationYear(plan, RecordGenerator.year(random, plan, 1 + random.nextInt(20))));
    }
    LocalDate asOf = day(random);
    List<Evaluation> batch = Evaluator.evaluateAll(years.stream(), asOf, HolidayCalendar.none()).toList();
    for (int i = 0; i < years.size(); i++) {
      assertEquals(evaluate(years.get(i).plan(), years.get(i).records(), asOf), batch.get(i), "seed " + seed);
    }
    StatusCounts national = batch.stream().map(e -> e.rollups().organization()).reduce(StatusCounts.none(), StatusCounts::plus);
    assertEquals(batch.stream().mapToInt(e -> e.results().size()).sum(), national.total(), "seed " + seed);
  }
}
