package th.km.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import th.km.core.records.RecordKind;

/**
 * The records an indicator looks at: a kind, a filter, and how far back they may lie.
 *
 * @param kind the kind of record
 * @param filter which records of the kind
 * @param window whether only records in the indicator's period count, or every record up to the
 *     day of evaluation ("every division has a work manual", whenever it was written)
 */
public record RecordSelector(RecordKind kind, RecordFilter filter, Window window) {

  /** How far back records count. */
  public enum Window {
    /** From the first day of the indicator's period to the day of evaluation. */
    PERIOD,
    /** Any day up to the day of evaluation, before the period included. */
    TO_DATE
  }

  public RecordSelector {
    for (Facet f : filter.facets()) {
      checkArgument(
          f.appliesTo(kind),
          "a selector of %s records cannot filter by %s",
          kind.englishName(),
          f.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** Records of the kind in the period. */
  public static RecordSelector of(RecordKind kind) {
    return new RecordSelector(kind, RecordFilter.any(), Window.PERIOD);
  }

  /** Records of the kind in the period that pass the filter. */
  public static RecordSelector of(RecordKind kind, RecordFilter filter) {
    return new RecordSelector(kind, filter, Window.PERIOD);
  }

  /** This selector, counting records up to the day of evaluation whenever they lie. */
  public RecordSelector toDate() {
    return new RecordSelector(kind, filter, Window.TO_DATE);
  }

  // equals and hashCode by the record's own formula, written out: the record's own run through
  // method handles, slow in evaluation's first pass (docs/batch-evaluation-profile.md, MapKeysTest).
  @Override
  public boolean equals(Object o) {
    return o instanceof RecordSelector other
        && kind == other.kind
        && filter.equals(other.filter)
        && window == other.window;
  }

  @Override
  public int hashCode() {
    return (31 * kind.hashCode() + filter.hashCode()) * 31 + window.hashCode();
  }
}
