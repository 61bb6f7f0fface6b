package th.km.web.national;

import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.evaluation.StatusCounts;
import th.km.core.rollup.OrganizationTally;
import th.km.core.rollup.ProvinceTally;

/**
 * One line of the national page (a province) or of a province page (an organization).
 *
 * @param code the province's or organization's code
 * @param name its name
 * @param href the page it links to
 * @param organizations how many organizations the line counts (1 for an organization)
 * @param failed how many of them could not be evaluated
 * @param counts their indicators per status
 * @param problem why an organization could not be evaluated
 */
public record RollupRow(
    String code,
    String name,
    String href,
    int organizations,
    int failed,
    StatusCounts counts,
    Optional<LocalizedText> problem) {

  /** A province's line, linking to its page. */
  static RollupRow of(ProvinceTally p, int year) {
    return new RollupRow(
        p.province().code(),
        p.province().name(),
        NationalPages.provincePath(year, p.province().code()),
        p.tally().organizations(),
        p.tally().failed(),
        p.tally().counts(),
        Optional.empty());
  }

  /** An organization's line, linking to its public page of the year. */
  static RollupRow of(OrganizationTally o, int year) {
    String code = o.organization().value();
    return new RollupRow(
        code, o.name(), "/public/" + code + "/" + year, 1, o.evaluated() ? 0 : 1, o.counts(), o.problem());
  }
}
