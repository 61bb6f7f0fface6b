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
 * <p>The count moves after each write statement and again after the transaction that made it ended
 * (committed or rolled back), so that it has moved once the data is visible: a reader that sees the new count and
 * reads again sees the new data. A reader that read during a write files what it read under the
 * old count, which no later reader asks for.
 */
public final class WriteCounter {

  private final AtomicLong count = new AtomicLong();
  /** How deep the thread is in transactions (jOOQ runs one on its caller's thread). */
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
  /** Whether the thread's outermost transaction wrote anything: reads run in transactions too. */
  private final ThreadLocal<boolean[]> wrote = ThreadLocal.withInitial(() -> new boolean[1]);

  /** What to do once the outermost transaction that wrote has committed. */
  private final Runnable afterWriteCommitted;

  WriteCounter(Runnable afterWriteCommitted) {
    this.afterWriteCommitted = afterWriteCommitted;
  }

  /** How many writes this database has seen; it changes after every write. */
  public long current() {
    return count.get();
  }

  private void written() {
    count.incrementAndGet();
  }

  /** Counts every statement that is not a read, once it is done. */
  ExecuteListener executeListener() {
    return new ExecuteListener() {
      private static final long serialVersionUID = 1L;

      @Override
      public void executeEnd(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
          if (depth.get()[0] > 0) {
            wrote.get()[0] = true;
          }
          written();
        }
      }
    };
  }

  /**
   * Counts a transaction that wrote again once the outermost one ended, when its writes became
   * visible (or were undone); a transaction that only read counts nothing.
   */
  TransactionListener transactionListener() {
    return new TransactionListener() {
      @Override
      public void beginStart(TransactionContext ctx) {
        depth.get()[0]++;
      }

      @Override
      public void commitEnd(TransactionContext ctx) {
        if (ended()) {
          afterWriteCommitted.run();
        }
      }

      @Override
      public void rollbackEnd(TransactionContext ctx) {
        ended();
      }
    };
  }

  /** Ends a transaction; true when it was the outermost and it wrote. */
  private boolean ended() {
    int[] d = depth.get();
    d[0] = Math.max(0, d[0] - 1);
    boolean[] w = wrote.get();
    if (d[0] == 0 && w[0]) {
      w[0] = false;
      written();
      return true;
    }
    return false;
  }
}
