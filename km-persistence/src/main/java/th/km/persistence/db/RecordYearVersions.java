package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.RECORD_YEAR_VERSION;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

  private static final String LOCK = "SELECT id FROM organization WHERE id = ? FOR UPDATE";
  private static final String UPDATE =
      "UPDATE record_year_version SET version = version + 1"
          + " WHERE organization_id = ? AND fiscal_year = ?";
  private static final String INSERT =
      "INSERT INTO record_year_version (organization_id, fiscal_year, version) VALUES (?, ?, 1)";
  private static final String READ =
      "SELECT version FROM record_year_version WHERE organization_id = ? AND fiscal_year = ?";

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

  /**
   * {@link #bump(DSLContext, long, int)} for the bulk path on H2: the same lock, update and
   * insert-or-read, through statements prepared once per import ({@link HeldStatements}) rather
   * than rendered by jOOQ and parsed by H2 for every organization, except the update, which goes
   * through {@code tx} so that the database's write counter sees the transaction write (and H2
   * stores it at the checkpoint after the commit). Same transaction, same result.
   */
  static long bump(DSLContext tx, HeldStatements statements, long organizationId, int year)
      throws SQLException {
    PreparedStatement lock = statements.prepare(LOCK);
    lock.setLong(1, organizationId);
    try (ResultSet locked = lock.executeQuery()) {
      if (!locked.next()) {
        throw new IllegalStateException("organization " + organizationId + " is not registered");
      }
    }
    if (tx.execute(UPDATE, organizationId, year) == 0) {
      // Under the organization's lock no other transaction can insert the row meanwhile.
      PreparedStatement insert = statements.prepare(INSERT);
      insert.setLong(1, organizationId);
      insert.setInt(2, year);
      insert.executeUpdate();
      return 1;
    }
    PreparedStatement read = statements.prepare(READ);
    read.setLong(1, organizationId);
    read.setInt(2, year);
    try (ResultSet version = read.executeQuery()) {
      if (!version.next()) {
        throw new IllegalStateException("the version of " + organizationId + " " + year + " vanished");
      }
      return version.getLong(1);
    }
  }
}
