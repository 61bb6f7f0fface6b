package th.km.core.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;

/**
 * One saved version of an organization's plan for a fiscal year, without the plan's content.
 *
 * <p>A version's content never changes once saved. A version is locked when it is approved or when
 * a newer version is saved; only the latest version, while it is an unlocked draft, can be
 * approved.
 *
 * @param organization whose plan
 * @param fiscalYear which year's plan
 * @param number 1 for the first version saved, then one more for each save
 * @param status draft or approved
 * @param locked whether the version can no longer be approved (it is approved or superseded)
 * @param savedAt when the version was saved
 * @param approvedAt when it was approved, present exactly when the status is approved
 */
public record PlanVersion(
    OrganizationCode organization,
    FiscalYear fiscalYear,
    int number,
    PlanStatus status,
    boolean locked,
    Instant savedAt,
    Optional<Instant> approvedAt) {

  public PlanVersion {
    checkArgument(number >= 1, "plan version number must be positive, got %s", number);
    checkArgument(
        approvedAt.isPresent() == (status == PlanStatus.APPROVED),
        "version %s of the plan of %s is %s but its approval time is %s",
        number,
        organization,
        status,
        approvedAt);
    checkArgument(
        status != PlanStatus.APPROVED || locked,
        "version %s of the plan of %s is approved and must be locked",
        number,
        organization);
  }
}
