package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.RecordSelector;
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
 * The shortcuts of the selection against what they replaced, on random years with shuffled records
 * and ids used twice: picking from the records sorted by id once (and skipping the facets of a
 * filter without any) against filtering then sorting each selection stably, the one-pass id
 * lists against a {@link TreeSet}, and whether a kind has a record by a day (looked for until one
 * is found, the earliest day kept otherwise) against a look at every record. The seed is printed and named in every message.
 */
class SelectionOracleTest {

  private static final int CASES = 300;
  private static final List<DivisionCode> DIVISIONS =
      EvaluationPlans.DIVISIONS.stream().map(Division::code).toList();
  private static final DateRange AROUND_THE_YEAR =
      new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 11, 30));

  @Test
  void selectGivesWhatFilteringThenSortingGave() {
    long seed = CalendarGenerators.newSeed();
    System.out.println("SelectionOracleTest seed " + seed);
    Random random = new Random(seed);
    KmPlan plan = EvaluationPlans.withIndicators(List.of());
    for (int i = 0; i < CASES; i++) {
      YearRecords year = withRepeats(random, RecordGenerator.year(random, plan, 1 + random.nextInt(25)));
      Selection selection = new Selection(year);
      for (int k = 0; k < 10; k++) {
        RecordKind kind = RecordGenerator.oneOf(random, RecordKind.class);
        RecordSelector selector =
            RecordSelector.of(kind, IndicatorGenerator.filter(random, kind, DIVISIONS));
        selector = random.nextInt(4) == 0 ? selector.toDate() : selector;
        LocalDate a = CalendarGenerators.dateWithin(random, AROUND_THE_YEAR);
        LocalDate b = CalendarGenerators.dateWithin(random, AROUND_THE_YEAR);
        DateRange period = a.isAfter(b) ? new DateRange(b, a) : new DateRange(a, b);
        LocalDate upTo = CalendarGenerators.dateWithin(random, AROUND_THE_YEAR);
        List<YearRecord> expected = new ArrayList<>();
        for (YearRecord r : year.ofKind(kind)) {
          if (selection.matches(r, selector.filter()) && selection.inWindow(r, selector, period, upTo)) {
            expected.add(r);
          }
        }
        expected.sort(Comparator.comparing(YearRecord::id));
        List<YearRecord> picked = selection.select(selector, period, upTo);
        String where = "seed " + seed + " case " + i + " " + selector;
        assertEquals(expected, picked, where);
        List<String> distinct = List.copyOf(new TreeSet<>(ids(picked)));
        assertEquals(distinct, RuleEvaluator.distinctIds(picked), where);
        if (selection.idsDistinct(kind)) {
          assertEquals(distinct, ids(picked), where);
        }
        boolean any =
            year.ofKind(kind).stream().anyMatch(r -> !r.occurredOn().orElse(LocalDate.MIN).isAfter(upTo));
        assertEquals(any, selection.anyRecorded(kind, upTo), where + " any recorded by " + upTo);
      }
    }
  }

  /**
   * Counting records or summing quantities in one pass over the records sorted by id gives what
   * selecting them first gave: the picked records' number or quantities, and their ids each once.
   */
  @Test
  void tallyInOnePassGivesWhatSelectingThenCountingGave() {
    long seed = CalendarGenerators.newSeed();
    System.out.println("SelectionOracleTest seed " + seed);
    Random random = new Random(seed);
    KmPlan plan = EvaluationPlans.withIndicators(List.of());
    for (int i = 0; i < CASES; i++) {
      YearRecords year = withRepeats(random, RecordGenerator.year(random, plan, 1 + random.nextInt(25)));
      LocalDate asOf = CalendarGenerators.dateWithin(random, AROUND_THE_YEAR);
      RuleEvaluator rules =
          new RuleEvaluator(plan, new Selection(year), asOf, HolidayCalendar.none());
      Selection oracle = new Selection(year);
      for (int k = 0; k < 10; k++) {
        RecordKind kind = RecordGenerator.oneOf(random, RecordKind.class);
        RecordSelector selector =
            RecordSelector.of(kind, IndicatorGenerator.filter(random, kind, DIVISIONS));
        selector = random.nextInt(4) == 0 ? selector.toDate() : selector;
        LocalDate a = CalendarGenerators.dateWithin(random, AROUND_THE_YEAR);
        LocalDate b = CalendarGenerators.dateWithin(random, AROUND_THE_YEAR);
        DateRange period = a.isAfter(b) ? new DateRange(b, a) : new DateRange(a, b);
        LocalDate upTo = CalendarGenerators.dateWithin(random, AROUND_THE_YEAR);
        List<YearRecord> picked = oracle.select(selector, period, upTo);
        List<String> ids =
            oracle.idsDistinct(kind) ? ids(picked) : RuleEvaluator.distinctIds(picked);
        String where = "seed " + seed + " case " + i + " " + selector;
        RuleEvaluator.Tally records = rules.tally(selector, CountUnit.RECORDS, period, upTo);
        assertEquals(picked.size(), records.value(), where);
        assertEquals(ids, records.ids(), where);
        RuleEvaluator.Tally quantity = rules.tally(selector, CountUnit.QUANTITY, period, upTo);
        assertEquals(picked.stream().mapToLong(YearRecord::quantity).sum(), quantity.value(), where);
        assertEquals(ids, quantity.ids(), where);
      }
    }
  }

  @Test
  void sortedIdsGiveWhatATreeSetGave() {
    long seed = CalendarGenerators.newSeed();
    System.out.println("SelectionOracleTest seed " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      TreeSet<String> tree = new TreeSet<>();
      SortedIds ids = new SortedIds();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        String id = (random.nextBoolean() ? "s" : "rpt-") + random.nextInt(30);
        // Ids of records picked and ids they lead to, in any order and mix of the two series.
        switch (random.nextInt(5)) {
          case 0 -> {
            List<String> more = List.of(id, id + "x", "ก" + id);
            tree.addAll(more);
            ids.addAllReferenced(more);
          }
          case 1, 2 -> {
            tree.add(id);
            ids.addReferenced(id);
          }
          default -> {
            tree.add(id);
            ids.add(id);
          }
        }
      }
      assertEquals(List.copyOf(tree), ids.toList(), "seed " + seed + " case " + i);
    }
  }

  private static YearRecords sortedById(YearRecords year) {
    return YearRecords.builder()
        .organization(year.organization())
        .fiscalYear(year.fiscalYear())
        .staff(byId(year.staff()))
        .trainings(byId(year.trainings()))
        .trainingReports(byId(year.trainingReports()))
        .supervisorRatings(byId(year.supervisorRatings()))
        .knowledgeAssets(byId(year.knowledgeAssets()))
        .meetings(byId(year.meetings()))
        .acknowledgements(byId(year.acknowledgements()))
        .accessEvents(byId(year.accessEvents()))
        .recognitions(byId(year.recognitions()))
        .progressUpdates(byId(year.progressUpdates()))
        .evaluationReports(byId(year.evaluationReports()))
        .monitoringNotes(byId(year.monitoringNotes()))
        .build();
  }

  private static <T extends YearRecord> List<T> byId(List<T> records) {
    List<T> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(YearRecord::id));
    return sorted;
  }

  private static List<String> ids(List<YearRecord> records) {
    return records.stream().map(YearRecord::id).toList();
  }

  /**
   * The year shuffled, or with each kind sorted by id (as records read in id order come), with a
   * few records added again so that their ids repeat now and then.
   */
  private static YearRecords withRepeats(Random random, YearRecords year) {
    YearRecords shuffled =
        random.nextBoolean() ? RecordGenerator.shuffled(random, year) : sortedById(year);
    List<YearRecord> all = shuffled.all().toList();
    int repeats = all.isEmpty() || random.nextBoolean() ? 0 : random.nextInt(4);
    for (int k = 0; k < repeats; k++) {
      shuffled = RecordGenerator.with(shuffled, all.get(random.nextInt(all.size())));
    }
    return shuffled;
  }
}
