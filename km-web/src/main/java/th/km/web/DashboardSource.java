package th.km.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;

/**
 * Where the web server finds an organization's fiscal year: its plan, its records and its
 * holidays. The database adapter implements it; {@link #of} serves years held in memory. The
 * server reads a year only when its cached evaluation is missing or was invalidated by a write.
 */
public interface DashboardSource extends PlanSource {

  /** The plan, records and holidays of the organization's fiscal year, if it has a plan for it. */
  Optional<YearData> year(OrganizationCode organization, FiscalYear year);

  @Override
  default Optional<KmPlan> plan(OrganizationCode organization, FiscalYear year) {
    return year(organization, year).map(YearData::plan);
  }

  /** A source that serves exactly the given years. */
  static DashboardSource of(List<YearData> years) {
    List<YearData> copy = List.copyOf(years);
    return new DashboardSource() {
      @Override
      public List<FiscalYear> years(OrganizationCode organization) {
        return copy.stream()
            .filter(y -> y.plan().organization().code().equals(organization))
            .map(y -> y.plan().fiscalYear())
            .sorted(Comparator.naturalOrder())
            .toList();
      }

      @Override
      public Optional<YearData> year(OrganizationCode organization, FiscalYear year) {
        return copy.stream()
            .filter(
                y ->
                    y.plan().organization().code().equals(organization)
                        && y.plan().fiscalYear().equals(year))
            .findFirst();
      }
    };
  }

  /** The plans of the source with no records yet, for a server that keeps no records. */
  static DashboardSource withoutRecords(PlanSource plans, HolidayCalendar holidays) {
    return new DashboardSource() {
      @Override
      public List<FiscalYear> years(OrganizationCode organization) {
        return plans.years(organization);
      }

      @Override
      public Optional<YearData> year(OrganizationCode organization, FiscalYear year) {
        return plans.plan(organization, year).map(p -> YearData.withoutRecords(p, holidays));
      }
    };
  }
}
