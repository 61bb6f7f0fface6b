package th.km.persistence.db;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.StoredPlan;
import th.km.persistence.PersistenceException;

/**
 * The plans and records of a batch of organizations' year ({@code km evaluate --all}), read ahead
 * while the caller evaluates: each organization's latest plan of the year as {@link
 * PlanStore#latest} reads it ({@link BatchPlanReads}), on one thread with a connection of its
 * own, and its live records as the record store reads them ({@link BatchRecordReads}), on one or
 * more threads, each with a connection of its own, which take the organizations in turn (the
 * first reader the first, the second the second...). At most {@link #AHEAD} organizations per
 * reader wait to be taken, so memory holds a few organizations' years however many there are;
 * they are taken in the order given.
 *
 * <p>What a one-organization read gives ({@code StoredYears.latest}) is what {@link #next} gives,
 * failures included: an organization whose read fails is handed on with its failure, and the
 * reading goes on with the next.
 */
public final class BatchYears implements AutoCloseable {

  /** How many organizations read ahead by one reader may wait to be taken. */
  static final int AHEAD = 2;

  /** What was read of one organization: its year, none without a plan, or why it failed. */
  private record Read(Optional<OrganizationYear> year, @Nullable RuntimeException failure) {}

  /** An organization's latest plan of the year, none, or why it could not be read. */
  private record Planned(
      OrganizationCode code, Optional<StoredPlan> plan, @Nullable RuntimeException failure) {}

  private final List<OrganizationCode> organizations;
  /** Per reader: the plans it is to read the records of, and the years it read. */
  private final List<BlockingQueue<Planned>> planned;
  private final List<BlockingQueue<Read>> ready;
  private final Thread planner;
  private final List<Thread> readers;
  private int taken;
  private volatile boolean closed;

  private BatchYears(
      List<OrganizationCode> organizations,
      FiscalYear year,
      int readers,
      Supplier<BatchPlanReads> plans,
      Supplier<BatchRecordReads> records) {
    this.organizations = List.copyOf(organizations);
    this.planner =
        Thread.ofPlatform().name("km-batch-plans").daemon().unstarted(() -> plan(year, plans));
    List<BlockingQueue<Planned>> toRead = new ArrayList<>();
    List<BlockingQueue<Read>> read = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < Math.max(1, readers); r++) {
      int first = r;
      toRead.add(new ArrayBlockingQueue<>(AHEAD));
      read.add(new ArrayBlockingQueue<>(AHEAD));
      threads.add(Thread.ofPlatform().name("km-batch-records-" + (r + 1)).daemon()
          .unstarted(() -> read(year, first, records)));
    }
    this.planned = List.copyOf(toRead);
    this.ready = List.copyOf(read);
    this.readers = List.copyOf(threads);
  }

  /**
   * Starts reading the organizations' years ahead: the plans on one thread, the records on {@code
   * readers} threads (at least one), each with a reader of its own from {@code records}.
   */
  static BatchYears start(
      List<OrganizationCode> organizations,
      FiscalYear year,
      int readers,
      Supplier<BatchPlanReads> plans,
      Supplier<BatchRecordReads> records) {
    BatchYears years = new BatchYears(organizations, year, readers, plans, records);
    years.planner.start();
    years.readers.forEach(Thread::start);
    return years;
  }

  /**
   * The next organization's latest plan of the year with its records, none when it has no plan of
   * the year; throws what its read threw. Call it once per organization, in their order.
   */
  public Optional<OrganizationYear> next() {
    if (taken >= organizations.size()) {
      throw new IllegalStateException("every organization of the batch was taken");
    }
    int turn = taken++ % readers.size();
    Read read;
    try {
      read = take(ready.get(turn), readers.get(turn));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PersistenceException(
          "การอ่านข้อมูลถูกขัดจังหวะ / the batch's read was interrupted", e);
    }
    if (read.failure() != null) {
      throw read.failure();
    }
    return read.year();
  }

  /** Stops reading ahead and releases the batch's connection. */
  @Override
  public void close() {
    closed = true;
    // Not interrupted: an interrupt in the middle of a read may close H2's file. What waits is
    // dropped so that the readers stop at their next organization.
    try {
      while (planner.isAlive() || readers.stream().anyMatch(Thread::isAlive)) {
        ready.forEach(BlockingQueue::clear);
        planned.forEach(BlockingQueue::clear);
        for (Thread reader : readers) {
          reader.join(10);
        }
        planner.join(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The planner's work: each organization's latest plan, in order, on the batch's connection. */
  private void plan(FiscalYear year, Supplier<BatchPlanReads> opener) {
    @Nullable BatchPlanReads plans = null;
    @Nullable RuntimeException unopened = null;
    try {
      for (int i = 0; i < organizations.size(); i++) {
        OrganizationCode code = organizations.get(i);
        if (closed) {
          return;
        }
        if (plans == null && unopened == null) {
          try {
            plans = opener.get();
          } catch (RuntimeException e) {
            unopened = e;
          }
        }
        Planned p;
        try {
          if (unopened != null) {
            throw unopened;
          }
          p = new Planned(code, latest(plans, code, year), null);
        } catch (RuntimeException e) {
          p = new Planned(code, Optional.empty(), e);
        }
        planned.get(i % readers.size()).put(p);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (plans != null) {
        closeQuietly(plans);
      }
    }
  }

  /**
   * A reader's work: the records of each organization with a plan in its turn, the {@code first}
   * and every {@code readers.size()}th after it, on a connection of its own.
   */
  private void read(FiscalYear year, int first, Supplier<BatchRecordReads> opener) {
    @Nullable BatchRecordReads records = null;
    @Nullable RuntimeException unopened = null;
    BlockingQueue<Planned> mine = planned.get(first);
    BlockingQueue<Read> done = ready.get(first);
    try {
      for (int i = first; i < organizations.size() && !closed; i += readers.size()) {
        Planned p = take(mine, planner);
        if (p.failure() != null || p.plan().isEmpty()) {
          done.put(new Read(Optional.empty(), p.failure()));
          continue;
        }
        if (records == null && unopened == null) {
          try {
            records = opener.get();
          } catch (RuntimeException e) {
            unopened = e;
          }
        }
        Read read;
        try {
          if (unopened != null) {
            throw unopened;
          }
          read = new Read(
              Optional.of(new OrganizationYear(p.plan().get().plan(), records(records, p.code(), year))),
              null);
        } catch (RuntimeException e) {
          read = new Read(Optional.empty(), e);
        }
        done.put(read);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (records != null) {
        closeQuietly(records);
      }
    }
  }

  /**
   * The next item the thread hands on; when the thread has died without handing it (an error no
   * organization's read caught), a failure rather than a wait without end.
   */
  private static <T> T take(BlockingQueue<T> queue, Thread from) throws InterruptedException {
    while (true) {
      T item = queue.poll(100, TimeUnit.MILLISECONDS);
      if (item != null) {
        return item;
      }
      if (!from.isAlive() && queue.isEmpty()) {
        throw new PersistenceException(
            "การอ่านข้อมูลล่วงหน้าหยุดไปเอง / the batch's reading thread " + from.getName()
                + " stopped before it read every organization");
      }
    }
  }

  private static Optional<StoredPlan> latest(
      @Nullable BatchPlanReads plans, OrganizationCode code, FiscalYear year) {
    if (plans == null) {
      throw new IllegalStateException("no plan reader");
    }
    return plans.latest(code, year);
  }

  private static YearRecords records(
      @Nullable BatchRecordReads records, OrganizationCode code, FiscalYear year) {
    if (records == null) {
      throw new IllegalStateException("no record reader");
    }
    try {
      // From the year's stored snapshot when no write came since it was made, else from the rows;
      // RecordYearSnapshots says why a snapshot so read is never stale.
      return records.readYear(code, year);
    } catch (SQLException e) {
      throw BatchRecordReads.failed(e);
    }
  }

  private static void closeQuietly(AutoCloseable reads) {
    try {
      reads.close();
    } catch (Exception e) {
      // Only read: nothing is lost when the connection does not close cleanly.
    }
  }
}
