package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.RECORD_YEAR_SNAPSHOT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;

/**
 * The batch's read of an organization's live records of a year from their stored snapshot
 * ({@code record_year_snapshot}, V52) when it is fresh, and from the rows otherwise, after which
 * the snapshot is stored again; and the bulk path's store of a snapshot of what it just wrote.
 *
 * <p>Why a snapshot is never stale: {@code record_year_version} holds the year's write count, and
 * every write of the year's records raises it in the write's own transaction ({@link
 * RecordYearVersions}). A snapshot is tagged with the version that was read <em>before</em> the
 * rows it holds. A transaction's rows and its bump become visible together at its commit, so rows
 * read after the version include every write the version counts, and may include more only if a
 * write committed in between, whose bump has then moved the version past the tag for good. A
 * snapshot is therefore decoded only when its tag equals the version read in the same query, and
 * then it holds exactly the rows of that version; a snapshot tagged with an older version is
 * rebuilt from the rows. The version only grows, so no snapshot can match again once passed.
 *
 * <p>A snapshot is a cache: one of another codec ({@link RecordYearCodec#VERSION}) or that cannot
 * be decoded is treated as absent, silently. Storing one is tried after the rows were read and
 * committed, in a transaction of its own; when it fails (a database opened read-only, a
 * concurrent batch storing the same one), the batch goes on and stops trying to store.
 */
final class RecordYearSnapshots {

  private static final String LOOK_UP =
      "SELECT o.id, v.version, s.records_version, s.codec, s.content FROM organization o"
          + " LEFT JOIN record_year_version v ON v.organization_id = o.id AND v.fiscal_year = ?"
          + " LEFT JOIN record_year_snapshot s ON s.organization_id = o.id AND s.fiscal_year = ?"
          + " WHERE o.code = ?";

  private final Connection connection;
  private final DSLContext dsl;
  private final PreparedStatement lookUp;
  private boolean storing = true;

  /** Reads on the batch's connection (not in auto-commit), {@code dsl} being jOOQ on it. */
  RecordYearSnapshots(Connection connection, DSLContext dsl) throws SQLException {
    this.connection = connection;
    this.dsl = dsl;
    this.lookUp = connection.prepareStatement(LOOK_UP);
  }

  /**
   * The live records of the organization's year, equal to what {@code rows.read} gives: the
   * snapshot's when it is fresh, else the rows' (read after the version, in the same transaction),
   * which are then stored as the snapshot of that version where the database takes writes.
   */
  YearRecords read(BatchRecordReads rows, OrganizationCode code, FiscalYear year)
      throws SQLException {
    int y = year.buddhistYear();
    lookUp.setInt(1, y);
    lookUp.setInt(2, y);
    lookUp.setString(3, code.value());
    long organization;
    long version;
    byte @Nullable [] fresh = null;
    try (ResultSet r = lookUp.executeQuery()) {
      if (!r.next()) {
        return rows.read(code, year);
      }
      organization = r.getLong(1);
      version = r.getLong(2); // 0 when the year has no row: never written
      long tagged = r.getLong(3);
      boolean snapshot = !r.wasNull();
      if (snapshot && tagged == version && r.getInt(4) == RecordYearCodec.VERSION) {
        fresh = r.getBytes(5);
      }
    }
    if (fresh != null) {
      YearRecords records = decoded(fresh, code, year);
      if (records != null) {
        connection.commit();
        return records;
      }
    }
    YearRecords records = rows.read(code, year);
    if (storing) {
      store(organization, y, version, RecordYearCodec.encode(records));
    }
    return records;
  }

  /**
   * Stores the snapshot of the records the bulk path has just written in its transaction, tagged
   * with the version its bump gives them: the first batch evaluation after an import reads it.
   */
  static void storeWritten(DSLContext tx, long organizationId, YearRecords records) {
    long version = RecordYearVersions.bump(tx, organizationId, records.fiscalYear());
    upsert(tx, organizationId, records.fiscalYear().buddhistYear(), version,
        RecordYearCodec.encode(records));
  }

  /** H2's upsert of a snapshot, prepared once per bulk import. */
  private static final String MERGE =
      "MERGE INTO record_year_snapshot"
          + " (organization_id, fiscal_year, records_version, codec, content)"
          + " KEY (organization_id, fiscal_year) VALUES (?, ?, ?, ?, ?)";

  /**
   * {@link #storeWritten(DSLContext, long, YearRecords)} for the bulk path on H2: the bump and the
   * upsert through the statements the import prepared once ({@link HeldStatements}), the bump's
   * update through {@code tx} so that the write counter sees the transaction write.
   */
  static void storeWritten(
      DSLContext tx, HeldStatements statements, long organizationId, YearRecords records)
      throws SQLException {
    int year = records.fiscalYear().buddhistYear();
    long version = RecordYearVersions.bump(tx, statements, organizationId, year);
    PreparedStatement merge = statements.prepare(MERGE);
    merge.setLong(1, organizationId);
    merge.setInt(2, year);
    merge.setLong(3, version);
    merge.setInt(4, RecordYearCodec.VERSION);
    merge.setBytes(5, RecordYearCodec.encode(records));
    merge.executeUpdate();
  }

  private static @Nullable YearRecords decoded(
      byte[] content, OrganizationCode code, FiscalYear year) {
    try {
      YearRecords records = RecordYearCodec.decode(content);
      return records.organization().equals(code) && records.fiscalYear().equals(year)
          ? records
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void store(long organization, int year, long version, byte[] content) {
    storing = CacheWrites.apart(connection, () -> upsert(dsl, organization, year, version, content));
  }

  private static void upsert(
      DSLContext dsl, long organization, int year, long version, byte[] content) {
    dsl.insertInto(RECORD_YEAR_SNAPSHOT)
        .set(RECORD_YEAR_SNAPSHOT.ORGANIZATION_ID, organization)
        .set(RECORD_YEAR_SNAPSHOT.FISCAL_YEAR, year)
        .set(RECORD_YEAR_SNAPSHOT.RECORDS_VERSION, version)
        .set(RECORD_YEAR_SNAPSHOT.CODEC, RecordYearCodec.VERSION)
        .set(RECORD_YEAR_SNAPSHOT.CONTENT, content)
        .onDuplicateKeyUpdate()
        .set(RECORD_YEAR_SNAPSHOT.RECORDS_VERSION, version)
        .set(RECORD_YEAR_SNAPSHOT.CODEC, RecordYearCodec.VERSION)
        .set(RECORD_YEAR_SNAPSHOT.CONTENT, content)
        .execute();
  }
}
