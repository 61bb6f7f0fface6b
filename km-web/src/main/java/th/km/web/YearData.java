package th.km.web;

import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;

/**
 * What the dashboard needs of one organization's fiscal year: the plan, the records of the year and
 * the public holidays by which report deadlines are counted.
 *
 * @param plan the plan
 * @param records the records of the same organization and fiscal year
 * @param holidays the holidays of the organization
 */
public record YearData(KmPlan plan, YearRecords records, HolidayCalendar holidays) {

  public YearData {
    new OrganizationYear(plan, records);
  }

  /** A year with the plan and no record yet, as at the start of a fiscal year. */
  public static YearData withoutRecords(KmPlan plan, HolidayCalendar holidays) {
    return new YearData(
        plan,
        YearRecords.builder()
            .organization(plan.organization().code())
            .fiscalYear(plan.fiscalYear())
            .build(),
        holidays);
  }
}
