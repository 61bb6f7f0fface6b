package th.km.cli.bench;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.Facet;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.PopulationKind;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.records.RecordKind;
import th.km.core.target.Comparator;

/**
 * One indicator flattened into numbers that SQL and a loop over arrays can read: the rule's type,
 * the kind of record it selects and the kinds or topics it accepts as a bit mask, the unit, the
 * at-least target, the staff categories of a population, and the period. Only the rules the
 * comparison covers are flattened (see {@link #of}); the others are left to km alone.
 *
 * @param rule {@code C} count, {@code O} occurrence, {@code P} percentage of staff, {@code R}
 *     report-only
 * @param kind the record kind's code (see {@link #kindCode})
 * @param mask the accepted meeting kinds or acknowledgement topics, by ordinal; 0 for any
 * @param unit 0 records, 1 persons, 2 quantity
 * @param target the at-least number or percentage; 0 for report-only
 * @param categories the population's staff categories by ordinal; 0 when not a percentage
 */
record IndicatorSpec(char rule, int kind, long mask, int unit, long target, long categories) {

  /** The record kinds the comparison reads, by code: their rows are what the data holds. */
  static int kindCode(RecordKind kind) {
    return switch (kind) {
      case MEETING -> 1;
      case EVALUATION_REPORT -> 2;
      case ACKNOWLEDGEMENT -> 3;
      case ACCESS_EVENT -> 4;
      default -> 0;
    };
  }

  /**
   * The flattened rule, or empty when the comparison does not cover it: counts, occurrences,
   * percentages of active staff and report-only measures over meetings (by kind), M&amp;E reports,
   * acknowledgements (by topic) and access events, with at-least targets in whole numbers.
   */
  static Optional<IndicatorSpec> of(IndicatorRule rule) {
    return switch (rule) {
      case IndicatorRule.Count c ->
          c.countTarget().comparator() == Comparator.AT_LEAST
                  && c.selector().kind() != RecordKind.ACCESS_EVENT
              ? selected(c.selector()).map(k -> spec('C', c.selector(), unit(c.unit()), c.countTarget().value(), 0))
              : Optional.empty();
      case IndicatorRule.Occurrence o ->
          selected(o.selector()).filter(k -> k != 4).map(k -> spec('O', o.selector(), 0, o.atLeast(), 0));
      case IndicatorRule.Percentage p -> percentage(p);
      case IndicatorRule.ReportOnly r ->
          r.measure().isEmpty()
              ? Optional.empty()
              : selected(r.measure().get()).map(k -> spec('R', r.measure().get(), unit(r.unit()), 0, 0));
      default -> Optional.empty();
    };
  }

  private static Optional<IndicatorSpec> percentage(IndicatorRule.Percentage p) {
    RecordFilter staff = p.population().staffFilter();
    BigDecimal percent = p.percentTarget().percent();
    boolean covered =
        p.population().kind() == PopulationKind.ACTIVE_STAFF
            && p.percentTarget().comparator() == Comparator.AT_LEAST
            && percent.stripTrailingZeros().scale() <= 0
            && Set.of(Facet.STAFF_CATEGORY).containsAll(staff.facets());
    if (!covered) {
      return Optional.empty();
    }
    long categories = 0;
    for (var c : staff.staffCategories()) {
      categories |= 1L << c.ordinal();
    }
    long cats = categories;
    return selected(p.qualifying())
        .map(k -> spec('P', p.qualifying(), 1, percent.longValueExact(), cats));
  }

  /** The kind's code when the selector's filter is one the comparison reads, with a window of the period. */
  private static Optional<Integer> selected(RecordSelector s) {
    int kind = kindCode(s.kind());
    RecordFilter f = s.filter();
    boolean plain =
        s.window() == RecordSelector.Window.PERIOD
            && f.divisions().isEmpty()
            && f.staffCategories().isEmpty()
            && Set.of(Facet.MEETING_KIND, Facet.ACKNOWLEDGEMENT_TOPIC).containsAll(f.facets());
    return kind == 0 || !plain ? Optional.empty() : Optional.of(kind);
  }

  private static IndicatorSpec spec(char rule, RecordSelector s, int unit, long target, long categories) {
    long mask = 0;
    for (var k : s.filter().meetingKinds()) {
      mask |= 1L << k.ordinal();
    }
    for (var t : s.filter().topics()) {
      mask |= 1L << t.ordinal();
    }
    return new IndicatorSpec(rule, kindCode(s.kind()), mask, unit, target, categories);
  }

  private static int unit(CountUnit unit) {
    return switch (unit) {
      case RECORDS -> 0;
      case PERSONS -> 1;
      case QUANTITY -> 2;
    };
  }
}
