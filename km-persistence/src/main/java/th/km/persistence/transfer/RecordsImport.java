package th.km.persistence.transfer;

import java.util.List;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.RecordImport;
import th.km.persistence.records.RecordsFileProblem;

/** What became of importing a records folder into a record store. */
public sealed interface RecordsImport {

  /** Nothing was stored: the folder has errors, each named by file, line and field. */
  record Unreadable(List<RecordsFileProblem> problems) implements RecordsImport {
    public Unreadable {
      problems = List.copyOf(problems);
    }
  }

  /** Nothing was stored: the folder holds the records of another organization than asked. */
  record OtherOrganization(OrganizationCode asked, OrganizationCode inFolder)
      implements RecordsImport {}

  /**
   * Nothing was stored: the store has no plan of the organization for the folder's year, against
   * which the records are checked (their divisions and activities); import the plan first.
   */
  record NoPlan(OrganizationCode organization, FiscalYear fiscalYear) implements RecordsImport {}

  /**
   * The folder was read and handed to the store, which stored it or refused it whole.
   *
   * @param result what the store did
   * @param warnings what the folder reader warned about (records dated outside the year ...)
   * @param conflicts when the store refused the records, its conflicts placed at the file, line
   *     and fields of each record; else empty
   */
  record Read(
      RecordImport result, List<RecordsFileProblem> warnings, List<RecordsFileProblem> conflicts)
      implements RecordsImport {
    public Read {
      warnings = List.copyOf(warnings);
      conflicts = List.copyOf(conflicts);
    }
  }
}
