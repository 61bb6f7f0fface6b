package th.km.persistence.transfer;

import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanVersion;

/** What became of exporting an organization's plan and records to files. */
public sealed interface Export {

  /**
   * The plan file and the records folder were written.
   *
   * @param version the version of the plan written, the latest
   * @param records how many records were written
   */
  record Written(
      OrganizationCode organization, FiscalYear fiscalYear, PlanVersion version, int records)
      implements Export {}

  /**
   * Nothing was written: the store has no plan of the organization for the year asked, or for any
   * year when none was asked; {@code years} are those it has.
   */
  record NoPlan(OrganizationCode organization, Optional<FiscalYear> asked, List<FiscalYear> years)
      implements Export {
    public NoPlan {
      years = List.copyOf(years);
    }
  }
}
