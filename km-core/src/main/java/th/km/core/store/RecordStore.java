package th.km.core.store;

import java.util.List;
import java.util.Map;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;

/**
 * Keeps the records of the year (บันทึกผลการดำเนินงาน) of many organizations (the port the database
 * and the in-memory fake implement).
 *
 * <p>A record is known by its organization, its fiscal year and its id. Importing only ever adds
 * records: a record already stored with equal content is left as it is, so importing the same
 * records twice stores nothing twice, and a record whose id is stored with other content is a
 * conflict that stops the whole import (see {@link RecordImport}). Nothing one organization asks
 * for ever returns another's records. Every method either does all it says or nothing.
 */
public interface RecordStore {

  /**
   * The records stored for the organization's year, each kind in the order the records were first
   * imported; no records at all when none are stored or the organization is not registered.
   */
  YearRecords records(OrganizationCode organization, FiscalYear fiscalYear);

  /**
   * Adds the records that are not stored yet, in one transaction: either every new record is
   * stored, or, on a conflict, none. The organization must be registered (by a saved plan).
   */
  RecordImport importRecords(YearRecords records);

  /** The organizations that have at least one record of the fiscal year, by code. */
  List<OrganizationCode> organizationsWithRecords(FiscalYear fiscalYear);

  /**
   * How many records of each kind are stored for the organization's year, every kind present (0
   * when none); equal to the sizes of the lists {@link #records} gives, without reading them.
   */
  Map<RecordKind, Integer> counts(OrganizationCode organization, FiscalYear fiscalYear);
}
