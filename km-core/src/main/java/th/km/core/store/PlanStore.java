package th.km.core.store;

import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;

/**
 * Keeps the KM plans of many organizations, every version of each (the port the database and the
 * in-memory fake implement).
 *
 * <p>A plan belongs to the organization named by its {@code organization().code()}; nothing one
 * organization asks for ever returns another's plans. A saved version is never changed: a change is
 * saved as a new version, which locks the version before it. Every method either does all it says
 * or nothing.
 */
public interface PlanStore {

  /**
   * Saves the plan as a new draft version of its organization's plan for its fiscal year, and locks
   * the version that was the latest. The organization is registered on its first plan; later saves
   * update its registered details (name, type, district, province) to the plan's.
   */
  PlanVersion saveDraft(KmPlan plan);

  /**
   * Saves the plan as {@link #saveDraft(KmPlan)} does, but only while version {@code basedOn}, the
   * version the user edited, is still the latest; otherwise saves nothing and says which is.
   */
  SaveResult saveDraft(KmPlan plan, int basedOn);

  /** Approves a version, which must be the latest and an unlocked draft, and locks it. */
  ApprovalResult approve(OrganizationCode organization, FiscalYear fiscalYear, int number);

  /** The latest version, draft or approved. */
  Optional<StoredPlan> latest(OrganizationCode organization, FiscalYear fiscalYear);

  /** The latest approved version. */
  Optional<StoredPlan> approved(OrganizationCode organization, FiscalYear fiscalYear);

  /** Version {@code number} of the plan with its content, empty when there is no such version. */
  Optional<StoredPlan> version(OrganizationCode organization, FiscalYear fiscalYear, int number);

  /** Every version of the plan, oldest first. */
  List<PlanVersion> versions(OrganizationCode organization, FiscalYear fiscalYear);

  /** The fiscal years for which the organization has a plan, earliest first. */
  List<FiscalYear> fiscalYears(OrganizationCode organization);

  /** The registered organizations, by code. */
  List<Organization> organizations();
}
