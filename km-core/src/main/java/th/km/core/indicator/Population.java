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

  // equals and hashCode written out, as the record's own would compute them (31 * h + each
  // component's hash): the record's own go through method handles, which run slowly until the
  // optimizing compiler inlines them, and evaluating uses populations as map keys from the first
  // indicator (docs/batch-evaluation-profile.md).
  @Override
  public boolean equals(Object o) {
    return o instanceof Population other && kind == other.kind && staffFilter.equals(other.staffFilter);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + staffFilter.hashCode();
  }
}
