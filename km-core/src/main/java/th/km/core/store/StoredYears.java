package th.km.core.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.OrganizationCode;

/**
 * Organizations' plans and records of one fiscal year, read from the stores one organization at a
 * time: the input of a batch evaluation over many organizations, whose memory then holds one
 * organization's year at a time however many there are.
 */
public final class StoredYears {

  private StoredYears() {}

  /**
   * For each organization in the order given, the latest version of its plan for the year with the
   * records of the year (none when none are stored); organizations without a plan for the year are
   * left out. Lazy: an organization's plan and records are read when the stream reaches it.
   */
  public static Stream<OrganizationYear> latest(
      PlanStore plans,
      RecordStore records,
      List<OrganizationCode> organizations,
      FiscalYear fiscalYear) {
    return organizations.stream()
        .map(code -> latest(plans, records, code, fiscalYear))
        .flatMap(Optional::stream);
  }

  /** The latest version of the organization's plan for the year, with the year's records. */
  public static Optional<OrganizationYear> latest(
      PlanStore plans, RecordStore records, OrganizationCode organization, FiscalYear fiscalYear) {
    return plans
        .latest(organization, fiscalYear)
        .map(p -> new OrganizationYear(p.plan(), records.records(organization, fiscalYear)));
  }
}
