package th.km.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;

/**
 * Evaluates rules against one organization's year as of one day. Each rule reads only the records
 * of the kinds it needs, through the year's indices, so a rule costs time linear in those records.
 *
 * <p>Records count when they fall from the start of the period to the as-of day or the period's
 * end, whichever is first. Reports and ratings of trainings in the period count up to the as-of
 * day itself, so a report filed in October on a September training is seen.
 *
 * <p>Counts, occurrences and report-only measures are evaluated here; shares of a population or a
 * set in {@link ShareRuleEvaluator}; what follows a training in {@link TrainingRuleEvaluator}.
 */
final class RuleEvaluator {

  private final KmPlan plan;
  private final Selection selection;
  private final LocalDate asOf;
  private final ShareRuleEvaluator shares;
  private final TrainingRuleEvaluator trainings;
  /**
   * The tallies taken so far in this evaluation: plans often measure the same records twice (an
   * activity's indicator and a monitoring rule's), and a tally of access counts may read thousands.
   */
  private final Map<TallyKey, Tally> tallies = new HashMap<>();

  /** What a tally depends on, the evaluation's records and day aside. */
  private record TallyKey(RecordSelector selector, CountUnit unit, DateRange period, LocalDate upTo) {
    // Written out: a record's own equals and hashCode run through method handles, slow until the
    // optimizing compiler inlines them, and a tally is looked up from the first indicator on.
    @Override
    public boolean equals(Object o) {
      return o instanceof TallyKey k
          && selector.equals(k.selector)
          && unit == k.unit
          && period.equals(k.period)
          && upTo.equals(k.upTo);
    }

    @Override
    public int hashCode() {
      return ((31 * selector.hashCode() + unit.hashCode()) * 31 + period.hashCode()) * 31
          + upTo.hashCode();
    }
  }

  RuleEvaluator(KmPlan plan, Selection selection, LocalDate asOf, HolidayCalendar holidays) {
    this.plan = plan;
    this.selection = selection;
    this.asOf = asOf;
    this.shares = new ShareRuleEvaluator(plan, selection);
    this.trainings = new TrainingRuleEvaluator(plan, selection, asOf, holidays);
  }

  Outcome evaluate(IndicatorRule rule, DateRange period) {
    LocalDate upTo = asOf.isBefore(period.end()) ? asOf : period.end();
    Elapsed elapsed = Elapsed.of(period, asOf);
    return switch (rule) {
      case IndicatorRule.Count c -> count(c, period, upTo, elapsed);
      case IndicatorRule.Percentage p -> shares.percentage(p, period, upTo, elapsed);
      case IndicatorRule.Coverage c -> shares.coverage(c, period, upTo, elapsed);
      case IndicatorRule.DeadlineCompliance d -> trainings.deadlines(d, period, upTo, elapsed);
      case IndicatorRule.Occurrence o -> occurrence(o, period, upTo, elapsed);
      case IndicatorRule.BeforeAfter b -> trainings.beforeAfter(b, period, upTo, elapsed);
      case IndicatorRule.ReportOnly r -> reportOnly(r, period, upTo);
    };
  }

  /** A tally of selected records in one unit, with the ids behind it. */
  record Tally(long value, List<String> ids) {}

  /** The selected records' number, persons or quantity, with the ids of the records (and persons). */
  Tally tally(RecordSelector selector, CountUnit unit, DateRange period, LocalDate upTo) {
    return tallies.computeIfAbsent(
        new TallyKey(selector, unit, period, upTo), k -> tallyOnce(selector, unit, period, upTo));
  }

  private Tally tallyOnce(RecordSelector selector, CountUnit unit, DateRange period, LocalDate upTo) {
    if (unit != CountUnit.PERSONS) {
      return recordsOrQuantity(selector, unit == CountUnit.QUANTITY, period, upTo);
    }
    List<YearRecord> picked = selection.select(selector, period, upTo);
    SortedIds ids = new SortedIds();
    Set<String> persons = new HashSet<>();
    for (YearRecord r : picked) {
      List<String> counted = selection.personsCounted(r, selector.filter());
      if (!counted.isEmpty()) {
        ids.add(r.id());
        ids.addAllReferenced(counted);
        persons.addAll(counted);
      }
    }
    return new Tally(persons.size(), ids.toList());
  }

  /**
   * The selected records counted, or their quantities summed, with their ids, each once, in one
   * pass over the kind's records sorted by id: what {@link Selection#select} picks, without a list
   * of the picked records (an access count may pick thousands). Records with one id are next to
   * each other in that order, so an id is left out when it is the one before it, as {@link
   * #distinctIds} does.
   */
  private Tally recordsOrQuantity(
      RecordSelector selector, boolean quantity, DateRange period, LocalDate upTo) {
    List<YearRecord> sorted = selection.sortedById(selector.kind());
    RecordFilter filter = selector.filter();
    boolean everything = filter.facets().isEmpty();
    boolean distinct = selection.idsDistinct(selector.kind());
    String[] ids = new String[sorted.size()];
    int n = 0;
    long records = 0;
    long sum = 0;
    @Nullable String last = null;
    for (int i = 0, size = sorted.size(); i < size; i++) {
      YearRecord r = sorted.get(i);
      if ((everything || selection.matches(r, filter))
          && selection.inWindow(r, selector, period, upTo)) {
        records++;
        if (quantity) {
          sum += r.quantity();
        }
        String id = r.id();
        if (distinct || !id.equals(last)) {
          ids[n++] = id;
        }
        last = id;
      }
    }
    // One copy of the ids picked, wrapped, not copied again id by id.
    return new Tally(
        quantity ? sum : records, Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(ids, n))));
  }

  /**
   * The ids of records sorted by id, each once: what a sorted set of them holds, in one pass
   * without a tree (an access count may pick thousands of records).
   */
  static List<String> distinctIds(List<YearRecord> sortedById) {
    List<String> ids = new ArrayList<>(sortedById.size());
    @Nullable String last = null;
    for (YearRecord r : sortedById) {
      String id = r.id();
      if (!id.equals(last)) {
        ids.add(id);
      }
      last = id;
    }
    return Collections.unmodifiableList(ids);
  }

  private LocalizedText counted(RecordSelector selector, CountUnit unit, long value) {
    LocalizedText what = Texts.describe(selector, plan);
    return LocalizedText.of(
        "นับ" + what.th() + " ได้ " + value + " " + unit.thaiWord(),
        "counted " + value + " " + unit.englishWord(value) + " in " + what.en());
  }

  /**
   * Whether nothing at all is recorded of a kind that is a measurement, not an event: access counts
   * come from a counter that an organization may not keep, so their absence is no data. The absence
   * of an event (a meeting, a report, a manual) is the data: none happened.
   */
  private boolean sourceNotRecorded(RecordKind kind, LocalDate upTo) {
    return kind == RecordKind.ACCESS_EVENT && !selection.anyRecorded(kind, upTo);
  }

  private Outcome count(IndicatorRule.Count c, DateRange period, LocalDate upTo, Elapsed elapsed) {
    if (sourceNotRecorded(c.selector().kind(), upTo)) {
      return Outcome.noData(ValueUnit.COUNT, Texts.noData(c.selector().kind()));
    }
    Tally t = tally(c.selector(), c.unit(), period, upTo);
    Quantity q = Quantity.count(t.value());
    Judge.Judgement j =
        c.countTarget().comparator() == th.km.core.target.Comparator.AT_LEAST
            ? Judge.judgeWhole(t.value(), c.countTarget(), elapsed)
            : Judge.judge(q, c.countTarget(), elapsed);
    return new Outcome(
        j.status(),
        Optional.of(q),
        ValueUnit.COUNT,
        Texts.join(counted(c.selector(), c.unit(), t.value()), j.why()),
        t.ids());
  }

  private Outcome occurrence(
      IndicatorRule.Occurrence o, DateRange period, LocalDate upTo, Elapsed elapsed) {
    if (sourceNotRecorded(o.selector().kind(), upTo)) {
      return Outcome.noData(ValueUnit.COUNT, Texts.noData(o.selector().kind()));
    }
    Tally t = tally(o.selector(), CountUnit.RECORDS, period, upTo);
    Judge.Judgement j = Judge.judgeOccurrence(t.value(), o.atLeast(), elapsed);
    LocalizedText what = Texts.describe(o.selector(), plan);
    return new Outcome(
        j.status(),
        Optional.of(Quantity.count(t.value())),
        ValueUnit.COUNT,
        Texts.join(
            LocalizedText.of(
                "มี" + what.th() + " " + t.value() + " ครั้ง",
                what.en() + ": " + t.value()),
            j.why()),
        t.ids());
  }

  private Outcome reportOnly(IndicatorRule.ReportOnly r, DateRange period, LocalDate upTo) {
    if (r.measure().isEmpty()) {
      return new Outcome(
          Status.REPORT_ONLY, Optional.empty(), ValueUnit.COUNT, Texts.reportOnly(), List.of());
    }
    RecordSelector measure = r.measure().get();
    if (!selection.anyRecorded(measure.kind(), upTo)) {
      return new Outcome(
          Status.REPORT_ONLY,
          Optional.empty(),
          ValueUnit.COUNT,
          Texts.join(Texts.noData(measure.kind()), Texts.reportOnly()),
          List.of());
    }
    Tally t = tally(measure, r.unit(), period, upTo);
    return new Outcome(
        Status.REPORT_ONLY,
        Optional.of(Quantity.count(t.value())),
        ValueUnit.COUNT,
        Texts.join(counted(measure, r.unit(), t.value()), Texts.reportOnly()),
        t.ids());
  }
}
