package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ACCESS_EVENT;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_READING;
import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.PLAN;
import static th.km.persistence.jooq.Tables.READING_SALT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.reading.ReadResult;
import th.km.core.reading.ReaderKey;
import th.km.core.reading.ReadingLog;
import th.km.core.records.AccessEvent;
import th.km.persistence.PersistenceException;

/**
 * The reading log on the database (tables {@code knowledge_reading} and {@code reading_salt},
 * migration V48). A read inserts the reader's row of the day and the access event in one
 * transaction; the row's unique key is the whole guard against counting twice, so reads at the same
 * moment need no lock: the database lets one insert through and refuses the others, which then
 * count nothing. The event goes to the records of the read day's fiscal year, which is the asset's
 * year or a later one with a plan (see {@link ReadingLog}). Reads are not in the audit log: they change nothing people wrote, and the log
 * would keep who read what for good.
 */
final class JooqReadingLog implements ReadingLog {

  /** The prefix of the access events this log records; the rest is the reading row's id. */
  static final String EVENT_PREFIX = "web-read-";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OrganizationTransactions transactions;

  JooqReadingLog(DSLContext dsl) {
    this.transactions =
        new OrganizationTransactions(
            dsl, "บันทึกการอ่านองค์ความรู้ไม่สำเร็จ / the reading could not be recorded");
  }

  @Override
  public ReadResult read(
      OrganizationCode organization, AssetRef asset, LocalDate day, ReaderKey reader) {
    try {
      return transactions.result(tx -> insert(tx, organization, asset, day, reader));
    } catch (PersistenceException e) {
      if (duplicate(e.getCause())) {
        return ReadResult.ALREADY_COUNTED;
      }
      throw e;
    }
  }

  private static ReadResult insert(
      DSLContext tx, OrganizationCode organization, AssetRef asset, LocalDate day, ReaderKey reader) {
    Optional<Long> org = OrganizationTransactions.organizationId(tx, organization);
    int year = asset.year().buddhistYear();
    boolean recorded =
        org.isPresent()
            && tx.fetchExists(
                KNOWLEDGE_ASSET,
                KNOWLEDGE_ASSET.ORGANIZATION_ID.eq(org.get()),
                KNOWLEDGE_ASSET.FISCAL_YEAR.eq(year),
                KNOWLEDGE_ASSET.RECORD_ID.eq(asset.assetId()));
    if (!recorded) {
      return ReadResult.NOT_RECORDED;
    }
    FiscalYear dayYear = FiscalYear.containing(day);
    if (!dayYear.equals(asset.year())
        && !tx.fetchExists(
            PLAN, PLAN.ORGANIZATION_ID.eq(org.get()), PLAN.FISCAL_YEAR.eq(dayYear.buddhistYear()))) {
      return ReadResult.NO_PLAN_OF_THE_DAYS_YEAR;
    }
    boolean seen =
        tx.fetchExists(
            KNOWLEDGE_READING,
            KNOWLEDGE_READING.ORGANIZATION_ID.eq(org.get()),
            KNOWLEDGE_READING.ASSET_YEAR.eq(year),
            KNOWLEDGE_READING.ASSET_ID.eq(asset.assetId()),
            KNOWLEDGE_READING.READ_ON.eq(day),
            KNOWLEDGE_READING.READER_KEY.eq(reader.value()));
    if (seen) {
      return ReadResult.ALREADY_COUNTED;
    }
    // The organization's lock before the inserts: on PostgreSQL an insert's foreign key holds a
    // share of the organization's row, and two reads that each held one and then asked for the
    // lock would deadlock. The other read waits here, then its insert meets the unique key.
    RecordYearVersions.bump(tx, org.get(), dayYear);
    // Two reads can both pass the check above: the unique key lets one insert through.
    long readingId =
        tx.insertInto(KNOWLEDGE_READING)
            .set(KNOWLEDGE_READING.ORGANIZATION_ID, org.get())
            .set(KNOWLEDGE_READING.ASSET_YEAR, year)
            .set(KNOWLEDGE_READING.ASSET_ID, asset.assetId())
            .set(KNOWLEDGE_READING.READ_ON, day)
            .set(KNOWLEDGE_READING.READER_KEY, reader.value())
            .returningResult(KNOWLEDGE_READING.ID)
            .fetchSingle()
            .value1();
    tx.insertInto(ACCESS_EVENT)
        .set(ACCESS_EVENT.ORGANIZATION_ID, org.get())
        .set(ACCESS_EVENT.FISCAL_YEAR, dayYear.buddhistYear())
        .set(ACCESS_EVENT.RECORD_ID, EVENT_PREFIX + readingId)
        .set(ACCESS_EVENT.ASSET_ID, AccessEvent.assetIdIn(dayYear, asset.year(), asset.assetId()))
        .set(ACCESS_EVENT.CHANNEL, CHANNEL.name())
        .set(ACCESS_EVENT.ACCESSED_ON, day)
        .set(ACCESS_EVENT.HITS, 1L)
        .execute();
    return ReadResult.COUNTED;
  }

  @Override
  public ReaderKey anonymousReader(LocalDate day, String clientAddress, String userAgent) {
    String salt = saltOf(day);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha.digest(
              (salt + "\n" + clientAddress + "\n" + userAgent).getBytes(StandardCharsets.UTF_8));
      return ReaderKey.anonymous(HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The day's salt, made on the first anonymous read of the day; making it deletes the salts and
   * the reading rows of earlier days, which nothing needs any more.
   */
  private String saltOf(LocalDate day) {
    Optional<String> stored = salt(day);
    if (stored.isPresent()) {
      return stored.get();
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String fresh = HexFormat.of().formatHex(bytes);
    try {
      transactions.result(
          tx -> {
            tx.deleteFrom(READING_SALT).where(READING_SALT.SALT_ON.lt(day)).execute();
            tx.deleteFrom(KNOWLEDGE_READING).where(KNOWLEDGE_READING.READ_ON.lt(day)).execute();
            return tx.insertInto(READING_SALT)
                .set(READING_SALT.SALT_ON, day)
                .set(READING_SALT.SALT, fresh)
                .execute();
          });
    } catch (PersistenceException e) {
      if (!duplicate(e.getCause())) {
        throw e;
      }
    }
    // Another request may have made the day's salt first: every request uses the one stored.
    return salt(day).orElseThrow();
  }

  private Optional<String> salt(LocalDate day) {
    return transactions.result(
        tx ->
            tx.select(READING_SALT.SALT)
                .from(READING_SALT)
                .where(READING_SALT.SALT_ON.eq(day))
                .fetchOptional(READING_SALT.SALT));
  }

  @Override
  public long reads(OrganizationCode organization, AssetRef asset, FiscalYear year) {
    return transactions.result(
        tx ->
            tx.select(DSL.coalesce(DSL.sum(ACCESS_EVENT.HITS), java.math.BigDecimal.ZERO))
                .from(ACCESS_EVENT)
                .join(ORGANIZATION)
                .on(ORGANIZATION.ID.eq(ACCESS_EVENT.ORGANIZATION_ID))
                .where(ORGANIZATION.CODE.eq(organization.value()))
                .and(ACCESS_EVENT.FISCAL_YEAR.eq(year.buddhistYear()))
                .and(ACCESS_EVENT.ASSET_ID.eq(AccessEvent.assetIdIn(year, asset.year(), asset.assetId())))
                .and(ACCESS_EVENT.DELETED_AT.isNull())
                .fetchSingle()
                .value1()
                .longValue());
  }

  /** Whether the failure is a unique key refusing a second insert (SQL state class 23). */
  static boolean duplicate(Throwable cause) {
    return cause instanceof DataAccessException d
        && d.sqlState() != null
        && d.sqlState().startsWith("23");
  }
}
