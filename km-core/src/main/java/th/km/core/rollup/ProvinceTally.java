package th.km.core.rollup;

/**
 * A province's line in a stored batch evaluation.
 *
 * @param province the province
 * @param tally its organizations' counts, summed
 */
public record ProvinceTally(ProvinceGroup province, AreaTally tally) {}
