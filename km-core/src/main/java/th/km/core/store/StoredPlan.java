package th.km.core.store;

import static com.google.common.base.Preconditions.checkArgument;

import th.km.core.plan.KmPlan;

/**
 * A plan as a store keeps it: one version's facts and that version's content.
 *
 * @param version which version, its status and lock
 * @param plan the content, equal to the plan that was saved as this version
 */
public record StoredPlan(PlanVersion version, KmPlan plan) {

  public StoredPlan {
    checkArgument(
        version.organization().equals(plan.organization().code()),
        "version of %s holds a plan of %s",
        version.organization(),
        plan.organization().code());
    checkArgument(
        version.fiscalYear().equals(plan.fiscalYear()),
        "version for %s holds a plan for %s",
        version.fiscalYear(),
        plan.fiscalYear());
  }
}
