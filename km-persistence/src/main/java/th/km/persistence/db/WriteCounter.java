package th.km.persistence.db;

import java.util.concurrent.atomic.AtomicLong;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Counts the writes made through one {@link Database}, so that a reader can cache what it read and
 * know, by comparing one number, whether anything was written since. Every store of the database
 * runs its SQL through the same jOOQ configuration, and this counter listens to it: a write path
 * added later is counted without doing anything.
 *
 * <p>The count moves after a transaction ends (committed or rolled back) and after a write run
 * outside a transaction, never before the data is visible: a reader that sees the new count and
 * reads again sees the new data. A reader that read during a write files what it read under the
 * old count, which no later reader asks for.
 */
public final class WriteCounter {

  private final AtomicLong count = new AtomicLong();

  WriteCounter() {}

  /** How many writes this database has seen; it changes after every write. */
  public long current() {
    return count.get();
  }

  /** Counts a write made outside the stores, such as a restore. */
  void written() {
    count.incrementAndGet();
  }

  /** Counts every statement that is not a read, once it is done. */
  ExecuteListener executeListener() {
    return new ExecuteListener() {
      private static final long serialVersionUID = 1L;

      @Override
      public void executeEnd(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
          written();
        }
      }
    };
  }

  /** Counts every transaction again once it ended, when its writes became visible (or were undone). */
  TransactionListener transactionListener() {
    return new TransactionListener() {
      @Override
      public void commitEnd(TransactionContext ctx) {
        written();
      }

      @Override
      public void rollbackEnd(TransactionContext ctx) {
        written();
      }
    };
  }
}
