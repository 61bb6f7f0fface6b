package th.km.persistence.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordStore;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFileProblem;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.records.RecordsReading;

/**
 * Imports plans and records folders into the stores and exports them back, so that import, export
 * and import again store the same plan and the same records. Each import is one store transaction:
 * all of it is stored or nothing.
 *
 * <p>An export writes the layout {@code km demo-year} writes: the plan as {@value #PLAN_FILE} in the
 * folder, the records folder's files beside it.
 */
public final class FolderTransfer {

  /** The name of the plan file in an exported folder. */
  public static final String PLAN_FILE = "plan.json";

  private final PlanStore plans;
  private final RecordStore records;

  public FolderTransfer(PlanStore plans, RecordStore records) {
    this.plans = plans;
    this.records = records;
  }

  /**
   * Saves the plan as a new draft version of its organization's plan for its year, unless the
   * latest version already equals it: importing one plan file twice saves one version.
   */
  public PlanImport importPlan(KmPlan plan) {
    OrganizationCode code = plan.organization().code();
    Optional<StoredPlan> latest = plans.latest(code, plan.fiscalYear());
    if (latest.isEmpty()) {
      return new PlanImport.Saved(plans.saveDraft(plan));
    }
    if (latest.get().plan().equals(plan)) {
      return new PlanImport.Unchanged(latest.get().version());
    }
    return switch (plans.saveDraft(plan, latest.get().version().number())) {
      case SaveResult.Saved s -> new PlanImport.Saved(s.version());
      case SaveResult.Stale s -> new PlanImport.Stale(s.latest());
    };
  }

  /**
   * Reads the records folder of {@code organization}, checks it against the latest stored plan of
   * its year, and imports it whole (see {@link RecordStore#importRecords}).
   */
  public RecordsImport importRecords(OrganizationCode organization, Path folder) {
    YearRecords unchecked;
    switch (RecordsFolder.load(folder)) {
      case RecordsReading.Refused r -> {
        return new RecordsImport.Unreadable(r.problems());
      }
      case RecordsReading.Loaded l -> unchecked = l.records();
    }
    if (!unchecked.organization().equals(organization)) {
      return new RecordsImport.OtherOrganization(organization, unchecked.organization());
    }
    Optional<StoredPlan> plan = plans.latest(organization, unchecked.fiscalYear());
    if (plan.isEmpty()) {
      return new RecordsImport.NoPlan(organization, unchecked.fiscalYear());
    }
    return switch (RecordsFolder.load(folder, plan.get().plan())) {
      case RecordsReading.Refused r -> new RecordsImport.Unreadable(r.problems());
      case RecordsReading.Loaded l -> {
        RecordImport result = records.importRecords(l.records());
        List<RecordsFileProblem> conflicts =
            result instanceof RecordImport.Refused refused
                ? refused.conflicts().stream().map(c -> RecordsFolder.placed(folder, c)).toList()
                : List.of();
        yield new RecordsImport.Read(result, l.problems(), conflicts);
      }
    };
  }

  /**
   * Writes the latest version of the organization's plan for the year, and the year's records,
   * into the folder, creating it if needed. Without a year, the latest year with a plan.
   */
  public Export export(OrganizationCode organization, Optional<FiscalYear> year, Path folder) {
    List<FiscalYear> years = plans.fiscalYears(organization);
    Optional<FiscalYear> chosen =
        year.isPresent() ? year : years.stream().reduce((first, second) -> second);
    Optional<StoredPlan> plan = chosen.flatMap(y -> plans.latest(organization, y));
    if (plan.isEmpty()) {
      return new Export.NoPlan(organization, year, years);
    }
    FiscalYear fiscalYear = plan.get().plan().fiscalYear();
    YearRecords stored = records.records(organization, fiscalYear);
    RecordsFolder.write(stored, folder);
    PlanFiles.write(plan.get().plan(), folder.resolve(PLAN_FILE));
    PlanVersion version = plan.get().version();
    return new Export.Written(organization, fiscalYear, version, stored.size());
  }
}
