package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ACCOUNT;
import static th.km.persistence.jooq.Tables.ORGANIZATION;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.account.Role;
import th.km.core.audit.Actor;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.PersistenceException;

/**
 * The account store on the database (table {@code account}, migrations V20 and V42 to V44): every method one
 * transaction. An account belongs to a registered organization; saving one for an organization
 * that has no plan yet is a programming error of the caller and is refused.
 */
final class JooqAccountStore implements AccountStore {

  private final DSLContext dsl;
  private final Clock clock;

  JooqAccountStore(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  @Override
  public Optional<Account> find(String username) {
    return inTransaction(
        tx ->
            tx.select(ACCOUNT.asterisk(), ORGANIZATION.CODE)
                .from(ACCOUNT)
                .join(ORGANIZATION)
                .on(ORGANIZATION.ID.eq(ACCOUNT.ORGANIZATION_ID))
                .where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(JooqAccountStore::account));
  }

  @Override
  public List<Account> accounts(OrganizationCode organization) {
    return inTransaction(
        tx ->
            tx.select(ACCOUNT.asterisk(), ORGANIZATION.CODE)
                .from(ACCOUNT)
                .join(ORGANIZATION)
                .on(ORGANIZATION.ID.eq(ACCOUNT.ORGANIZATION_ID))
                .where(ORGANIZATION.CODE.eq(organization.value()))
                .orderBy(ACCOUNT.USERNAME)
                .fetch(JooqAccountStore::account));
  }

  @Override
  public void save(Account account) {
    inTransaction(
        tx -> {
          upsert(tx, account);
          return null;
        });
  }

  /**
   * Saves the account and, in the same transaction, its audit entry: {@code account.create}, {@code
   * account.password}, {@code account.deactivate}, {@code account.activate}, {@code
   * account.calendar} or {@code account.change} (role, division, staff id, e-mail), with the states
   * before and after. Neither the password's hash nor the calendar token is written to the log,
   * only that they changed.
   */
  @Override
  public void save(Account account, Actor by) {
    inTransaction(
        tx -> {
          Optional<Account> before =
              tx.select(ACCOUNT.asterisk(), ORGANIZATION.CODE)
                  .from(ACCOUNT)
                  .join(ORGANIZATION)
                  .on(ORGANIZATION.ID.eq(ACCOUNT.ORGANIZATION_ID))
                  .where(ACCOUNT.USERNAME.eq(account.username()))
                  .forUpdate()
                  .fetchOptional(JooqAccountStore::account);
          long organization = upsert(tx, account);
          AccountAudit.record(tx, organization, clock.instant().truncatedTo(ChronoUnit.MICROS), by, before, account);
          return null;
        });
  }

  /** Inserts the account or updates the row of its username; the organization's row id. */
  private static long upsert(DSLContext tx, Account account) {
    long organization =
        tx.select(ORGANIZATION.ID)
            .from(ORGANIZATION)
            .where(ORGANIZATION.CODE.eq(account.organization().value()))
            .fetchOptional(ORGANIZATION.ID)
            .orElseThrow(() -> unregistered(account));
    // One statement, so that two saves of a new username at once end as one row.
    tx.insertInto(ACCOUNT)
        .set(ACCOUNT.ORGANIZATION_ID, organization)
        .set(ACCOUNT.USERNAME, account.username())
        .set(ACCOUNT.PASSWORD_HASH, account.passwordHash())
        .set(ACCOUNT.ACCOUNT_ROLE, account.role().name())
        .set(ACCOUNT.DIVISION_CODE, account.division().map(DivisionCode::value).orElse(null))
        .set(ACCOUNT.STAFF_ID, account.staffId().orElse(null))
        .set(ACCOUNT.ACTIVE, account.active())
        .set(ACCOUNT.CALENDAR_TOKEN, account.calendarToken().orElse(null))
        .set(ACCOUNT.EMAIL, account.email().orElse(null))
        .onConflict(ACCOUNT.USERNAME)
        .doUpdate()
        .set(ACCOUNT.ORGANIZATION_ID, organization)
        .set(ACCOUNT.PASSWORD_HASH, account.passwordHash())
        .set(ACCOUNT.ACCOUNT_ROLE, account.role().name())
        .set(ACCOUNT.DIVISION_CODE, account.division().map(DivisionCode::value).orElse(null))
        .set(ACCOUNT.STAFF_ID, account.staffId().orElse(null))
        .set(ACCOUNT.ACTIVE, account.active())
        .set(ACCOUNT.CALENDAR_TOKEN, account.calendarToken().orElse(null))
        .set(ACCOUNT.EMAIL, account.email().orElse(null))
        .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
        .execute();
    return organization;
  }

  private static Account account(Record row) {
    return new Account(
        row.get(ACCOUNT.USERNAME),
        row.get(ACCOUNT.PASSWORD_HASH),
        Role.valueOf(row.get(ACCOUNT.ACCOUNT_ROLE)),
        new OrganizationCode(row.get(ORGANIZATION.CODE)),
        Optional.ofNullable(row.get(ACCOUNT.DIVISION_CODE)).map(DivisionCode::new),
        Optional.ofNullable(row.get(ACCOUNT.STAFF_ID)),
        row.get(ACCOUNT.ACTIVE),
        Optional.ofNullable(row.get(ACCOUNT.CALENDAR_TOKEN)),
        Optional.ofNullable(row.get(ACCOUNT.EMAIL)));
  }

  private static IllegalArgumentException unregistered(Account account) {
    return new IllegalArgumentException(
        "account '"
            + account.username()
            + "' belongs to organization "
            + account.organization()
            + ", which has no plan in this database yet; save its plan first");
  }

  private <T> T inTransaction(Function<DSLContext, T> work) {
    try {
      return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "อ่านหรือเขียนบัญชีผู้ใช้ในฐานข้อมูลไม่สำเร็จ / the accounts could not be read or written"
              + " in the database: "
              + e.getMessage(),
          e);
    }
  }
}
