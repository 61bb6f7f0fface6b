package th.km.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.web.cache.WriteCount;

/**
 * Where the web server finds an organization's fiscal year: its plan, its records and its
 * holidays. {@link #fromStores} reads them from the stores (the database); {@link #of} serves
 * years held in memory. The
 * server reads a year only when its cached evaluation is missing or was invalidated by a write.
 */
public interface DashboardSource extends PlanSource {

  /** The plan, records and holidays of the organization's fiscal year, if it has a plan for it. */
  Optional<YearData> year(OrganizationCode organization, FiscalYear year);

  /**
   * What counts the writes to this source: a year read under one count stays right until it moves.
   * A source in memory counts none; whoever changes it calls {@code EvaluationCache.changed}.
   */
  default WriteCount writes() {
    return WriteCount.NONE;
  }

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

  /** Reads the records of an organization's fiscal year; {@code RecordStore::records} is one. */
  @FunctionalInterface
  interface RecordReader {
    YearRecords records(OrganizationCode organization, FiscalYear year);
  }

  /**
   * The years as the stores keep them: the latest version of each plan (draft or approved), the
   * records of its year, and the holidays by which every organization's deadlines are counted.
   */
  static DashboardSource fromStores(PlanStore plans, RecordReader records, HolidayCalendar holidays) {
    return new DashboardSource() {
      @Override
      public List<FiscalYear> years(OrganizationCode organization) {
        return plans.fiscalYears(organization);
      }

      @Override
      public Optional<YearData> year(OrganizationCode organization, FiscalYear year) {
        return plans
            .latest(organization, year)
            .map(p -> new YearData(p.plan(), records.records(organization, year), holidays));
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
