package th.km.persistence.db;

import java.sql.SQLException;
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
 * own, and its live records as the record store reads them ({@link BatchRecordReads}), on another
 * with a connection of the batch's own. At most {@link #AHEAD} organizations wait to be taken, so
 * memory holds a few organizations' years however many there are; they are taken in the order given.
 *
 * <p>What a one-organization read gives ({@code StoredYears.latest}) is what {@link #next} gives,
 * failures included: an organization whose read fails is handed on with its failure, and the
 * reading goes on with the next.
 */
public final class BatchYears implements AutoCloseable {

  /** How many organizations read ahead may wait to be taken. */
  static final int AHEAD = 2;

  /** What was read of one organization: its year, none without a plan, or why it failed. */
  private record Read(Optional<OrganizationYear> year, @Nullable RuntimeException failure) {}

  /** An organization's latest plan of the year, none, or why it could not be read. */
  private record Planned(
      OrganizationCode code, Optional<StoredPlan> plan, @Nullable RuntimeException failure) {}

  private final List<OrganizationCode> organizations;
  private final BlockingQueue<Planned> planned = new ArrayBlockingQueue<>(AHEAD);
  private final BlockingQueue<Read> ready = new ArrayBlockingQueue<>(AHEAD);
  private final Thread planner;
  private final Thread reader;
  private int taken;
  private volatile boolean closed;

  private BatchYears(
      List<OrganizationCode> organizations,
      FiscalYear year,
      Supplier<BatchPlanReads> plans,
      Supplier<BatchRecordReads> records) {
    this.organizations = List.copyOf(organizations);
    this.planner =
        Thread.ofPlatform().name("km-batch-plans").daemon().unstarted(() -> plan(year, plans));
    this.reader =
        Thread.ofPlatform().name("km-batch-records").daemon().unstarted(() -> read(year, records));
  }

  /** Starts reading the organizations' years ahead. */
  static BatchYears start(
      List<OrganizationCode> organizations,
      FiscalYear year,
      Supplier<BatchPlanReads> plans,
      Supplier<BatchRecordReads> records) {
    BatchYears years = new BatchYears(organizations, year, plans, records);
    years.planner.start();
    years.reader.start();
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
    taken++;
    Read read;
    try {
      read = take(ready, reader);
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
      while (planner.isAlive() || reader.isAlive()) {
        ready.clear();
        planned.clear();
        reader.join(10);
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
      for (OrganizationCode code : organizations) {
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
        planned.put(p);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (plans != null) {
        closeQuietly(plans);
      }
    }
  }

  /** The reader's work: the records of each organization with a plan, on the batch's connection. */
  private void read(FiscalYear year, Supplier<BatchRecordReads> opener) {
    @Nullable BatchRecordReads records = null;
    @Nullable RuntimeException unopened = null;
    try {
      for (int i = 0; i < organizations.size() && !closed; i++) {
        Planned p = take(planned, planner);
        if (p.failure() != null || p.plan().isEmpty()) {
          ready.put(new Read(Optional.empty(), p.failure()));
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
        ready.put(read);
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
