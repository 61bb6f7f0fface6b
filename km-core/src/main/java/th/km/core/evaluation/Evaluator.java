package th.km.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.calendar.MonthRange;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;
import th.km.core.plan.Responsibles;
import th.km.core.records.ActivityRef;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.YearRecords;

/**
 * Evaluates a KM plan against the records of its year as of one day: "where do we stand?". A pure
 * function: the same plan, records, day and holidays give the same {@link Evaluation}, whatever the
 * order the records came in.
 *
 * <p>How statuses are decided:
 *
 * <ul>
 *   <li>Records count from the start of the indicator's period (or, for a to-date selector, from
 *       any earlier day) to the as-of day or the period's end, whichever is first.
 *   <li>After the period: {@link Status#MET} or {@link Status#NOT_MET}. An occurrence or count rule
 *       with nothing recorded is not met: the absence of the event is the data.
 *   <li>Before its end, an at-least target already reached is met: counts only grow as records come
 *       in. An occurrence or at-least count not yet reached is {@link Status#ON_TRACK} while the
 *       number expected so far (the target times the elapsed share of the period, rounded down) is
 *       zero or reached, else {@link Status#AT_RISK}; a percentage not yet reached is on track when
 *       it is at least the target times the elapsed share.
 *   <li>An at-most, exact or range target is only met at the end; until then it is on track while
 *       on pace and not past the cap, else at risk; a count past its cap is not met at once, since
 *       counts only grow.
 *   <li>{@link Status#AT_RISK} turns into {@link Status#NOT_MET} as soon as the target cannot be
 *       reached any more: a count past its cap, or every training report on time when one is
 *       already late or overdue.
 *   <li>{@link Status#NO_DATA} only when the population or set is empty (no staff turning 60, no
 *       one trained), when a source is not recorded at all (no access count, no rating, no
 *       training), or when no training report has fallen due yet. A report is due so far only once
 *       its due day has passed, filed or not; one due and not filed counts as not on time.
 *   <li>Staff retiring or turning 60: retirement falls at the end of the fiscal year in which the
 *       person turns 60; a person who left before the period, or left service before that day, is
 *       not eligible.
 *   <li>{@link Status#REPORT_ONLY} for a rule without target, whatever its number.
 * </ul>
 *
 * <p>The work is linear in the number of records for a given plan, and an evaluation holds one
 * organization's records only, so {@link #evaluateAll} can run the ~7,850 local governments of the
 * country in one pass with memory for one at a time; {@link StatusCounts#plus(StatusCounts)} adds
 * their roll-ups up.
 */
public final class Evaluator {

  private Evaluator() {}

  /**
   * Evaluates every indicator of the plan: those of the activities, over each activity's period
   * (the fiscal year when the period could not be read), and those of the monitoring rules, over
   * the fiscal year.
   *
   * @throws IllegalArgumentException when the records are of another organization or year
   */
  public static Evaluation evaluate(
      KmPlan plan, YearRecords records, LocalDate asOf, HolidayCalendar holidays) {
    new OrganizationYear(plan, records);
    RuleEvaluator rules = new RuleEvaluator(plan, new Selection(records), asOf, holidays);
    List<IndicatorResult> results = new ArrayList<>();
    Map<String, List<DivisionCode>> responsibles = new HashMap<>();
    for (KmGoal goal : plan.goals()) {
      for (PlanActivity activity : goal.activities()) {
        Optional<MonthRange> months = activity.period().months();
        DateRange period = months.isPresent() ? months.get().toDateRange() : plan.fiscalYear().range();
        // Activities often name the same responsible text: each is resolved once per evaluation.
        List<DivisionCode> divisions = responsibles.get(activity.responsible());
        if (divisions == null) {
          divisions = divisionCodes(Responsibles.resolve(activity.responsible(), plan).divisions());
          responsibles.put(activity.responsible(), divisions);
        }
        IndicatorSubject subject =
            new IndicatorSubject.Activity(goal.number(), activity.number(), activity.step());
        int number = 1;
        for (Indicator indicator : activity.indicators()) {
          results.add(
              result(subject, number++, indicator, period, divisions, rules.evaluate(indicator.rule(), period)));
        }
      }
    }
    Map<String, Integer> numbers = new HashMap<>();
    DateRange year = plan.fiscalYear().range();
    for (MonitoringIndicator m : plan.monitoringIndicators()) {
      int number = numbers.getOrDefault(m.ruleKey(), 0) + 1;
      numbers.put(m.ruleKey(), number);
      results.add(
          result(
              new IndicatorSubject.Monitoring(m.ruleKey()),
              number,
              m.indicator(),
              year,
              List.of(),
              rules.evaluate(m.indicator().rule(), year)));
    }
    return Evaluation.builder()
        .organization(records.organization())
        .fiscalYear(records.fiscalYear())
        .asOf(asOf)
        .results(results)
        .rollups(rollups(plan, results))
        .latestProgress(latestProgress(records, asOf))
        .build();
  }

  /**
   * Evaluates organizations one after another as the stream delivers them, all as of one day with
   * one holiday calendar. Lazy: nothing is evaluated before the result stream is consumed, and each
   * organization's records can be dropped once its evaluation is taken.
   */
  public static Stream<Evaluation> evaluateAll(
      Stream<OrganizationYear> years, LocalDate asOf, HolidayCalendar holidays) {
    return years.map(y -> evaluate(y.plan(), y.records(), asOf, holidays));
  }

  /**
   * The part of an evaluation that one division answers for: the indicators of the activities whose
   * responsible text names the division, with the roll-ups counted over those alone. Monitoring
   * indicators belong to the whole organization and are left out.
   */
  public static Evaluation forDivision(KmPlan plan, Evaluation evaluation, DivisionCode division) {
    List<IndicatorResult> results =
        evaluation.results().stream().filter(r -> r.divisions().contains(division)).toList();
    return Evaluation.builder().from(evaluation).results(results).rollups(rollups(plan, results)).build();
  }

  /** The divisions' codes, in their order, as an unmodifiable list. */
  private static List<DivisionCode> divisionCodes(List<Division> divisions) {
    DivisionCode[] codes = new DivisionCode[divisions.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = divisions.get(i).code();
    }
    return List.of(codes);
  }

  private static IndicatorResult result(
      IndicatorSubject subject,
      int number,
      Indicator indicator,
      DateRange period,
      List<DivisionCode> divisions,
      Outcome outcome) {
    IndicatorResult.Builder b =
        IndicatorResult.builder()
            .subject(subject)
            .indicatorNumber(number)
            .indicatorText(indicator.indicatorText())
            .targetText(indicator.targetText())
            .rule(indicator.rule())
            .period(period)
            .status(outcome.status())
            .unit(outcome.unit())
            .target(indicator.rule().target())
            .reason(outcome.reason())
            .recordIdList(new RecordIdList(outcome.recordIds()))
            .divisions(divisions);
    if (outcome.quantity().isPresent()) {
      Quantity q = outcome.quantity().get();
      b.value(q.value());
      if (q.unit() == ValueUnit.PERCENT) {
        b.numerator(q.numerator()).denominator(q.denominator());
      }
    }
    return b.build();
  }

  private static Rollups rollups(KmPlan plan, List<IndicatorResult> results) {
    // Counted in one int per status and key, made StatusCounts once at the end: adding results one
    // by one with StatusCounts.plus built a map per indicator and scope. Loops rather than
    // forEach lambdas: each lambda is a class made at run time on its first use (see
    // docs/batch-evaluation-profile.md, round 4).
    Map<Integer, int[]> byGoal = new LinkedHashMap<>();
    Map<PlanStep, int[]> byStep = new TreeMap<>(Evaluator::compareSteps);
    for (KmGoal g : plan.goals()) {
      byGoal.put(g.number(), new int[STATUSES]);
      for (PlanActivity a : g.activities()) {
        byStep.put(a.step(), new int[STATUSES]);
      }
    }
    Map<DivisionCode, int[]> byDivision = new LinkedHashMap<>();
    for (Division d : plan.divisions()) {
      byDivision.put(d.code(), new int[STATUSES]);
    }
    int[] monitoring = new int[STATUSES];
    int[] organization = new int[STATUSES];
    for (IndicatorResult r : results) {
      int s = r.status().ordinal();
      organization[s]++;
      // A switch over the sealed subject, so that a new kind of subject cannot be counted as a
      // monitoring indicator unnoticed: the compiler asks for its case.
      switch (r.subject()) {
        case IndicatorSubject.Activity a -> {
          counts(byGoal, a.goal())[s]++;
          counts(byStep, a.step())[s]++;
          for (DivisionCode d : r.divisions()) {
            counts(byDivision, d)[s]++;
          }
        }
        case IndicatorSubject.Monitoring m -> monitoring[s]++;
      }
    }
    Map<String, StatusCounts> stepsByKey = new LinkedHashMap<>();
    for (Map.Entry<PlanStep, int[]> e : byStep.entrySet()) {
      stepsByKey.put(e.getKey().key(), StatusCounts.ofCounts(e.getValue()));
    }
    return Rollups.builder()
        .byGoal(counted(byGoal))
        .byStep(stepsByKey)
        .byDivision(counted(byDivision))
        .monitoring(StatusCounts.ofCounts(monitoring))
        .organization(StatusCounts.ofCounts(organization))
        .build();
  }

  private static final int STATUSES = Status.values().length;

  /** The key's counts, new (all zero) when the key has none yet. */
  private static <K> int[] counts(Map<K, int[]> counts, K key) {
    int[] c = counts.get(key);
    if (c == null) {
      c = new int[STATUSES];
      counts.put(key, c);
    }
    return c;
  }

  /** The steps in the order of their frameworks, then of their numbers. */
  private static int compareSteps(PlanStep a, PlanStep b) {
    int byFramework = a.framework().compareTo(b.framework());
    return byFramework != 0 ? byFramework : Integer.compare(a.number(), b.number());
  }

  private static <K> Map<K, StatusCounts> counted(Map<K, int[]> counts) {
    Map<K, StatusCounts> counted = new LinkedHashMap<>();
    for (Map.Entry<K, int[]> e : counts.entrySet()) {
      counted.put(e.getKey(), StatusCounts.ofCounts(e.getValue()));
    }
    return counted;
  }

  private static List<ProgressUpdate> latestProgress(YearRecords records, LocalDate asOf) {
    Map<ActivityRef, ProgressUpdate> latest = new TreeMap<>();
    for (ProgressUpdate p : records.progressUpdates()) {
      if (!p.date().isAfter(asOf)) {
        ProgressUpdate before = latest.get(p.activity());
        latest.put(p.activity(), before == null ? p : later(before, p));
      }
    }
    return List.copyOf(latest.values());
  }

  /** The later of two updates by day, then by id (the first when both are equal). */
  private static ProgressUpdate later(ProgressUpdate a, ProgressUpdate b) {
    int byDay = a.date().compareTo(b.date());
    return (byDay != 0 ? byDay : a.id().compareTo(b.id())) >= 0 ? a : b;
  }
}
