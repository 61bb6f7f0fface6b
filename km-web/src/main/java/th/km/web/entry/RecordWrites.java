package th.km.web.entry;

import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecord;

/**
 * Writes single records of an organization's year, the port the data-entry forms and the JSON API
 * write through. Each write stores one record or nothing and names who made it.
 */
public interface RecordWrites {

  /** The record with the id in the organization's year, with its version. */
  Optional<Versioned> find(OrganizationCode organization, FiscalYear year, String id);

  /** Stores a new record; a {@link WriteResult.Conflict} when its id is taken. */
  WriteResult add(String actor, OrganizationCode organization, FiscalYear year, YearRecord record);

  /**
   * Replaces the stored record of the same id, only while it is still at version {@code basedOn};
   * otherwise stores nothing and answers with what is stored now.
   */
  WriteResult correct(
      String actor, OrganizationCode organization, FiscalYear year, YearRecord record, int basedOn);
}
