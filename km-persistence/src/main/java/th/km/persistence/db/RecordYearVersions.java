package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.RECORD_YEAR_VERSION;

import org.jooq.DSLContext;
import th.km.core.calendar.FiscalYear;

/**
 * The write count of each organization's records of a year ({@code record_year_version}, V52),
 * which a stored snapshot of the year's records names ({@link RecordYearSnapshots}): every write
 * to a record table or to one of its child tables calls {@link #bump} in its own transaction, so
 * that a snapshot made before the write no longer matches and is never read again.
 *
 * <p>The bump first locks the organization's row, which every other write of the organization's
 * records takes too (the data-entry commands, imports and the bulk path take it before they write;
 * the reading log's access events take it here): bumps of one organization take turns, none is
 * lost, and the version the bump returns is the one its transaction's records stand at. An
 * architecture test ({@code RecordYearVersionsCallersTest}) fails when a class of km-persistence
 * writes a record table without calling it.
 */
final class RecordYearVersions {

  private RecordYearVersions() {}

  /**
   * Raises the version of the organization's records of the year by one, in the caller's
   * transaction, and returns it (1 after the year's first write).
   */
  static long bump(DSLContext tx, long organizationId, FiscalYear year) {
    return bump(tx, organizationId, year.buddhistYear());
  }

  /** {@link #bump(DSLContext, long, FiscalYear)} with the year's Buddhist-era number. */
  static long bump(DSLContext tx, long organizationId, int year) {
    tx.select(ORGANIZATION.ID)
        .from(ORGANIZATION)
        .where(ORGANIZATION.ID.eq(organizationId))
        .forUpdate()
        .fetchSingle();
    int updated =
        tx.update(RECORD_YEAR_VERSION)
            .set(RECORD_YEAR_VERSION.VERSION, RECORD_YEAR_VERSION.VERSION.plus(1L))
            .where(RECORD_YEAR_VERSION.ORGANIZATION_ID.eq(organizationId))
            .and(RECORD_YEAR_VERSION.FISCAL_YEAR.eq(year))
            .execute();
    if (updated == 0) {
      // Under the organization's lock no other transaction can insert the row meanwhile.
      tx.insertInto(RECORD_YEAR_VERSION)
          .set(RECORD_YEAR_VERSION.ORGANIZATION_ID, organizationId)
          .set(RECORD_YEAR_VERSION.FISCAL_YEAR, year)
          .set(RECORD_YEAR_VERSION.VERSION, 1L)
          .execute();
      return 1;
    }
    return tx.select(RECORD_YEAR_VERSION.VERSION)
        .from(RECORD_YEAR_VERSION)
        .where(RECORD_YEAR_VERSION.ORGANIZATION_ID.eq(organizationId))
        .and(RECORD_YEAR_VERSION.FISCAL_YEAR.eq(year))
        .fetchSingle(RECORD_YEAR_VERSION.VERSION);
  }
}
