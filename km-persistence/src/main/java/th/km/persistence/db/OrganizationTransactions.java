package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ORGANIZATION;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.PersistenceException;

/**
 * Runs a store's work on one organization's rows in one database transaction, and turns a database
 * failure into a {@link PersistenceException} that says in Thai and English what could not be
 * written; finds the organization's row for that work, and locks it where writes of the same
 * organization must take turns.
 */
final class OrganizationTransactions {

  private final DSLContext dsl;
  private final String failure;

  /**
   * @param failure what could not be written, in Thai and English ({@code "บันทึก…ไม่สำเร็จ / the …
   *     could not be written"}), which the database's message follows
   */
  OrganizationTransactions(DSLContext dsl, String failure) {
    this.dsl = dsl;
    this.failure = failure;
  }

  /** The work's result, committed, or nothing written when it fails. */
  <T> T result(Function<DSLContext, T> work) {
    try {
      return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
    } catch (DataAccessException e) {
      throw new PersistenceException(failure + ": " + e.getMessage(), e);
    }
  }

  /** The work, committed, or nothing written when it fails. */
  void run(Consumer<DSLContext> work) {
    result(
        tx -> {
          work.accept(tx);
          return Boolean.TRUE;
        });
  }

  /** The organization's row id, if it is registered. */
  static Optional<Long> organizationId(DSLContext tx, OrganizationCode organization) {
    return tx.select(ORGANIZATION.ID)
        .from(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(organization.value()))
        .fetchOptional(ORGANIZATION.ID);
  }

  /**
   * The organization's row id, its row locked until the transaction ends so that the writes of one
   * organization take turns; an unregistered organization is a caller's mistake.
   */
  static long lockedOrganization(DSLContext tx, OrganizationCode organization) {
    return tx.select(ORGANIZATION.ID)
        .from(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(organization.value()))
        .forUpdate()
        .fetchOptional(ORGANIZATION.ID)
        .orElseThrow(() -> unknown(organization));
  }

  /** The caller's mistake of naming an organization that is not registered. */
  static IllegalArgumentException unknown(OrganizationCode organization) {
    return new IllegalArgumentException("organization " + organization + " is not registered");
  }
}
