package th.km.persistence.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Where H2 writes in its file, so that every commit it reported saved is found again after a crash.
 *
 * <p>H2 2.5.252, left to itself, writes a commit into free space inside its file when there is
 * some. When that is not where its last chunk said the next one would go, it rewrites its store
 * header, but with the chunk before the one it is writing ({@code RandomAccessStore.writeChunk}
 * asks for the header before it counts the new chunk as the last), and after a crash it opens the
 * file at that older chunk: every commit since is lost, up to the next header it writes of its own
 * accord, some 20 commits later (docs/reliability.md; RecordWriteCrashTest and ImportCrashTest found
 * it under load). A chunk written at the file's end is always found, by its footer at the end.
 *
 * <p>So km has H2 append every commit at the file's end (H2's {@code REUSE_SPACE} off: km's URL says
 * so, and {@link #appendOnly} does it for any other file URL), and gives the space back itself: once
 * the file has doubled since it was last compacted (and grown by at least {@link #MIN_GROWTH}) and at
 * least half of it is free, and when the database is closed, it lets H2 reuse space for one
 * compaction, which moves the chunks to the file's start, writes the header with them and syncs,
 * and turns appending on again. A crash
 * during a compaction is as exposed as H2 is at every close; between compactions nothing is.
 *
 * <p>Only the process that holds the file has its store: a connection through another process's
 * server ({@code AUTO_SERVER}) or to PostgreSQL has none, and nothing is done through it.
 */
final class H2FileSpace {

  /** The least growth that is worth a compaction: about 400 web writes of some 20 KB each. */
  static final long MIN_GROWTH = 8L << 20;

  /** The highest share of the file's blocks in use, in percent, at which it is compacted. */
  static final int MOST_FILLED = 50;

  /** The longest a compaction inside a write may take; H2's own at close takes up to 200 ms. */
  static final int COMPACT_MILLIS = 500;

  /** The growth since the last compaction, beyond a doubling, that starts the next one. */
  private final long minGrowth;

  /** The file's size after which the next compaction runs; 0 until the first look. */
  private long compactAbove;

  /** Compacts once the file has doubled, grown by {@link #MIN_GROWTH} and is half free. */
  H2FileSpace() {
    this(MIN_GROWTH);
  }

  /** Compacts once the file has doubled, grown by {@code minGrowth} bytes and is half free. */
  H2FileSpace(long minGrowth) {
    this.minGrowth = minGrowth;
  }

  /** The store of the database this process holds through the connection, if it holds one. */
  static Optional<MVStore> store(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)) {
      return Optional.empty();
    }
    if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) {
      return Optional.empty();
    }
    Store store = local.getDatabase().getStore();
    if (store == null || store.getMvStore().getFileStore() == null) {
      return Optional.empty();
    }
    return Optional.of(store.getMvStore());
  }

  /** Has H2 append every commit at the file's end from now on. */
  static void appendOnly(Connection connection) throws SQLException {
    store(connection).ifPresent(mv -> mv.setReuseSpace(false));
  }

  /**
   * After a committed write: appending is kept on (a database H2 closed and opened again would
   * have lost it), and the file is compacted when it has doubled since the last compaction and at
   * least half of it is free.
   */
  synchronized void afterWrite(Connection connection) throws SQLException {
    Optional<MVStore> found = store(connection);
    if (found.isEmpty()) {
      return;
    }
    MVStore mv = found.get();
    mv.setReuseSpace(false);
    FileStore<?> file = mv.getFileStore();
    if (compactAbove == 0) {
      compactAbove = limitAfter(file.size());
    }
    // A file grown by live data (a bulk import) has little to give back: only one at least half
    // free is compacted (H2 frees a chunk once no version in use needs it, after its retention time).
    if (file.size() > compactAbove && file.getFillRate() <= MOST_FILLED) {
      compact(mv, COMPACT_MILLIS);
      compactAbove = limitAfter(file.size());
    }
  }

  /**
   * Before the database is closed: H2 may reuse space again, so that its own compaction at close
   * moves the chunks together and the file shrinks, as it did before km appended.
   */
  static void beforeClose(Connection connection) throws SQLException {
    store(connection).ifPresent(mv -> mv.setReuseSpace(true));
  }

  /** One compaction with space reused, then appending again; H2's retention time is kept. */
  static void compact(MVStore mv, int millis) {
    int retention = mv.getRetentionTime();
    mv.setReuseSpace(true);
    try {
      mv.compactFile(millis);
    } finally {
      mv.setReuseSpace(false);
      mv.setRetentionTime(retention);
    }
  }

  private long limitAfter(long size) {
    return Math.max(2 * size, size + minGrowth);
  }
}
