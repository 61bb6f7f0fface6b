package th.km.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;

/**
 * Where the web server finds the plans it shows. The database adapter implements it once the
 * plans are stored; {@link #of} serves plans held in memory.
 */
public interface PlanSource {

  /** The fiscal years for which the organization has a plan, oldest first; empty if it has none. */
  List<FiscalYear> years(OrganizationCode organization);

  /** The organization's plan for the fiscal year. */
  Optional<KmPlan> plan(OrganizationCode organization, FiscalYear year);

  /** A source that serves exactly the given plans. */
  static PlanSource of(List<KmPlan> plans) {
    List<KmPlan> copy = List.copyOf(plans);
    return new PlanSource() {
      @Override
      public List<FiscalYear> years(OrganizationCode organization) {
        return copy.stream()
            .filter(p -> p.organization().code().equals(organization))
            .map(KmPlan::fiscalYear)
            .sorted(Comparator.naturalOrder())
            .toList();
      }

      @Override
      public Optional<KmPlan> plan(OrganizationCode organization, FiscalYear year) {
        return copy.stream()
            .filter(p -> p.organization().code().equals(organization) && p.fiscalYear().equals(year))
            .findFirst();
      }
    };
  }
}
