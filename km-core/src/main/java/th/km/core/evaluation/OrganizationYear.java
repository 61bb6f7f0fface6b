package th.km.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;

/**
 * One organization's plan and the records of its year: the unit a batch evaluation streams.
 *
 * @param plan the plan
 * @param records the records of the same organization and fiscal year
 */
public record OrganizationYear(KmPlan plan, YearRecords records) {

  public OrganizationYear {
    checkArgument(
        plan.organization().code().equals(records.organization()),
        "the plan is %s's but the records are %s's",
        plan.organization().code(),
        records.organization());
    checkArgument(
        plan.fiscalYear().equals(records.fiscalYear()),
        "the plan is for %s but the records are for %s",
        plan.fiscalYear(),
        records.fiscalYear());
  }
}
