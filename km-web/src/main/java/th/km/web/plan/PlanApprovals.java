package th.km.web.plan;

import java.util.List;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.ApprovalResult;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;

/** The versions of a plan and their approval, as the web server sees them. */
public interface PlanApprovals {

  /** Every version of the organization's plan for the year, oldest first. */
  List<PlanVersion> versions(OrganizationCode organization, FiscalYear year);

  /** Approves the version, which must be the latest, unlocked draft. */
  ApprovalResult approve(OrganizationCode organization, FiscalYear year, int number);

  /** The versions and approvals of the plan store. */
  static PlanApprovals of(PlanStore store) {
    return new PlanApprovals() {
      @Override
      public List<PlanVersion> versions(OrganizationCode organization, FiscalYear year) {
        return store.versions(organization, year);
      }

      @Override
      public ApprovalResult approve(OrganizationCode organization, FiscalYear year, int number) {
        return store.approve(organization, year, number);
      }
    };
  }

  /** A server that shows plans without keeping their versions: none to list or approve. */
  static PlanApprovals none() {
    return new PlanApprovals() {
      @Override
      public List<PlanVersion> versions(OrganizationCode organization, FiscalYear year) {
        return List.of();
      }

      @Override
      public ApprovalResult approve(OrganizationCode organization, FiscalYear year, int number) {
        return new ApprovalResult.NotFound(organization, year, number);
      }
    };
  }
}
