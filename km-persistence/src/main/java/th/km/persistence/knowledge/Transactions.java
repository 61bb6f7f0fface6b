package th.km.persistence.knowledge;

import static th.km.persistence.jooq.Tables.ORGANIZATION;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import th.km.core.entry.RecordBook;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.PersistenceException;

/**
 * The transactions of the knowledge store: a write locks the organization's row first, as every
 * record write does, so that writes of one organization (and the record ids they choose) follow one
 * another; the listeners hear of it only once it is committed.
 */
final class Transactions {

  private final DSLContext dsl;

  Transactions(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A write's work inside its transaction, given the organization's row id. */
  @FunctionalInterface
  interface Work {
    KnowledgeWrite apply(DSLContext tx, long organization);
  }

  /** A read inside a transaction, given the organization's row id. */
  @FunctionalInterface
  interface Read<T> {
    T apply(DSLContext tx, long organization);
  }

  /** Rolls back a write that a nested record write refused after the write had begun. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient KnowledgeWrite result;

    Abort(KnowledgeWrite result) {
      super(null, null, false, false);
      this.result = result;
    }
  }

  /** Runs the write in one transaction under the organization's lock, then tells the listeners. */
  KnowledgeWrite write(List<KnowledgeListener> listeners, RecordBook book, Work work) {
    KnowledgeWrite result;
    try {
      result =
          dsl.transactionResult(
              configuration -> {
                DSLContext tx = DSL.using(configuration);
                Optional<Long> org =
                    tx.select(ORGANIZATION.ID)
                        .from(ORGANIZATION)
                        .where(ORGANIZATION.CODE.eq(book.organization().value()))
                        .forUpdate()
                        .fetchOptional(ORGANIZATION.ID);
                if (org.isEmpty()) {
                  return KnowledgeWrite.Refused.because(
                      "ไม่มีองค์กร " + book.organization() + " ในฐานข้อมูล",
                      "no organization " + book.organization() + " in the database");
                }
                return work.apply(tx, org.get());
              });
    } catch (Abort abort) {
      result = abort.result;
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "บันทึกคลังความรู้ลงฐานข้อมูลไม่สำเร็จ / the knowledge base could not be written: "
              + e.getMessage(),
          e);
    }
    if (result instanceof KnowledgeWrite.Saved saved) {
      for (KnowledgeListener listener : listeners) {
        listener.changed(book.organization(), book.fiscalYear(), saved.content().assetId());
      }
    }
    return result;
  }

  /** Runs the read in one transaction; {@code none} when the organization is not stored. */
  <T> T read(OrganizationCode organization, Read<T> read, T none) {
    try {
      return dsl.transactionResult(
          configuration -> {
            DSLContext tx = DSL.using(configuration);
            Optional<Long> org =
                tx.select(ORGANIZATION.ID)
                    .from(ORGANIZATION)
                    .where(ORGANIZATION.CODE.eq(organization.value()))
                    .fetchOptional(ORGANIZATION.ID);
            return org.isEmpty() ? none : read.apply(tx, org.get());
          });
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "อ่านคลังความรู้จากฐานข้อมูลไม่ได้ / the knowledge base could not be read: " + e.getMessage(), e);
    }
  }
}
