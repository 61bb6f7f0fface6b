package th.km.core.rollup;

import static com.google.common.base.Preconditions.checkArgument;

import th.km.core.evaluation.StatusCounts;

/**
 * The roll-up of a province or of the nation: the sum of its organizations' status counts.
 *
 * @param organizations how many organizations the batch took in the area
 * @param failed how many of them could not be evaluated (their indicators are not counted)
 * @param counts the indicators of the evaluated organizations, per status
 */
public record AreaTally(int organizations, int failed, StatusCounts counts) {

  public AreaTally {
    checkArgument(
        organizations >= 0 && failed >= 0 && failed <= organizations,
        "an area has %s organizations of which %s failed",
        organizations,
        failed);
  }

  /** How many organizations were evaluated. */
  public int evaluated() {
    return organizations - failed;
  }
}
