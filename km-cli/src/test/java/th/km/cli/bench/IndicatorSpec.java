package th.km.cli.bench;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.Facet;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.records.RecordKind;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;

/**
 * One indicator flattened into numbers that SQL and a loop over arrays can read: the rule's type,
 * the kind of record it selects with its filter as bit masks, the window, the unit, the at-least
 * target, the population or set of a share, and the days of a report deadline. Every rule kind is
 * flattened; a filter facet or target the flattening cannot say (see {@link #of}) leaves the
 * indicator out of all three sides alike, and the benchmark reports how many.
 *
 * @param rule {@code C} count, {@code O} occurrence, {@code P} percentage of staff, {@code V}
 *     coverage, {@code D} report deadlines, {@code B} before/after ratings, {@code R} report-only
 * @param kind the record kind's code (see {@link #kindCode}); 0 for a report-only with no measure,
 *     and for deadlines and before/after, which read trainings
 * @param mask the accepted meeting kinds, topics, access channels, recognition kinds, asset kinds
 *     or training settings, by ordinal; 0 for any
 * @param mask2 the accepted training kinds, or for assets bit 1 with a flowchart, bit 0 without
 * @param window 0 from the period's start, 1 any day up to the evaluation
 * @param minStatus an asset's least status by ordinal (0 draft, 1 reviewed, 2 published); -1 none
 * @param channels the channels an asset must be published on, by ordinal; 0 for none asked
 * @param unit 0 records, 1 persons, 2 quantity
 * @param target the at-least number or whole percentage; 0 for report-only
 * @param population a percentage's population (0 active staff, 1 retiring, 2 turning 60, 3 either),
 *     or a coverage's set (0 divisions, 1 positions, 2 active staff)
 * @param categories the population's staff categories by ordinal; 0 for any
 * @param days the days a training report is allowed
 */
record IndicatorSpec(
    char rule,
    int kind,
    long mask,
    long mask2,
    int window,
    int minStatus,
    long channels,
    int unit,
    long target,
    int population,
    long categories,
    int days) {

  /** The kinds of record the comparison reads, by code; 0 for one it does not. */
  static int kindCode(RecordKind kind) {
    return switch (kind) {
      case MEETING -> 1;
      case EVALUATION_REPORT -> 2;
      case ACKNOWLEDGEMENT -> 3;
      case ACCESS_EVENT -> 4;
      case TRAINING -> 5;
      case TRAINING_REPORT -> 6;
      case SUPERVISOR_RATING -> 7;
      case RECOGNITION -> 8;
      case KNOWLEDGE_ASSET -> 9;
      default -> 0;
    };
  }

  /** How many kind codes there are, 0 included. */
  static final int KINDS = 10;

  /**
   * The flattened rule, or empty when it cannot be said in these numbers: a filter by division or
   * staff category on the selected records, by activity, or by training on reports and ratings; a
   * selector of staff or progress updates; a target other than at least a whole number or percent;
   * a division coverage of accesses. The generated dataset's plans use none of these.
   */
  static Optional<IndicatorSpec> of(IndicatorRule rule) {
    return switch (rule) {
      case IndicatorRule.Count c ->
          atLeast(c.countTarget())
              .flatMap(t -> selector(c.selector()).map(s -> s.with('C', unit(c.unit()), t)));
      case IndicatorRule.Occurrence o ->
          selector(o.selector()).map(s -> s.with('O', 0, o.atLeast()));
      case IndicatorRule.ReportOnly r ->
          r.measure().isEmpty()
              ? Optional.of(new IndicatorSpec('R', 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0))
              : selector(r.measure().get()).map(s -> s.with('R', unit(r.unit()), 0));
      case IndicatorRule.Percentage p -> percentage(p);
      case IndicatorRule.Coverage c -> {
        int set = c.set().ordinal();
        boolean viaAsset = set == 0 && c.qualifying().kind() == RecordKind.ACCESS_EVENT;
        yield viaAsset
            ? Optional.empty()
            : selector(c.qualifying()).map(s -> s.share('V', 100, set, 0));
      }
      case IndicatorRule.DeadlineCompliance d ->
          percent(d.percentTarget())
              .flatMap(t -> trainings(d.trainings()).map(s -> s.deadline(t, d.days())));
      case IndicatorRule.BeforeAfter b ->
          percent(b.percentTarget())
              .flatMap(t -> trainings(b.trainings()).map(s -> s.share('B', t, 0, 0)));
    };
  }

  private static Optional<IndicatorSpec> percentage(IndicatorRule.Percentage p) {
    RecordFilter staff = p.population().staffFilter();
    if (!Set.of(Facet.STAFF_CATEGORY).containsAll(staff.facets())) {
      return Optional.empty();
    }
    long categories = ordinals(staff.staffCategories());
    int population = p.population().kind().ordinal();
    return percent(p.percentTarget())
        .flatMap(t -> selector(p.qualifying()).map(s -> s.share('P', t, population, categories)));
  }

  /** The selector's kind, filter and window, or empty when a facet is one these numbers lack. */
  private static Optional<IndicatorSpec> selector(RecordSelector s) {
    RecordFilter f = s.filter();
    int kind = kindCode(s.kind());
    Set<Facet> readable =
        switch (s.kind()) {
          case MEETING -> Set.of(Facet.MEETING_KIND);
          case ACKNOWLEDGEMENT -> Set.of(Facet.ACKNOWLEDGEMENT_TOPIC);
          case ACCESS_EVENT -> Set.of(Facet.CHANNEL);
          case TRAINING -> Set.of(Facet.TRAINING_SETTING, Facet.TRAINING_KIND);
          case RECOGNITION -> Set.of(Facet.RECOGNITION_KIND);
          case KNOWLEDGE_ASSET ->
              Set.of(Facet.ASSET_KIND, Facet.WITH_FLOWCHART, Facet.MINIMUM_STATUS, Facet.CHANNEL);
          default -> Set.of();
        };
    if (kind == 0 || !readable.containsAll(f.facets())) {
      return Optional.empty();
    }
    long mask =
        ordinals(f.meetingKinds()) | ordinals(f.topics()) | ordinals(f.recognitionKinds())
            | ordinals(f.assetKinds()) | ordinals(f.trainingSettings())
            | (s.kind() == RecordKind.ACCESS_EVENT ? ordinals(f.channels()) : 0);
    long mask2 =
        ordinals(f.trainingKinds()) | f.withFlowchart().map(w -> w ? 2L : 1L).orElse(0L);
    long channels = s.kind() == RecordKind.KNOWLEDGE_ASSET ? ordinals(f.channels()) : 0;
    int window = s.window() == RecordSelector.Window.TO_DATE ? 1 : 0;
    int minStatus = f.minimumStatus().map(Enum::ordinal).orElse(-1);
    return Optional.of(new IndicatorSpec('?', kind, mask, mask2, window, minStatus, channels, 0, 0, 0, 0, 0));
  }

  /** The trainings of a deadline or before/after rule, by setting and kind only. */
  private static Optional<IndicatorSpec> trainings(RecordFilter f) {
    if (!Set.of(Facet.TRAINING_SETTING, Facet.TRAINING_KIND).containsAll(f.facets())) {
      return Optional.empty();
    }
    return Optional.of(
        new IndicatorSpec(
            '?', 0, ordinals(f.trainingSettings()), ordinals(f.trainingKinds()), 0, -1, 0, 0, 0, 0, 0, 0));
  }

  private IndicatorSpec with(char r, int u, long t) {
    return new IndicatorSpec(r, kind, mask, mask2, window, minStatus, channels, u, t, 0, 0, 0);
  }

  private IndicatorSpec share(char r, long t, int set, long cats) {
    return new IndicatorSpec(r, kind, mask, mask2, window, minStatus, channels, 1, t, set, cats, 0);
  }

  private IndicatorSpec deadline(long t, int d) {
    return new IndicatorSpec('D', 0, mask, mask2, 0, -1, 0, 0, t, 0, 0, d);
  }

  private static Optional<Long> atLeast(ParsedTarget.Count t) {
    return t.comparator() == Comparator.AT_LEAST ? Optional.of((long) t.value()) : Optional.empty();
  }

  private static Optional<Long> percent(ParsedTarget.Percentage p) {
    BigDecimal percent = p.percent();
    return p.comparator() == Comparator.AT_LEAST && percent.stripTrailingZeros().scale() <= 0
        ? Optional.of(percent.longValueExact())
        : Optional.empty();
  }

  private static long ordinals(Collection<? extends Enum<?>> values) {
    long mask = 0;
    for (Enum<?> v : values) {
      mask |= 1L << v.ordinal();
    }
    return mask;
  }

  private static int unit(CountUnit unit) {
    return switch (unit) {
      case RECORDS -> 0;
      case PERSONS -> 1;
      case QUANTITY -> 2;
    };
  }
}
