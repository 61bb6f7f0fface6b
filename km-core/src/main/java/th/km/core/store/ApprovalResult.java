package th.km.core.store;

import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;

/** What became of a request to approve a version of a plan. */
public sealed interface ApprovalResult {

  /** The version is now approved and locked. */
  record Approved(PlanVersion version) implements ApprovalResult {}

  /** The organization has no such version of a plan for the year. */
  record NotFound(OrganizationCode organization, FiscalYear fiscalYear, int number)
      implements ApprovalResult {}

  /** The version is locked, already approved or superseded by a newer one, and stays as it is. */
  record Locked(PlanVersion version) implements ApprovalResult {}
}
