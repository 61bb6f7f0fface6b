package th.km.core.rollup;

import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.evaluation.StatusCounts;
import th.km.core.plan.OrganizationCode;

/**
 * One organization's line in a stored batch evaluation: how many of its indicators have each
 * status, or why it could not be evaluated.
 *
 * @param organization the organization's code
 * @param name its full name as announced, "เทศบาลตำบลบ้านแหวน"
 * @param province the province it is grouped under
 * @param counts its indicators per status; none when it could not be evaluated
 * @param problem why it could not be evaluated, when it could not
 */
public record OrganizationTally(
    OrganizationCode organization,
    String name,
    ProvinceGroup province,
    StatusCounts counts,
    Optional<LocalizedText> problem) {

  /** Whether the organization was evaluated. */
  public boolean evaluated() {
    return problem.isEmpty();
  }
}
