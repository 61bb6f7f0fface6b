package th.km.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumSet;
import java.util.Set;

/**
 * The staff members a percentage is taken over: a kind, narrowed by division and staff category.
 *
 * @param kind which staff
 * @param staffFilter narrows by {@link Facet#DIVISION} and {@link Facet#STAFF_CATEGORY} only
 */
public record Population(PopulationKind kind, RecordFilter staffFilter) {

  private static final Set<Facet> STAFF_FACETS = EnumSet.of(Facet.DIVISION, Facet.STAFF_CATEGORY);

  public Population {
    checkArgument(
        STAFF_FACETS.containsAll(staffFilter.facets()),
        "a population narrows by division and staff category only, got %s",
        staffFilter.facets());
  }

  public static Population of(PopulationKind kind) {
    return new Population(kind, RecordFilter.any());
  }

  // equals and hashCode by the record's own formula, written out: the record's own run through
  // method handles, slow in evaluation's first pass (docs/batch-evaluation-profile.md, MapKeysTest).
  @Override
  public boolean equals(Object o) {
    return o instanceof Population other
        && kind == other.kind
        && staffFilter.equals(other.staffFilter);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + staffFilter.hashCode();
  }
}
